import { useMemo, useRef } from "react";
import { Timeline, type TimelineProps } from "../../charts/timeline/Timeline";
import type { EventsFile, PoliceByYearFile, Story } from "../../data/schema";
import { seriesSourceLine, shortSource } from "../../data/sources";
import type { Optional } from "../../data/use-datasets";
import { ExportMenu } from "../../export/ExportMenu";
import { LAST_YEAR } from "../../lib/calendar";
import { MissingFiles } from "../shared/MissingFiles";
import { timelineExportSpec } from "./timeline-export";

interface Props extends Pick<TimelineProps, "year" | "onYear" | "onStory"> {
  series: PoliceByYearFile;
  events: Optional<EventsFile>;
  stories: readonly Story[];
  /** The story the timeline marks (deferred behind the card). */
  current: Story | null;
}

const NONE: readonly never[] = [];

/** The timeline of the December series with its export menu; events add to it when their file loads. */
export function StoryTimeline({ series, events, stories, current, year, onYear, onStory }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  // The export shows the timeline as drawn, so it follows the timeline's (deferred) story; memoised,
  // so the urgent render of a step skips the CSV rows and the alt text.
  const hasEvents = events.data != null;
  const spec = useMemo(
    () =>
      timelineExportSpec(series, current, {
        stories,
        events: hasEvents,
        year: year ?? current?.years[0] ?? LAST_YEAR,
      }),
    [series, current, stories, hasEvents, year],
  );
  // On screen each source is one short line; the full titles are in the page's sources.
  const shown = useMemo(
    () => ({
      rows: series.rows.map((r) => ({ year: r.year, police: r.police, source: shortSource(r.source) })),
      source: seriesSourceLine(series.rows),
    }),
    [series],
  );
  return (
    <>
      <div className="section-tools">
        <ExportMenu spec={spec} svgRef={svgRef} />
      </div>
      <MissingFiles title="The timeline is drawn without its dated events." files={[events]} />
      <Timeline
        svgRef={svgRef}
        rows={shown.rows}
        seriesTitle={series.title}
        seriesSource={shown.source}
        events={events.data?.events ?? NONE}
        stories={stories}
        current={current}
        year={year}
        onYear={onYear}
        onStory={onStory}
      />
    </>
  );
}
