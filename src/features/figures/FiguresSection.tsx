import { memo, useDeferredValue, useMemo } from "react";
import { SectionBoundary } from "../../components/SectionBoundary";
import { reportDatasets } from "../../data/datasets";
import { findingOf, glanceOf } from "../../data/glance";
import type { ContributorsFile, HistoryFile } from "../../data/schema";
import { countryNames } from "../../data/selectors";
import { snapshotOf } from "../../data/snapshot";
import { useOptionalDataset } from "../../data/use-datasets";
import type { ReportDate } from "../../lib/calendar";
import { DataGate } from "../shared/DataGate";
import { MissingFiles } from "../shared/MissingFiles";
import { useSettledYear } from "../time/year";
import { Glance, HeadlineQuote } from "./HeadlineFigures";

interface Props {
  /** The December shown (2007–2023), or null for the report date. */
  year: number | null;
  date: ReportDate;
}

/**
 * The reading column's first lines: one sentence on what the figures show at the chosen date and
 * its three numbers, computed from that date's files; on 30 June 2024 the UN article's own round
 * figures beside them, labelled.
 */
export const FiguresSection = memo(function FiguresSection(props: Props) {
  const date = useDeferredValue(props.date);
  const year = useSettledYear(useDeferredValue(props.year));
  const [contributorsFile, deploymentsFile] = reportDatasets(date);
  return (
    <section className="panel panel--figures" aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        At a glance
      </h2>
      <SectionBoundary name="headline figures">
        <DataGate
          view="headline figures"
          plural
          datasets={["countries", year == null ? contributorsFile : "history"] as const}
          minHeight="9rem"
        >
          {([countries, figures]) => (
            <Figures
              countries={countries.rows}
              figures={figures}
              year={year}
              deploymentsFile={deploymentsFile}
            />
          )}
        </DataGate>
      </SectionBoundary>
    </section>
  );
});

function Figures({
  countries,
  figures,
  year,
  deploymentsFile,
}: {
  countries: Parameters<typeof countryNames>[0];
  figures: ContributorsFile | HistoryFile;
  year: number | null;
  deploymentsFile: ReturnType<typeof reportDatasets>[1];
}) {
  const deployments = useOptionalDataset(deploymentsFile).data ?? null;
  const missions = useOptionalDataset("missions").data ?? null;
  const series = useOptionalDataset("policeByYear").data ?? null;
  const headlineFile = useOptionalDataset("headline");
  const headline = headlineFile.data ?? null;
  const names = countryNames(countries);
  const glance = useMemo(
    () => glanceOf(snapshotOf(figures, year, names, deployments, missions), series),
    [figures, year, names, deployments, missions, series],
  );
  return (
    <>
      <Glance glance={glance} finding={findingOf(glance)} headline={headline} />
      <MissingFiles title="The UN article's own figures are not shown." files={[headlineFile]} />
    </>
  );
}

/** The UN's own words on its police, at the end of the reading column. Reads no URL state. */
export const QuoteSection = memo(function QuoteSection() {
  const headline = useOptionalDataset("headline").data;
  return headline?.quotation ? (
    <section className="panel panel--quote" aria-label="In the UN's words">
      <HeadlineQuote data={headline} />
    </section>
  ) : null;
});
