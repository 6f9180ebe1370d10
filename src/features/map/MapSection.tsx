import { memo, useDeferredValue } from "react";
import { reportDatasets } from "../../data/datasets";
import { useOptionalDataset } from "../../data/use-datasets";
import { UnavailableExport } from "../../export/ExportMenu";
import type { LinkedProps } from "../../state/linked";
import { DataGate } from "../shared/DataGate";
import { TimeControl } from "../time/TimeControl";
import { useSettledYear } from "../time/year";
import { MapView } from "./MapView";
import { TITLES } from "./map-view-model";
import "./map-section.css";

/** Memoised: with `useFollowingLinks` it sits out the urgent render of a story step. */
export const MapSection = memo(function MapSection(props: LinkedProps) {
  // The switch answers a click at once; the title and the 177 recoloured countries follow in a
  // deferred render, so the click's next frame is not held up by repainting the whole map.
  const measure = useDeferredValue(props.state.measure);
  const [contributorsFile, deploymentsFile] = reportDatasets(useDeferredValue(props.state.date));
  // A chosen year shows its December from the history file; otherwise the report date's files.
  // Deferred with a story step by useFollowingLinks, like the story; shown once its data is in.
  const year = useSettledYear(props.state.year);
  const timeControl = (
    <TimeControl year={props.state.year} date={props.state.date} setState={props.setState} />
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
        whileUnavailable={(reason, failed) => (
          <>
            <UnavailableExport id="map" title="Where UN police come from" reason={reason} />
            {/* A date whose files fail can always be left for one that loads. */}
            {failed ? timeControl : null}
          </>
        )}
      >
        {([topology, countries, figures]) => (
          <MapView
            {...props}
            measure={measure}
            year={year}
            timeControl={timeControl}
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
