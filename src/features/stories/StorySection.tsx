import { type KeyboardEvent, memo, useCallback, useMemo, useRef } from "react";
import { Timeline } from "../../charts/timeline/Timeline";
import type {
  CountriesFile,
  EventsFile,
  MissionsFile,
  PoliceByYearFile,
  StoriesFile,
} from "../../data/schema";
import { type Optional, useOptionalDataset } from "../../data/use-datasets";
import { draftAltText } from "../../export/alt-text";
import { ExportMenu, UnavailableExport } from "../../export/ExportMenu";
import type { ExportSpec } from "../../export/types";
import { formatCount } from "../../lib/format";
import { highlightOf, type LinkedProps, useDeferredHighlight } from "../../state/linked";
import { DataGate } from "../shared/DataGate";
import { MissingFiles } from "../shared/MissingFiles";
import { useChooseYear } from "../time/year";
import { StoryCard } from "./StoryCard";
import "./story-card.css";
import { stepStory, storyIndex, storyYears } from "./story-model";

interface Data {
  series: PoliceByYearFile;
  events: Optional<EventsFile>;
  stories: Optional<StoriesFile>;
  missions: Optional<MissionsFile>;
  countries: Optional<CountriesFile>;
}

const NONE: readonly never[] = [];

export const StorySection = memo(function StorySection(props: LinkedProps) {
  // The timeline needs only the yearly series; the events, the stories and their missions and
  // countries each add to it, and a file that fails is named where its part would be.
  const events = useOptionalDataset("events");
  const stories = useOptionalDataset("stories");
  const missions = useOptionalDataset("missions");
  const countries = useOptionalDataset("countries");
  return (
    <section className="panel panel--stories" aria-labelledby="stories-title">
      <h2 id="stories-title">Timeline 2007–2024 and five stories</h2>
      <DataGate
        view="timeline"
        datasets={["policeByYear"] as const}
        minHeight="20rem"
        whileUnavailable={(reason) => (
          <UnavailableExport
            id="timeline-chart"
            title="UN police deployed each December, 2007–2024"
            reason={reason}
          />
        )}
      >
        {([series]) => <Stories {...props} data={{ series, events, stories, missions, countries }} />}
      </DataGate>
    </section>
  );
});

/** "The series ends at 6,133 in 2024", for the timeline's alt text. */
function seriesEnd(series: PoliceByYearFile): string | undefined {
  const last = series.rows.at(-1);
  return last ? `The series ends at ${formatCount(last.police)} in ${last.year}` : undefined;
}

function Stories({ state, setState, hovered, data }: LinkedProps & { data: Data }) {
  const list = data.stories.data?.stories ?? NONE;
  // An unknown story id in the URL resolves to no story.
  const { story } = highlightOf(state, hovered, list);
  const index = storyIndex(list, story?.id ?? null);
  const prev = stepStory(list, story?.id ?? null, -1);
  const next = stepStory(list, story?.id ?? null, 1);

  const choose = useCallback((id: string) => setState({ story: id }), [setState]);
  // The card answers a step at once; the timeline marks the new story in the render after.
  const timelineStory = useDeferredHighlight(state, hovered, list).story;
  const onYear = useChooseYear(setState);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    const target = e.key === "ArrowRight" ? next : e.key === "ArrowLeft" ? prev : undefined;
    if (target === undefined) return;
    e.preventDefault();
    if (target) choose(target.id);
  };

  const position = story ? `Story ${index + 1} of ${list.length}` : `${list.length} stories: choose one`;

  // The export shows the timeline as drawn, so it follows the timeline's (deferred) story; memoised,
  // so the urgent render of a step skips the CSV rows and the alt text.
  const series = data.series;
  const svgRef = useRef<SVGSVGElement>(null);
  const exportSpec = useMemo<ExportSpec>(
    () => ({
      id: "timeline-chart",
      title: series.title,
      subtitle: timelineStory
        ? `UN police deployed each December, with the story "${timelineStory.theme}" (${timelineStory.place}) marked`
        : "UN police deployed each December, with dated events and the five stories",
      source: series.source,
      asOf: series.asOf,
      fileBase: "un-police-timeline-2007-2024",
      csv: {
        header: ["year", "police_december", "as_of", "source"],
        rows: series.rows.map((r) => [r.year, r.police, `${r.year}-12`, r.source]),
      },
      altText: draftAltText({
        what: "Line chart of UN police officers deployed each December from 2007 to 2024",
        rows: series.rows.map((r) => ({ name: String(r.year), value: r.police })),
        unit: { singular: "officer" },
        asOf: series.asOf,
        source: series.source,
        note: seriesEnd(series),
      }),
      ready: true,
    }),
    [series, timelineStory],
  );

  return (
    <div className="stories">
      <div className="section-tools">
        <ExportMenu spec={exportSpec} svgRef={svgRef} />
      </div>
      <MissingFiles title="The timeline is drawn without its dated events." files={[data.events]} />
      <Timeline
        svgRef={svgRef}
        rows={data.series.rows}
        seriesTitle={data.series.title}
        seriesSource={data.series.source}
        events={data.events.data?.events ?? NONE}
        stories={list}
        current={timelineStory}
        year={state.year}
        onYear={onYear}
        onStory={choose}
      />
      <section
        className="story-area"
        aria-label="Stories"
        aria-describedby="story-keys"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the story area takes focus so the arrow keys step through the stories.
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div className="story-nav">
          <button
            type="button"
            aria-disabled={!prev}
            onClick={() => prev && choose(prev.id)}
            className="story-nav__step"
          >
            ‹ Previous story
          </button>
          <p className="story-nav__pos">{position}</p>
          <button
            type="button"
            aria-disabled={!next}
            onClick={() => next && choose(next.id)}
            className="story-nav__step"
          >
            Next story ›
          </button>
        </div>
        <p id="story-keys" className="story-hint">
          Tip: with the focus here, the left and right arrow keys step through the stories.
        </p>
        <div className="story-body">
          <ol className="story-list" aria-label="The five stories">
            {list.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-pressed={s.id === story?.id}
                  className="story-list__item"
                  onClick={() => choose(s.id)}
                >
                  <span className="story-list__theme">{s.theme}</span>
                  <span className="story-list__place">
                    {s.place}, {storyYears(s)}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <MissingFiles
            title="The stories are unavailable or shown without their missions and places."
            files={[data.stories, data.missions, data.countries]}
          />
          {story ? (
            <StoryCard
              story={story}
              missions={data.missions.data?.rows ?? NONE}
              countries={data.countries.data?.rows ?? NONE}
            />
          ) : (
            <p className="story-empty">
              Choose a story from the list, the numbered bars on the timeline, or “Next story”. The map and
              the rankings then highlight the countries it is about.
            </p>
          )}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {story ? `${position}: ${story.title}, ${story.place}` : ""}
        </p>
      </section>
    </div>
  );
}
