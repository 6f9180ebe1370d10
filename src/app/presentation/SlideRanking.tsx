import { useMemo } from "react";
import { RankedBars } from "../../charts/bars/RankedBars";
import { reportDatasets } from "../../data/datasets";
import { countryNames } from "../../data/selectors";
import { snapshotOf } from "../../data/snapshot";
import { shortSource } from "../../data/sources";
import { countryBarName, rankingsModel } from "../../features/rankings/rankings-model";
import { DataGate } from "../../features/shared/DataGate";
import { useSettledYear } from "../../features/time/year";
import type { Highlight, LinkedProps } from "../../state/linked";
import { SlideDate } from "./slide-date";

const NO_HIGHLIGHT: Highlight = { selected: null, hovered: null, story: null, storyCountries: [] };
const NO_KEYS: ReadonlySet<string> = new Set();

/** The top contributors as a slide: one bar chart filling the slide, its caption and source line. */
export function SlideRanking({ state, setHovered }: LinkedProps) {
  const [contributorsFile] = reportDatasets(state.date);
  const year = useSettledYear(state.year);
  return (
    <section className="slide-ranking" aria-labelledby="slide-ranking-title">
      <DataGate view="ranking" datasets={[year == null ? contributorsFile : "history", "countries"] as const}>
        {([figures, countries]) => (
          <Ranking figures={figures} countries={countries} year={year} onHover={setHovered} />
        )}
      </DataGate>
    </section>
  );
}

function Ranking({
  figures,
  countries,
  year,
  onHover,
}: {
  figures: Parameters<typeof snapshotOf>[0];
  countries: { rows: Parameters<typeof countryNames>[0] };
  year: number | null;
  onHover: (iso3: string | null) => void;
}) {
  const names = countryNames(countries.rows);
  const { countries: c } = useMemo(() => {
    const snapshot = snapshotOf(figures, year, names, null, null);
    return rankingsModel({
      snapshot,
      year,
      names,
      missions: null,
      highlight: NO_HIGHLIGHT,
      sort: "value",
      showAll: false,
    });
  }, [figures, year, names]);
  return (
    <>
      <SlideDate iso={c.asOf} />
      <h2 id="slide-ranking-title" className="slide__caption">
        The top {c.top} of {c.rows.length} countries, by police officers contributed
      </h2>
      {c.empty ? (
        <p className="slide__empty">{c.empty}</p>
      ) : (
        <div className="slide-ranking__chart">
          <p id="slide-ranking-desc" className="visually-hidden">
            Police officers contributed by each country; the top {c.top} of {c.rows.length}.
          </p>
          {/* The projector's label size (px): names, figures and ticks stay 24 px or more on the slide. */}
          <RankedBars
            labelSize={26}
            rows={c.shown}
            label="Bar chart: top police contributors"
            descriptionId="slide-ranking-desc"
            nameFor={countryBarName}
            selected={null}
            highlighted={NO_KEYS}
            onHover={onHover}
            onSelect={() => undefined}
          />
        </div>
      )}
      <p className="slide__source">Source: {shortSource(c.source)}.</p>
    </>
  );
}
