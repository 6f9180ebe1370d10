import { memo, useCallback, useDeferredValue } from "react";
import { useOptionalDataset } from "../../data/use-datasets";
import { UnavailableExport } from "../../export/ExportMenu";
import { YEAR_SPAN } from "../../lib/calendar";
import { highlightOf, type LinkedProps, useDeferredHighlight } from "../../state/linked";
import { DataGate } from "../shared/DataGate";
import { useChooseYear } from "../time/year";
import { StoryArea } from "./StoryArea";
import { StoryTimeline } from "./StoryTimeline";
import "./story-card.css";
import { TIMELINE_EXPORT_TITLE } from "./timeline-export";

const NONE: readonly never[] = [];

/**
 * The timeline and the five stories. Each part waits only for its own file: the timeline for the
 * yearly series (its events add to it), the stories for stories.json (their missions and countries
 * add to the card). A file that fails is named where its part would be; the other part still works.
 */
export const StorySection = memo(function StorySection({ state, setState, hovered }: LinkedProps) {
  const events = useOptionalDataset("events");
  const stories = useOptionalDataset("stories");
  const missions = useOptionalDataset("missions");
  const countries = useOptionalDataset("countries");
  const list = stories.data?.stories ?? NONE;
  // An unknown story id in the URL resolves to no story.
  const { story } = highlightOf(state, hovered, list);
  const choose = useCallback((id: string) => setState({ story: id }), [setState]);
  // The card answers a step at once; the timeline marks the new story in the render after.
  const timelineStory = useDeferredHighlight(state, hovered, list).story;
  // A new year reaches the timeline in the render after the story card (with the map).
  const timelineYear = useDeferredValue(state.year);
  const onYear = useChooseYear(setState);

  return (
    <section className="panel panel--stories" aria-labelledby="stories-title">
      <h2 id="stories-title">Timeline {YEAR_SPAN} and five stories</h2>
      <div className="stories">
        <DataGate
          view="timeline"
          datasets={["policeByYear"] as const}
          minHeight="20rem"
          whileUnavailable={(reason) => (
            <UnavailableExport id="timeline-chart" title={TIMELINE_EXPORT_TITLE} reason={reason} />
          )}
        >
          {([series]) => (
            <StoryTimeline
              series={series}
              events={events}
              stories={list}
              current={timelineStory}
              year={timelineYear}
              onYear={onYear}
              onStory={choose}
            />
          )}
        </DataGate>
        {stories.data || stories.errors ? (
          <StoryArea stories={list} story={story} choose={choose} files={{ stories, missions, countries }} />
        ) : (
          <p className="loading" aria-busy="true">
            Loading the stories…
          </p>
        )}
      </div>
    </section>
  );
});
