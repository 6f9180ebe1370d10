import { memo, useCallback, useDeferredValue, useMemo, useState } from "react";
import { Segmented } from "../../components/Segmented";
import { type DatasetTypes, reportDatasets } from "../../data/datasets";
import type { Story } from "../../data/schema";
import { countryNames } from "../../data/selectors";
import { snapshotOf } from "../../data/snapshot";
import { type Optional, useOptionalDataset } from "../../data/use-datasets";
import { UnavailableExport } from "../../export/ExportMenu";
import { type LinkedProps, useDeferredHighlight } from "../../state/linked";
import type { Sort } from "../../state/url-state";
import { DataGate } from "../shared/DataGate";
import { useSettledYear } from "../time/year";
import "./charts-section.css";
import { RankingAnnouncer, topFiveSentence } from "./RankingAnnouncer";
import { CountryFigure, MissionFigure } from "./RankingFigures";
import { rankingsModel } from "./rankings-model";

/** Memoised: with `useFollowingLinks` it sits out the urgent render of a story step. */
export const ChartsSection = memo(function ChartsSection(props: LinkedProps) {
  const [contributorsFile] = reportDatasets(useDeferredValue(props.state.date));
  // Deferred with a story step by useFollowingLinks, like the story; shown once its data is in.
  const year = useSettledYear(props.state.year);
  // Each ranking draws from its own file: a failed mission list leaves the countries' chart, and
  // the stories only highlight.
  const missions = useOptionalDataset("missions");
  const stories = useOptionalDataset("stories");
  return (
    <section className="panel panel--charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Rankings</h2>
      <DataGate
        view="rankings"
        plural
        datasets={[year == null ? contributorsFile : "history", "countries"] as const}
        whileUnavailable={(reason) => (
          <UnavailableExport id="contributors-chart" title="Rankings" reason={reason} />
        )}
      >
        {([figures, countries]) => (
          <Charts
            {...props}
            year={year}
            figures={figures}
            countries={countries}
            missions={missions}
            stories={stories.data?.stories ?? NO_STORIES}
          />
        )}
      </DataGate>
    </section>
  );
});

const NO_STORIES: readonly Story[] = [];

interface ChartsProps extends LinkedProps {
  year: number | null;
  /** The report date's figures by country, or the history when a year is chosen. */
  figures: DatasetTypes["contributors"] | DatasetTypes["history"];
  countries: DatasetTypes["countries"];
  missions: Optional<DatasetTypes["missions"]>;
  stories: readonly Story[];
}

const SORTS = [
  { value: "value", label: "By size" },
  { value: "name", label: "By name" },
] as const;

function Charts({ state, setState, hovered, setHovered, year, figures, countries, ...data }: ChartsProps) {
  const missionsFile = data.missions.data;
  const names = countryNames(countries.rows);
  const snapshot = useMemo(
    () => snapshotOf(figures, year, names, null, missionsFile),
    [figures, year, names, missionsFile],
  );
  const [showAll, setShowAll] = useState(false);
  const highlight = useDeferredHighlight(state, hovered, data.stories);
  const { sort } = state;
  const model = useMemo(
    () => rankingsModel({ snapshot, year, names, missions: missionsFile, highlight, sort, showAll }),
    [snapshot, year, names, missionsFile, highlight, sort, showAll],
  );
  const table = state.view === "table";
  const onSort = useCallback((sort: Sort) => setState({ sort }), [setState]);
  const onSelect = useCallback((iso3: string) => setState({ country: iso3 }), [setState]);

  return (
    <div className="charts">
      <div className="controls-row charts__controls">
        <Segmented
          legend="Sort"
          name="sort"
          className="sort-switch"
          options={SORTS}
          value={sort}
          onChange={onSort}
        />
        <button
          type="button"
          aria-pressed={table}
          onClick={() => setState({ view: table ? "chart" : "table" })}
        >
          Show as table
        </button>
      </div>
      <div className="charts__grid">
        <CountryFigure
          ranking={model.countries}
          table={table}
          showAll={showAll}
          onShowAll={setShowAll}
          onHover={setHovered}
          onSelect={onSelect}
        />
        <MissionFigure
          ranking={model.missions}
          file={data.missions}
          table={table}
          onHover={setHovered}
          onSelect={onSelect}
        />
      </div>
      <RankingAnnouncer message={topFiveSentence(model.countries, year)} changeKey={model.date} />
    </div>
  );
}
