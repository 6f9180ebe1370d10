import { geoCentroid } from "d3-geo";
import {
  lazy,
  memo,
  type ReactNode,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
} from "react";
import { ChoroplethMap, type MapItem, type MarkerSpec } from "../../charts/map/ChoroplethMap";
import { legendItems } from "../../charts/map/color-scale";
import type { ArcSpec } from "../../charts/map/geometry";
import { Legend } from "../../charts/map/Legend";
import { Segmented } from "../../components/Segmented";
import { type DatasetTypes, reportDatasets } from "../../data/datasets";
import { countrySeries, hostedSeries } from "../../data/history";
import { type Measure, measureData, placeMissions } from "../../data/measures";
import type { Story } from "../../data/schema";
import { contributorsTo, missionsServedBy } from "../../data/selectors";
import { type SnapshotDeployment, snapshotOf } from "../../data/snapshot";
import { type Optional, useCachedDataset, useOptionalDataset } from "../../data/use-datasets";
import { draftAltText } from "../../export/alt-text";
import { ExportMenu, UnavailableExport } from "../../export/ExportMenu";
import type { ExportSpec } from "../../export/types";
import { formatDate, formatRank, formatWithUnit } from "../../lib/format";
import { type highlightOf, type LinkedProps, useDeferredHighlight } from "../../state/linked";
import { DataGate } from "../shared/DataGate";
import { MissingFiles } from "../shared/MissingFiles";
import { ReportDateSwitch } from "../time/ReportDateSwitch";
import { YearControl } from "../time/YearControl";
import { useChooseYear, useSettledYear } from "../time/year";
import { CountrySearch } from "./CountrySearch";
import { toShapes } from "./shapes";
import "./map-section.css";

const TITLES: Record<Measure, string> = {
  contributed: "Where UN police come from",
  hosted: "Where UN police serve",
};
const MEASURES = [
  { value: "contributed", label: "Police contributed" },
  { value: "hosted", label: "Police hosted" },
] as const;
const MAP_NAMES: Record<Measure, string> = {
  contributed: "World map: police officers contributed by country",
  hosted: "World map: police officers serving in each host country, with mission headquarters",
};

/** Memoised: with `useFollowingLinks` it sits out the urgent render of a story step. */
export const MapSection = memo(function MapSection(props: LinkedProps) {
  // The switch answers a click at once; the title and the 177 recoloured countries follow in a
  // deferred render, so the click's next frame is not held up by repainting the whole map.
  const measure = useDeferredValue(props.state.measure);
  const [contributorsFile, deploymentsFile] = reportDatasets(useDeferredValue(props.state.date));
  // A chosen year shows its December from the history file; otherwise the report date's files.
  // Deferred with a story step by useFollowingLinks, like the story; shown once its data is in.
  const year = useSettledYear(props.state.year);
  const chooseYear = useChooseYear(props.setState);
  const timeControls = (
    <>
      <ReportDateSwitch date={props.state.year == null ? props.state.date : null} setState={props.setState} />
      <YearControl year={props.state.year} date={props.state.date} onYear={chooseYear} />
    </>
  );
  // The choropleth needs the shapes, the names and the figures by country; the other files add
  // markers, flows and stories, and a failure of one of them is a notice beside a map still drawn.
  const deployments = useOptionalDataset(deploymentsFile);
  const missions = useOptionalDataset("missions");
  const stories = useOptionalDataset("stories");
  return (
    <section className="panel panel--map" aria-labelledby="map-title" id="map">
      <h2 id="map-title">{TITLES[measure]}</h2>
      <DataGate
        view="map"
        datasets={["topology", "countries", year == null ? contributorsFile : "history"] as const}
        minHeight="20rem"
        whileUnavailable={(reason, failed) => {
          const exportMenu = <UnavailableExport id="map" title="Where UN police come from" reason={reason} />;
          // A failed file keeps the date switch, so the visitor can go back to a date that loads.
          return failed ? (
            <div className="controls-row map-section__controls">
              {timeControls}
              {exportMenu}
            </div>
          ) : (
            exportMenu
          );
        }}
      >
        {([topology, countries, figures]) => (
          <MapView
            {...props}
            measure={measure}
            year={year}
            timeControls={timeControls}
            topology={topology}
            countries={countries}
            figures={figures}
            deployments={deployments}
            missions={missions}
            stories={stories}
          />
        )}
      </DataGate>
    </section>
  );
});

