import {
  memo,
  type ReactNode,
  type RefObject,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import type { BarRow } from "../../charts/bars/bar-layout";
import { sortRows } from "../../charts/bars/bar-layout";
import { TOP_N } from "../../charts/bars/constants";
import { RankedBars } from "../../charts/bars/RankedBars";
import { Segmented } from "../../components/Segmented";
import { type DatasetTypes, reportDatasets } from "../../data/datasets";
import type { Mission, Story } from "../../data/schema";
import { rankContributors, rankMissions } from "../../data/selectors";
import { snapshotOf } from "../../data/snapshot";
import { type Optional, useOptionalDataset } from "../../data/use-datasets";
import { draftAltText } from "../../export/alt-text";
import { ExportMenu, UnavailableExport } from "../../export/ExportMenu";
import type { ExportSpec } from "../../export/types";
import { formatCount, formatDate, formatRank, formatWithUnit } from "../../lib/format";
import { isHighlighted, type LinkedProps, useDeferredHighlight } from "../../state/linked";
import type { Sort } from "../../state/url-state";
import { DataGate } from "../shared/DataGate";
import { MissingFiles } from "../shared/MissingFiles";
import "./charts-section.css";
import { useSettledYear } from "../time/year";

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
const NO_MISSIONS: readonly Mission[] = [];
const NO_POLICE: ReadonlyMap<string, number> = new Map();

/** A mission closing on `date`: its mandate had ended, its last officers were leaving (MINUSMA in 2024). */
const endedBy = (m: Mission, date: string) => m.status === "liquidating" && m.end != null && m.end < date;

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

function Charts({ state, setState, hovered, setHovered, year, figures, ...data }: ChartsProps) {
  const { countries } = data;
  const missionsFile = data.missions.data;
  const names = useMemo(() => new Map(countries.rows.map((c) => [c.iso3, c.name])), [countries]);
  const snapshot = useMemo(
    () => snapshotOf(figures, year, names, null, missionsFile),
    [figures, year, names, missionsFile],
  );
  // Every figure here is for one date: the report's, or the chosen December.
  const date = snapshot.asOf;
  const contributors = { rows: snapshot.contributors ?? [], source: snapshot.source, asOf: date };
  // Police per mission come from the report's mission list, or from the year's mission totals.
  const missionSource = year == null ? (missionsFile?.source ?? "") : snapshot.source;
  const missions = { rows: missionsFile?.rows ?? NO_MISSIONS, source: missionSource };
  const [showAll, setShowAll] = useState(false);
  const h = useDeferredHighlight(state, hovered, data.stories);
  const table = state.view === "table";
  const onSort = useCallback((sort: Sort) => setState({ sort }), [setState]);

  const ranked = rankContributors(contributors.rows);
  const countryRows: BarRow[] = ranked.map((r) => ({
    key: r.item.iso3,
    label: names.get(r.item.iso3) ?? r.item.country,
    value: r.value,
    rank: r.rank,
    tied: r.tied,
  }));
  const shownCountries = sortRows(showAll ? countryRows : countryRows.slice(0, TOP_N), state.sort);
  const countryLit = new Set(countryRows.filter((r) => isHighlighted(h, r.key)).map((r) => r.key));

  const rankedMissions = rankMissions(missions.rows, snapshot.missionPolice ?? NO_POLICE);
  const missionByKey = new Map(rankedMissions.map((r) => [r.item.acronym, r.item]));
  const missionRows: BarRow[] = rankedMissions.map((r) => ({
    key: r.item.acronym,
    label: endedBy(r.item, date) ? `${r.item.acronym} (closed mission)` : r.item.acronym,
    value: r.value,
    rank: r.rank,
    tied: r.tied,
  }));
  const missionLit = new Set(
    rankedMissions
      .filter(
        (r) => r.item.host.iso3 && (isHighlighted(h, r.item.host.iso3) || h.selected === r.item.host.iso3),
      )
      .map((r) => r.item.acronym),
  );
  const selectedMissionKeys = h.selected
    ? rankedMissions.filter((r) => r.item.host.iso3 === h.selected).map((r) => r.item.acronym)
    : [];

  const countryName = (b: BarRow) =>
    `${b.label}, ${b.rank ? formatRank(b.rank, b.tied) : "unranked"}, ${b.value == null ? "no data" : formatWithUnit(b.value, "officer")}`;
  const missionName = (b: BarRow) => {
    const m = missionByKey.get(b.key);
    const host = m?.host.iso3
      ? m.host.name
      : `${m?.host.name ?? "no host country"}, no host country to select`;
    const status = m && endedBy(m, date) ? ", closed mission, officers leaving" : "";
    return `${b.key}, ${m?.name ?? ""}, ${host}${status}, ${b.rank ? formatRank(b.rank, b.tied) : "unranked"}, ${formatWithUnit(b.value, "officer")}`;
  };
  const selectMission = (key: string) => {
    const host = missionByKey.get(key)?.host.iso3;
    if (host) setState({ country: host });
  };
  const tableReason = "Images are drawn from the chart: choose the chart view (not the table) to export.";
  const countrySpec: ExportSpec = {
    id: "contributors-chart",
    title: "Top police contributors",
    subtitle: `Police officers contributed by each country, ${formatDate(contributors.asOf)}${showAll ? "" : `, top ${Math.min(TOP_N, countryRows.length)}`}`,
    source: contributors.source,
    asOf: contributors.asOf,
    fileBase: `un-police-top-contributors-${date}`,
    csv: {
      header: ["country", "iso3", "police_contributed", "rank", "as_of", "source"],
      rows: shownCountries.map((r) => [
        r.label,
        r.key,
        r.value,
        `${r.tied ? "=" : ""}${r.rank ?? ""}`,
        contributors.asOf,
        contributors.source,
      ]),
    },
    altText: draftAltText({
      what: `Bar chart of the ${shownCountries.length} countries contributing the most UN police officers`,
      rows: shownCountries.map((r) => ({ name: r.label, value: r.value })),
      unit: { singular: "officer" },
      asOf: contributors.asOf,
      source: contributors.source,
    }),
    ready: !table && countryRows.length > 0,
    notReadyReason: countryRows.length ? tableReason : "There are no figures to export.",
  };
  const missionSpec: ExportSpec = {
    id: "missions-chart",
    title: "Missions by police strength",
    subtitle: `Police officers deployed in each UN operation, ${formatDate(date)}`,
    source: missions.source,
    asOf: date,
    fileBase: `un-police-missions-${date}`,
    csv: {
      header: ["mission", "name", "host", "host_iso3", "police", "rank", "status", "as_of", "source"],
      rows: rankedMissions.map((r) => [
        r.item.acronym,
        r.item.name,
        r.item.host.name,
        r.item.host.iso3,
        r.value,
        `${r.tied ? "=" : ""}${r.rank}`,
        endedBy(r.item, date) ? "liquidating" : "active",
        date,
        missions.source,
      ]),
    },
    altText: draftAltText({
      what: `Bar chart of the ${missionRows.length} UN operations with police deployed`,
      rows: rankedMissions.map((r) => ({ name: r.item.acronym, value: r.value })),
      unit: { singular: "officer" },
      asOf: date,
      source: missions.source,
    }),
    ready: !table && missionRows.length > 0,
    notReadyReason: data.missions.errors
      ? "The mission details could not be loaded."
      : missionRows.length
        ? tableReason
        : "There are no figures to export.",
  };

  return (
    <div className="charts">
      <div className="controls-row charts__controls">
        <Segmented
          legend="Sort"
          name="sort"
          className="sort-switch"
          options={SORTS}
          value={state.sort}
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
        <ChartFigure
          id="contributors-chart"
          title="Top police contributors"
          spec={countrySpec}
          meta={
            <>
              Police officers contributed by each country, {formatDate(contributors.asOf)}.{" "}
              {showAll
                ? `All ${countryRows.length} countries`
                : `Top ${Math.min(TOP_N, countryRows.length)} of ${countryRows.length}`}
              .
            </>
          }
          empty={
            snapshot.contributorsGap
              ? `No data for this year. ${snapshot.contributorsGap}`
              : countryRows.length === 0
                ? "No country had police deployed on this date."
                : null
          }
          table={
            table ? (
              <RankTable
                caption={`Police officers contributed by country, ${formatDate(contributors.asOf)}`}
                head={["Rank", "Country", "ISO code", "Officers"]}
                rows={shownCountries.map((r) => [
                  r.rank ? formatRank(r.rank, r.tied) : "",
                  r.label,
                  r.key,
                  formatCount(r.value),
                ])}
              />
            ) : null
          }
          chart={(descriptionId, svgRef) => (
            <RankedBars
              svgRef={svgRef}
              rows={shownCountries}
              label="Bar chart: top police contributors"
              descriptionId={descriptionId}
              nameFor={countryName}
              selected={h.selected}
              highlighted={countryLit}
              onHover={setHovered}
              onSelect={(iso3) => setState({ country: iso3 })}
            />
          )}
          after={
            countryRows.length > TOP_N ? (
              <button
                type="button"
                className="chart__more"
                aria-expanded={showAll}
                onClick={() => setShowAll(!showAll)}
              >
                {showAll ? `Show the top ${TOP_N}` : `Show all ${countryRows.length} countries`}
              </button>
            ) : null
          }
          source={contributors.source}
        />
        <ChartFigure
          id="missions-chart"
          title="Missions by police strength"
          spec={missionSpec}
          meta={
            <>
              {missionRows.length} operations with police deployed, {formatDate(date)}.
              {rankedMissions
                .filter((r) => endedBy(r.item, date))
                .map(
                  ({ item: m }) =>
                    ` ${m.acronym}'s mandate ended${m.end ? ` in ${m.end.slice(0, 4)}` : ""}; its last officers were leaving.`,
                )}
            </>
          }
          empty={
            snapshot.missionPoliceGap && missionsFile
              ? `No data for this year. ${snapshot.missionPoliceGap}`
              : missionRows.length === 0
                ? "No operation had police deployed on this date."
                : null
          }
          missing={
            data.missions.errors ? (
              <MissingFiles title="The missions' ranking is unavailable." files={[data.missions]} />
            ) : null
          }
          table={
            table ? (
              <RankTable
                caption={`Police officers per UN operation, ${formatDate(date)}`}
                head={["Rank", "Mission", "Full name", "Host", "Officers"]}
                rows={sortRows(missionRows, state.sort).map((r) => {
                  const m = missionByKey.get(r.key);
                  return [
                    r.rank ? formatRank(r.rank, r.tied) : "",
                    r.label,
                    m?.name ?? "",
                    m?.host.name ?? "",
                    formatCount(r.value),
                  ];
                })}
              />
            ) : null
          }
          chart={(descriptionId, svgRef) => (
            <RankedBars
              svgRef={svgRef}
              rows={sortRows(missionRows, state.sort)}
              label="Bar chart: missions by police strength"
              descriptionId={descriptionId}
              nameFor={missionName}
              selected={selectedMissionKeys[0] ?? null}
              highlighted={missionLit}
              onHover={(key) => setHovered(key ? (missionByKey.get(key)?.host.iso3 ?? null) : null)}
              onSelect={selectMission}
            />
          )}
          source={missions.source}
        />
      </div>
    </div>
  );
}

interface ChartFigureProps {
  id: string;
  title: string;
  spec: ExportSpec;
  meta: ReactNode;
  /** Shown instead of the chart when there are no rows. */
  empty: string | null;
  /** The table view, when it is on. */
  table: ReactNode;
  /** The chart, given the id of its text description (the drafted alt text) and the ref for its <svg>. */
  chart: (descriptionId: string, svgRef: RefObject<SVGSVGElement | null>) => ReactNode;
  after?: ReactNode;
  source: string;
  /** Shown instead of the chart when its file failed (a named error). */
  missing?: ReactNode;
}

/** One ranked chart: title, export menu, date line, text alternative, chart or table, source. */
function ChartFigure({
  id,
  title,
  spec,
  meta,
  empty,
  table,
  chart,
  after,
  source,
  missing,
}: ChartFigureProps) {
  const descriptionId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  return (
    <figure className="chart" id={id}>
      <div className="chart__head">
        <h3>{title}</h3>
        <ExportMenu spec={spec} svgRef={svgRef} />
      </div>
      <p className="chart__meta">{meta}</p>
      <p id={descriptionId} className="chart__desc">
        {spec.altText}
      </p>
      {missing ?? (empty ? <p className="chart__empty">{empty}</p> : (table ?? chart(descriptionId, svgRef)))}
      {after}
      <figcaption className="chart__source">Source: {source}.</figcaption>
    </figure>
  );
}

function RankTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <div className="chart__table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.join("|")}>
              {r.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed-width row
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
