import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { ChoroplethMap } from "../../charts/map/ChoroplethMap";
import { Legend } from "../../charts/map/Legend";
import type { MapItem } from "../../charts/map/map-items";
import type { DatasetTypes } from "../../data/datasets";
import type { Measure } from "../../data/measures";
import type { Story } from "../../data/schema";
import { dateSourceLine } from "../../data/sources";
import { type Optional, useCachedDataset } from "../../data/use-datasets";
import type { DeferredSpec } from "../../export/types";
import { type LinkedProps, useDeferredHighlight } from "../../state/linked";
import { buildArcs } from "./arcs";
import { MapControls } from "./MapControls";
import { MapNotices, NoDataNote } from "./MapNotices";
import { MapPanel } from "./MapPanel";
import {
  LEGEND_NOTES,
  legendTitle as legendTitleOf,
  MAP_NAMES,
  mapProblems,
  mapSources,
  TITLES,
  tipSeriesFor,
} from "./map-view-model";
import { useMapModel } from "./use-map-model";

const EMPTY_STORIES: readonly Story[] = [];

interface Props extends LinkedProps {
  measure: Measure;
  year: number | null;
  /** The date control, drawn under the map inside the pinned part. */
  timeControl: ReactNode;
  topology: DatasetTypes["topology"];
  countries: DatasetTypes["countries"];
  /** The report date's figures by country, or the history when a year is chosen. */
  figures: DatasetTypes["contributors"] | DatasetTypes["history"];
  deployments: Optional<DatasetTypes["deployments"]>;
  missions: Optional<DatasetTypes["missions"]>;
  stories: Optional<DatasetTypes["stories"]>;
}