/** What the map does without each side file, said in the notice when that file fails. */
const WITHOUT: Record<"deployments" | "missions" | "stories", string> = {
  deployments: "The map is drawn without the flows between countries and missions.",
  missions: "The map is drawn without mission markers and without figures for police hosted.",
  stories: "The map is drawn without the stories.",
};

const EMPTY_STORIES: readonly Story[] = [];

// The panel opens only on a selection, so it is a chunk of its own, fetched at idle time
// (src/app/year.ts) so the first selection does not wait for it.
const CountryPanel = lazy(() =>
  import("../country-panel/CountryPanel").then((m) => ({ default: m.CountryPanel })),
);

const NO_PLACES: ReturnType<typeof placeMissions> = { placed: [], unplaced: [] };

interface MapViewProps extends LinkedProps {
  measure: Measure;
  year: number | null;
  timeControls: ReactNode;
  topology: DatasetTypes["topology"];
  countries: DatasetTypes["countries"];
  /** The report date's figures by country, or the history when a year is chosen. */
  figures: DatasetTypes["contributors"] | DatasetTypes["history"];
  deployments: Optional<DatasetTypes["deployments"]>;
  missions: Optional<DatasetTypes["missions"]>;
  stories: Optional<DatasetTypes["stories"]>;
}

function MapView({
  state,
  setState,
  hovered,
  setHovered,
  measure,
  year,
  timeControls,
  topology,
  countries,
  figures,
  ...side
}: MapViewProps) {
  const deploymentsFile = side.deployments.data;
  const missionsFile = side.missions.data;
  const missionRows = missionsFile?.rows ?? null;
  const storyRows = side.stories.data?.stories ?? EMPTY_STORIES;
  const [missionOnly, setMissionOnly] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [searchFocus, setSearchFocus] = useState<string | null>(null);

  const { shapes, unknownIds } = useMemo(() => toShapes(topology, countries.rows), [topology, countries]);
  const names = useMemo(() => new Map(countries.rows.map((c) => [c.iso3, c.name])), [countries]);
  const snapshot = useMemo(
    () => snapshotOf(figures, year, names, deploymentsFile, missionsFile),
    [figures, year, names, deploymentsFile, missionsFile],
  );
  const date = snapshot.asOf;
  const shapeIds = useMemo(() => new Set(shapes.map((s) => s.iso3)), [shapes]);
  const both = useMemo(
    () => ({
      contributed: measureData("contributed", snapshot, missionRows, names, shapeIds),
      hosted: measureData("hosted", snapshot, missionRows, names, shapeIds),
    }),
    [snapshot, missionRows, names, shapeIds],
  );
  const md = both[measure];
  const { placed, unplaced } = useMemo(
    () => (missionRows ? placeMissions(missionRows, snapshot.missionPolice, date) : NO_PLACES),
    [missionRows, snapshot, date],
  );

  const values = useMemo(() => {
    const m = new Map<string, number>();
    // No figures for this measure: every shape is "no data" (hatched), not zero.
    if (!md.known) {
      for (const s of shapes) m.set(s.iso3, Number.NaN);
      return m;
    }
    for (const [iso3, v] of md.byIso3) m.set(iso3, v.value);
    if (measure === "contributed")
      for (const c of snapshot.contributors ?? [])
        if (!Number.isFinite(c.total) || c.total < 0) m.set(c.iso3, Number.NaN);
    return m;
  }, [md, measure, snapshot, shapes]);

  const markerOnly = useMemo(
    () => placed.filter((p) => !p.mission.host.iso3 || !shapeIds.has(p.mission.host.iso3)),
    [placed, shapeIds],
  );
  const order = useMemo<MapItem[]>(
    () => [
      ...md.order.map((v) => ({ kind: "country" as const, iso3: v.iso3 })),
      ...(measure === "hosted"
        ? markerOnly.map((p) => ({ kind: "mission" as const, acronym: p.mission.acronym }))
        : []),
    ],
    [md, measure, markerOnly],
  );

  const describe = useCallback(
    (item: MapItem): string => {
      const asOf = `As of ${formatDate(date)}`;
      if (item.kind === "mission") {
        const p = placed.find((x) => x.mission.acronym === item.acronym);
        if (!p) return item.acronym;
        return `${item.acronym}; ${p.mission.name}; ${p.police ? formatWithUnit(p.police, "police officer") : "no police figure"}; ${asOf}`;
      }
      const name = names.get(item.iso3) ?? `Unknown shape ${item.iso3}`;
      const v = md.byIso3.get(item.iso3);
      const raw = values.get(item.iso3);
      if (raw != null && Number.isNaN(raw))
        return `${name}; ${md.known ? "No data" : "No data for this year"}; ${asOf}`;
      if (measure === "contributed") {
        if (!v || v.value === 0) return `${name}; No police officers contributed; ${asOf}`;
        return `${name}; ${formatWithUnit(v.value, "police officer")} contributed; ${formatRank(v.rank, v.tied)} of ${v.of} contributing countries; ${asOf}`;
      }
      if (!v || v.value === 0) return `${name}; Hosts no UN operation with police; ${asOf}`;
      const hostedHere = placed
        .filter((p) => p.mission.host.iso3 === item.iso3)
        .map((p) => p.mission.acronym);
      return `${name}; ${formatWithUnit(v.value, "police officer")} serving here (${hostedHere.join(", ")}); ${formatRank(v.rank, v.tied)} of ${v.of} host countries; ${asOf}`;
    },
    [date, names, md, values, measure, placed],
  );

  const markers = useMemo<MarkerSpec[]>(
    () =>
      placed.map((p) => ({
        acronym: p.mission.acronym,
        name: p.mission.name,
        coordinates: p.coordinates,
        police: p.police,
        label: describe({ kind: "mission", acronym: p.mission.acronym }).replaceAll("; ", ", "),
      })),
    [placed, describe],
  );

  // A story step moves and redraws the whole map: it follows the story card in the render after.
  const h = useDeferredHighlight(state, hovered, storyRows);
  const story = h.story;
  const selectedKnown = state.country && names.has(state.country) ? state.country : null;
  // A selection outlines the country on the map at once (the visible answer to the tap or key);
  // its flows and its panel follow in the render after, which yields to input.
  const panelCountry = useDeferredValue(selectedKnown);
  const arcs = useMemo(
    () => buildArcs(panelCountry, missionOnly, story, shapes, placed, snapshot.deployments ?? [], names),
    [panelCountry, missionOnly, story, shapes, placed, snapshot, names],
  );

  const onSelect = useCallback(
    (item: MapItem | null) => {
      if (!item) {
        setMissionOnly(null);
        setState({ country: null });
      } else if (item.kind === "country") {
        setMissionOnly(null);
        setState({ country: item.iso3 });
      } else {
        const m = missionRows?.find((x) => x.acronym === item.acronym);
        if (m?.host.iso3 && shapeIds.has(m.host.iso3)) setState({ country: m.host.iso3 });
        else {
          setMissionOnly(item.acronym);
          setState({ country: null });
        }
      }
    },
    [missionRows, setState, shapeIds],
  );

  // The tooltip's small line: the country's police each December, once the history is loaded.
  const history = useCachedDataset("history");
  const seriesFor = useMemo(() => {
    if (!history) return undefined;
    const hostOf = new Map((missionRows ?? []).map((m) => [m.acronym, m.host.iso3]));
    const shownYear = year ?? null;
    return (item: MapItem) => {
      if (item.kind !== "country") return null;
      const points =
        measure === "contributed"
          ? countrySeries(history, item.iso3).map((p) => ({ year: p.year, value: p.total }))
          : missionRows
            ? hostedSeries(history, hostOf, item.iso3).map((p) => ({ year: p.year, value: p.total }))
            : null;
      if (!points) return null;
      const gaps = points.filter((p) => p.value == null).map((p) => p.year);
      return {
        points,
        year: shownYear,
        caption: `Each December 2007–2024${gaps.length ? `; no data ${gaps.join(", ")}` : ""}`,
      };
    };
  }, [history, missionRows, measure, year]);

  const onMeasure = useCallback((m: Measure) => setState({ measure: m }), [setState]);
  const onPick = useCallback(
    (iso3: string) => {
      setMissionOnly(null);
      setSearchFocus(iso3);
      setState({ country: iso3 });
    },
    [setState],
  );

  const problems = [
    ...unknownIds.map((id) => `Map shape ${id}: not in the country list, drawn without data`),
    ...md.problems,
    ...unplaced,
  ];
  const onlyMission = missionOnly ? missionRows?.find((m) => m.acronym === missionOnly) : undefined;
  const legendTitle =
    measure === "contributed"
      ? `Police officers contributed, ${formatDate(date)}`
      : `Police officers serving in each host country, ${formatDate(date)}`;
  const sources =
    measure === "contributed" || !missionsFile
      ? snapshot.source
      : `${missionsFile.source}; ${snapshot.source}`;
  // The export names the selection with the panel, in the render after the outline.
  const selectedName = panelCountry ? names.get(panelCountry) : undefined;
  // Memoised: a render that changes none of these (the urgent half of a measure switch or of a
  // selection, a hover) rebuilds neither the CSV rows nor the alt text.
  const exportSpec = useMemo<ExportSpec>(
    () => ({
      id: "map",
      title: TITLES[measure],
      subtitle: `${legendTitle}${selectedName ? `. Selected: ${selectedName}` : ""}${story ? `. Story: ${story.theme}, ${story.place}` : ""}`,
      source: sources,
      asOf: date,
      fileBase: `un-police-${measure === "contributed" ? "contributors" : "host-countries"}-map-${date}`,
      legend: { title: legendTitle, items: legendItems() },
      csv: {
        header: [
          "country",
          "iso3",
          measure === "contributed" ? "police_contributed" : "police_hosted",
          "rank",
          "as_of",
          "source",
        ],
        rows: md.order.map((v) => [v.name, v.iso3, v.value, `${v.tied ? "=" : ""}${v.rank}`, date, sources]),
      },
      altText: draftAltText({
        what: `World map of ${measure === "contributed" ? "police officers contributed by each country" : "UN police officers serving in each host country"}, ${md.order.length} countries shaded`,
        rows: md.order.map((v) => ({ name: v.name, value: v.value })),
        unit: { singular: "officer" },
        asOf: date,
        source: sources,
        note: selectedName ? `${selectedName} is selected` : undefined,
      }),
      ready: shapes.length > 0 && md.known,
      notReadyReason: md.known ? "The map has no shapes to draw." : "The map has no figures to show.",
    }),
    [measure, legendTitle, selectedName, story, sources, date, md, shapes],
  );

  return (
    <div className="map-section">
      <div className="controls-row map-section__controls">
        <Segmented
          legend="Measure"
          name="measure"
          className="measure-switch"
          options={MEASURES}
          value={state.measure}
          onChange={onMeasure}
        />
        {timeControls}
        <ExportMenu spec={exportSpec} svgRef={svgRef} />
        <CountrySearch countries={countries.rows} onPick={onPick} />
      </div>
      {md.known ? null : (
        <p className="map-section__gap" role="note">
          <strong>No data for this year.</strong>{" "}
          {measure === "contributed" ? snapshot.contributorsGap : snapshot.missionPoliceGap} Every country is
          shown hatched: unknown, not zero.
        </p>
      )}
      <div className="map-section__body">
        <div className="map-section__map">
          <ChoroplethMap
            svgRef={svgRef}
            label={MAP_NAMES[measure]}
            shapes={shapes}
            values={values}
            order={order}
            markers={markers}
            showMarkerSize={measure === "hosted"}
            arcs={arcs}
            selected={selectedKnown}
            hovered={h.hovered}
            emphasised={h.storyCountries}
            focusCountry={story?.host ?? searchFocus}
            describe={describe}
            seriesFor={seriesFor}
            onHover={setHovered}
            onSelect={onSelect}
          />
          <Legend
            title={legendTitle}
            note={
              measure === "hosted"
                ? "Circles mark mission headquarters, sized by police strength."
                : "Dots mark mission headquarters. Select a country to see where its officers serve."
            }
          />
          <p className="map-section__source">
            Source: {sources}. Police = individual officers plus formed police units, deployed at month end.
          </p>
          <div className="map-section__side-errors">
            <MissingFiles title={WITHOUT.missions} files={[side.missions]} />
            <MissingFiles title={WITHOUT.deployments} files={[side.deployments]} />
            <MissingFiles title={WITHOUT.stories} files={[side.stories]} />
          </div>
          {problems.length ? (
            <div className="map-section__notice" role="note" aria-label="Items not drawn on the map">
              <p>Not drawn on the map, or drawn without data:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <div className="map-section__panel">
          {panelCountry || onlyMission ? (
            <Suspense fallback={<p className="loading">Loading the country's figures…</p>}>
              <CountryPanel
                selection={
                  onlyMission
                    ? { kind: "mission", mission: onlyMission }
                    : { kind: "country", iso3: panelCountry ?? "", name: names.get(panelCountry ?? "") ?? "" }
                }
                contributed={both.contributed}
                hosted={both.hosted}
                snapshot={snapshot}
                missions={missionRows ?? []}
                stories={storyRows}
                hasShape={shapeIds.has(panelCountry ?? "")}
                history={history}
                year={year}
                date={date}
                sources={sources}
                onStory={(id) => setState({ story: id })}
                onClose={() => onSelect(null)}
              />
            </Suspense>
          ) : (
            <p className="map-section__hint">
              Hover, tap or use the arrow keys on the map, or find a country by name, to see its figures.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function buildArcs(
  selected: string | null,
  missionOnly: string | null,
  story: ReturnType<typeof highlightOf>["story"],
  shapes: ReturnType<typeof toShapes>["shapes"],
  placed: ReturnType<typeof placeMissions>["placed"],
  deployments: readonly SnapshotDeployment[],
  names: Map<string, string>,
): ArcSpec[] {
  const centre = new Map<string, [number, number]>();
  const centreOf = (iso3: string) => {
    if (!centre.has(iso3)) {
      const s = shapes.find((x) => x.iso3 === iso3);
      if (s) centre.set(iso3, geoCentroid(s.feature) as [number, number]);
    }
    return centre.get(iso3);
  };
  const hq = new Map(placed.map((p) => [p.mission.acronym, p.coordinates]));
  const arcs: ArcSpec[] = [];
  const inbound = (acronym: string) => {
    const to = hq.get(acronym);
    if (!to) return;
    for (const f of contributorsTo(deployments, acronym)) {
      const from = centreOf(f.iso3);
      if (from)
        arcs.push({
          key: `${f.iso3}-${acronym}`,
          from,
          to,
          total: f.total,
          label: `${f.country} to ${acronym}: ${formatWithUnit(f.total, "officer")}`,
        });
    }
  };
  if (selected) {
    const from = centreOf(selected);
    for (const f of missionsServedBy(deployments, selected)) {
      const to = hq.get(f.mission);
      if (from && to)
        arcs.push({
          key: `${selected}-${f.mission}`,
          from,
          to,
          total: f.total,
          label: `${names.get(selected)} to ${f.mission}: ${formatWithUnit(f.total, "officer")}`,
        });
    }
    for (const p of placed) if (p.mission.host.iso3 === selected) inbound(p.mission.acronym);
  } else if (missionOnly) inbound(missionOnly);
  if (story) {
    const to = centreOf(story.host);
    for (const c of story.contributors) {
      const from = centreOf(c);
      if (from && to)
        arcs.push({
          key: `story-${c}-${story.host}`,
          from,
          to,
          total: 1,
          label: `${names.get(c)} to ${names.get(story.host)}: ${story.theme}`,
        });
    }
  }
  return arcs;
}
