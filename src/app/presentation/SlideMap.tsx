import { type ReactNode, useMemo } from "react";
import { ChoroplethMap } from "../../charts/map/ChoroplethMap";
import { Legend } from "../../charts/map/Legend";
import { type DatasetTypes, reportDatasets } from "../../data/datasets";
import type { Measure } from "../../data/measures";
import type { Story } from "../../data/schema";
import { dateSourceLine } from "../../data/sources";
import { useOptionalDataset } from "../../data/use-datasets";
import { buildArcs } from "../../features/map/arcs";
import { LEGEND_NOTES, legendTitle, MAP_NAMES, TITLES } from "../../features/map/map-view-model";
import { useMapModel } from "../../features/map/use-map-model";
import { DataGate } from "../../features/shared/DataGate";
import { useSettledYear } from "../../features/time/year";
import type { LinkedProps } from "../../state/linked";
import { SlideDate } from "./slide-date";
import { leadOf } from "./steps";

const NONE: readonly string[] = [];
const noop = () => undefined;

/**
 * The map as a slide: the chart, its legend and one source line, and none of the page's controls
 * (no measure switch, year slider, search or export; the zoom buttons are hidden by the slide's CSS).
 * A story's slide zooms to the story's host and lights up its countries and their flows; its card
 * (shown whether or not the map loads) stands beside the map, above the legend.
 */
export function SlideMap({
  state,
  hovered,
  setHovered,
  story,
  card,
}: LinkedProps & { story: Story | null; card?: ReactNode }) {
  const [contributorsFile, deploymentsFile] = reportDatasets(state.date);
  const year = useSettledYear(state.year);
  const deployments = useOptionalDataset(deploymentsFile);
  const missions = useOptionalDataset("missions");
  return (
    <section className={card ? "slide-map slide-map--story" : "slide-map"} aria-labelledby="slide-map-title">
      <h2 id="slide-map-title" className="visually-hidden">
        {TITLES[state.measure]}
      </h2>
      <DataGate
        view="map"
        datasets={["topology", "countries", year == null ? contributorsFile : "history"] as const}
      >
        {([topology, countries, figures]) => (
          <SlideMapView
            measure={state.measure}
            year={year}
            story={story}
            hovered={hovered}
            setHovered={setHovered}
            topology={topology}
            countries={countries}
            figures={figures}
            deployments={deployments.data ?? null}
            missions={missions.data ?? null}
          />
        )}
      </DataGate>
      {card}
    </section>
  );
}

interface ViewProps {
  measure: Measure;
  year: number | null;
  story: Story | null;
  hovered: string | null;
  setHovered: (iso3: string | null) => void;
  topology: DatasetTypes["topology"];
  countries: DatasetTypes["countries"];
  figures: DatasetTypes["contributors"] | DatasetTypes["history"];
  deployments: DatasetTypes["deployments"] | null;
  missions: DatasetTypes["missions"] | null;
}

function SlideMapView({ story, hovered, setHovered, ...data }: ViewProps) {
  const { measure } = data;
  const model = useMapModel(data);
  const { shapes, names, snapshot, date, placed } = model;
  const emphasised = useMemo(() => (story ? [story.host, ...story.contributors] : NONE), [story]);
  const arcs = useMemo(
    () =>
      buildArcs({
        selected: null,
        missionOnly: null,
        story,
        shapes,
        placed,
        deployments: snapshot.deployments ?? [],
        names,
      }),
    [story, shapes, placed, snapshot, names],
  );
  return (
    <>
      <SlideDate iso={date} />
      <div className="slide-map__chart">
        <ChoroplethMap
          label={MAP_NAMES[measure]}
          shapes={shapes}
          values={model.values}
          order={model.order}
          markers={model.markers}
          showMarkerSize={measure === "hosted"}
          arcs={arcs}
          selected={null}
          hovered={hovered}
          emphasised={emphasised}
          focus={story ? emphasised : null}
          describe={model.describe}
          onHover={setHovered}
          onSelect={noop}
        />
      </div>
      <div className="slide-map__key">
        <Legend
          title={legendTitle(measure, date)}
          note={story ? undefined : leadOf(LEGEND_NOTES[measure], 0)}
        />
        <p className="slide__source">
          Source: {dateSourceLine(snapshot.asOf, snapshot.contributors == null)}.
        </p>
      </div>
    </>
  );
}