/** The map section once its files are in: the model, the chart, its controls, notices and panel. */
export function MapView({ state, setState, hovered, setHovered, timeControl, ...data }: Props) {
  const { measure, year, countries } = data;
  const missionsFile = data.missions.data;
  const missionRows = missionsFile?.rows ?? null;
  const storyRows = data.stories.data?.stories ?? EMPTY_STORIES;
  // The selected mission: any marker now (the name is from when only UNISFA, with no host shape, was).
  const [missionOnly, setMissionOnly] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [searchFocus, setSearchFocus] = useState<string | null>(null);
  const model = useMapModel({ ...data, deployments: data.deployments.data, missions: missionsFile });
  const { shapes, names, snapshot, date, shapeIds, md, placed } = model;

  // A story step moves and redraws the whole map: it follows the story card in the render after.
  const h = useDeferredHighlight(state, hovered, storyRows);
  const story = h.story;
  const selectedKnown = state.country && names.has(state.country) ? state.country : null;
  // A selection outlines the country on the map at once (the visible answer to the tap or key);
  // its flows and its panel follow in the render after, which yields to input.
  const panelCountry = useDeferredValue(selectedKnown);
  const arcs = useMemo(
    () =>
      buildArcs({
        selected: panelCountry,
        missionOnly,
        story,
        shapes,
        placed,
        deployments: snapshot.deployments ?? [],
        names,
      }),
    [panelCountry, missionOnly, story, shapes, placed, snapshot, names],
  );

  // A mission's marker selects the mission (its panel, its contributors' arcs, its host outlined),
  // never its host country: the marker's figure is the mission's.
  const onSelect = useCallback(
    (item: MapItem | null) => {
      setMissionOnly(item?.kind === "mission" ? item.acronym : null);
      // A shape with no country is no selection: it clears, as Escape does.
      setState({ country: item?.kind === "country" ? item.iso3 : null });
    },
    [setState],
  );
  // A country chosen anywhere else (the rankings, a link) or a story replaces a selected mission.
  useEffect(() => {
    if (state.country) setMissionOnly(null);
  }, [state.country]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new story is the trigger
  useEffect(() => setMissionOnly(null), [state.story]);
  const missionHost = missionOnly ? missionRows?.find((m) => m.acronym === missionOnly)?.host.iso3 : null;
  // A story fits its host and contributors into view; a search, its country.
  const focus = useMemo(
    () => (story ? [story.host, ...story.contributors] : searchFocus ? [searchFocus] : null),
    [story, searchFocus],
  );

  const onMeasure = useCallback((m: Measure) => setState({ measure: m }), [setState]);
  const onPick = useCallback(
    (iso3: string) => {
      setMissionOnly(null);
      setSearchFocus(iso3);
      setState({ country: iso3 });
    },
    [setState],
  );

  // The tooltip's small line: the country's police each December, once the history is loaded.
  const history = useCachedDataset("history");
  const seriesFor = useMemo(
    () => (history ? tipSeriesFor(history, missionRows, measure, year) : undefined),
    [history, missionRows, measure, year],
  );

  const legendTitle = legendTitleOf(measure, date);
  const sources = mapSources(measure, snapshot.source, missionsFile?.source ?? null);
  // The export names the selection with the panel, in the render after the outline.
  const selectedName = panelCountry ? names.get(panelCountry) : undefined;
  // Made when a visitor opens the Export menu, by a chunk of its own: the first view neither carries
  // the export's code nor builds its CSV rows and alt text on every change of the map.
  const exportSpec = useMemo<DeferredSpec>(
    () => ({
      id: "map",
      title: TITLES[measure],
      build: () =>
        import("./map-export").then(({ mapExportSpec }) =>
          mapExportSpec({
            measure,
            md,
            date,
            legendTitle,
            sources,
            selectedName,
            story,
            hasShapes: shapes.length > 0,
            arcs: arcs.length > 0,
            markers: model.markers.length > 0,
            otherHosts: otherHosts(missionRows, snapshot.missionPolice),
          }),
        ),
    }),
    [
      measure,
      legendTitle,
      selectedName,
      story,
      sources,
      date,
      md,
      shapes,
      arcs,
      model.markers,
      missionRows,
      snapshot,
    ],
  );

  // The selection's panel stands in the reading column beside the map (App's #selection slot), or
  // under the map where there is no such column (an embed, a slide).
  const slot = useSelectionSlot();
  const panel = (
    <MapPanel
      country={panelCountry}
      mission={missionOnly ? missionRows?.find((m) => m.acronym === missionOnly) : undefined}
      names={names}
      shapeIds={shapeIds}
      contributed={model.both.contributed}
      hosted={model.both.hosted}
      snapshot={snapshot}
      missions={missionRows ?? []}
      stories={storyRows}
      history={history}
      year={year}
      date={date}
      sources={sources}
      onStory={(id) => setState({ story: id })}
      onClose={() => onSelect(null)}
    />
  );

  return (
    <div className="map-section">
      <MapControls
        measure={state.measure}
        onMeasure={onMeasure}
        exportSpec={exportSpec}
        svgRef={svgRef}
        countries={countries.rows}
        onPick={onPick}
      />
      {md.known ? null : (
        <NoDataNote gap={measure === "contributed" ? snapshot.contributorsGap : snapshot.missionPoliceGap} />
      )}
      {/* The map and the date: what stays pinned in view on a phone (design/ux.md). */}
      <div className="map-section__pin">
        <ChoroplethMap
          svgRef={svgRef}
          label={MAP_NAMES[measure]}
          shapes={shapes}
          values={model.values}
          order={model.order}
          markers={model.markers}
          showMarkerSize={measure === "hosted"}
          arcs={arcs}
          selected={selectedKnown ?? missionHost ?? null}
          hovered={h.hovered}
          emphasised={h.storyCountries}
          focus={focus}
          describe={model.describe}
          seriesFor={seriesFor}
          onHover={setHovered}
          onSelect={onSelect}
        />
        {timeControl}
      </div>
      <Legend title={legendTitle} note={LEGEND_NOTES[measure]} />
      <p className="map-section__source">
        Source: {dateSourceLine(date, !md.known)}. Police: individual officers and formed units.
      </p>
      <MapNotices side={data} problems={mapProblems(model.unknownIds, md, model.unplaced)} />
      {slot ? (
        createPortal(panel, slot)
      ) : slot === null ? (
        <div className="map-section__panel">{panel}</div>
      ) : null}
    </div>
  );
}

/** Missions with police whose host is no country (UNISFA in the Abyei area), for the hosted CSV. */
function otherHosts(
  missions: readonly { acronym: string; host: { name: string; iso3: string | null } }[] | null,
  police: ReadonlyMap<string, number> | null | undefined,
) {
  return (missions ?? [])
    .filter((m) => !m.host.iso3)
    .map((m) => ({ name: m.host.name, value: police?.get(m.acronym) ?? 0 }))
    .filter((o) => o.value > 0);
}

/** The reading column's selection slot once the page has mounted: undefined until then, null if none. */
function useSelectionSlot(): HTMLElement | null | undefined {
  const [slot, setSlot] = useState<HTMLElement | null | undefined>(undefined);
  useEffect(() => setSlot(document.getElementById("selection")), []);
  return slot;
}
