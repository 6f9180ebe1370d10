// Pure layout for the timeline: data and width in, placed marks out. No React, no DOM.
import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { FIRST_YEAR, LAST_YEAR } from "../../lib/calendar";
import {
  AXIS_HEIGHT,
  COMPACT_WIDTH,
  EVENT_LANE_HEIGHT,
  MARGIN,
  MIN_MARKER_GAP,
  SERIES_HEIGHT,
  SHORT_LABEL_WIDTH,
  STORY_GAP,
  STORY_LANE_HEIGHT,
} from "./constants";
import type { TimelineEvent, TimelineStory, YearRow } from "./types";

export type Clamp = "before" | "after" | null;

export interface PlacedEvent {
  event: TimelineEvent;
  /** The year shown on the timeline (clamped into range). */
  year: number;
  x: number;
  y: number;
  lane: number;
  /** Set when the event's date lies outside the timeline and it is drawn at the edge. */
  clamped: Clamp;
}

export interface PlacedStory {
  story: TimelineStory;
  /** Position in the data, 0-based. */
  index: number;
  x0: number;
  x1: number;
  y: number;
  lane: number;
  clamped: Clamp;
}

export interface YearTick {
  year: number;
  /** Centre of the year's band. */
  x: number;
  x0: number;
  x1: number;
  label: string;
}

export interface SeriesPoint {
  year: number;
  police: number;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  ticks: YearTick[];
  series: { points: SeriesPoint[]; line: string; area: string; max: number };
  /** The plot's left edge (plotLeft). */
  left: number;
  /** The value axis: round numbers of officers and their heights, 0 first. */
  valueTicks: { value: number; y: number }[];
  events: PlacedEvent[];
  stories: PlacedStory[];
  eventLanes: number;
  storyLanes: number;
  /** Radius of the numbered story circles: smaller when a year is narrow. */
  storyRadius: number;
  /** Phone width: smaller type and shortened year labels. */
  compact: boolean;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A partial date as a fractional year, at the middle of what it names:
 * "2010" -> 2010.5, "2010-12" -> 2010 + 11.5/12, "2011-01-09" -> a little after 2011.
 */
export function dateToYearFraction(date: string): number {
  const [ys, ms, ds] = date.split("-");
  const year = Number(ys);
  if (!ms) return year + 0.5;
  const month = Number(ms) - 1;
  if (!ds) return year + (month + 0.5) / 12;
  const days = DAYS[month] ?? 30;
  return year + (month + (Number(ds) - 0.5) / days) / 12;
}

/** Keeps a (fractional) year inside 2007–2024: the last year runs to its end, 2024.99 is still in range. */
export function clampYear(year: number): { year: number; clamped: Clamp } {
  if (year < FIRST_YEAR) return { year: FIRST_YEAR, clamped: "before" };
  if (year >= LAST_YEAR + 1) return { year: LAST_YEAR, clamped: "after" };
  return { year, clamped: null };
}

/** Where the plot starts: after the value axis's labels, which are smaller on a phone. */
export function plotLeft(width: number): number {
  return width < COMPACT_WIDTH ? 30 : MARGIN.left;
}

/** The timeline's x scale: each year is a band [year, year + 1). */
export function timelineScale(width: number) {
  const left = plotLeft(width);
  return scaleLinear()
    .domain([FIRST_YEAR, LAST_YEAR + 1])
    .range([left, Math.max(left + 1, width - MARGIN.right)]);
}

/**
 * Rows for point markers: every marker takes the lowest row where it is at least `gap` px from the
 * markers already there, and never the row of another marker of the same year (same-year events stack).
 */
export function assignLanes(items: readonly { x: number; year: number }[], gap = MIN_MARKER_GAP): number[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.x ?? 0) - (items[b]?.x ?? 0) || a - b);
  const placed: { x: number; year: number; lane: number }[] = [];
  const lanes: number[] = new Array(items.length).fill(0);
  for (const i of order) {
    const it = items[i];
    if (!it) continue;
    let lane = 0;
    while (placed.some((p) => p.lane === lane && (p.year === it.year || Math.abs(p.x - it.x) < gap))) lane++;
    placed.push({ ...it, lane });
    lanes[i] = lane;
  }
  return lanes;
}

/**
 * Rows for spans (story years): a span takes the lowest row where it starts at least `gap` px after
 * the end of every span already there, so no two spans in a row touch (a bar running into the next
 * story's badge reads as "4 -> 2").
 */
export function assignSpanLanes(spans: readonly { x0: number; x1: number }[], gap = 0): number[] {
  const ends: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a]?.x0 ?? 0) - (spans[b]?.x0 ?? 0) || a - b);
  const lanes: number[] = new Array(spans.length).fill(0);
  for (const i of order) {
    const s = spans[i];
    if (!s) continue;
    let lane = ends.findIndex((end) => end + gap <= s.x0 + 0.5);
    if (lane === -1) lane = ends.length;
    ends[lane] = s.x1;
    lanes[i] = lane;
  }
  return lanes;
}

/** Everything a story mark draws or answers to: its bar, its numbered badge and its 24 px hit area. */
export function storyExtent(s: { x0: number; x1: number }, radius: number): { x0: number; x1: number } {
  const hit = Math.max(24, s.x1 - s.x0);
  const mid = (s.x0 + s.x1) / 2;
  return {
    x0: Math.min(s.x0 + 1, mid - hit / 2),
    x1: Math.max(s.x0 + 1 + Math.max(4, s.x1 - s.x0 - 2), s.x0 + 2 * radius, mid + hit / 2),
  };
}

/** Full years on wide screens; "’08" between full end years on medium ones; "’07"…"’24" on phones. */
export function yearLabel(year: number, width: number): string {
  if (width >= SHORT_LABEL_WIDTH) return String(year);
  if (width >= COMPACT_WIDTH && (year === FIRST_YEAR || year === LAST_YEAR)) return String(year);
  return `’${String(year).slice(2)}`;
}

/** Places every mark of the timeline for a given width. */
export function layoutTimeline(
  width: number,
  rows: readonly YearRow[],
  events: readonly TimelineEvent[],
  stories: readonly TimelineStory[],
): TimelineLayout {
  const x = timelineScale(width);
  const ticks: YearTick[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    ticks.push({ year, x: x(year + 0.5), x0: x(year), x1: x(year + 1), label: yearLabel(year, width) });

  const seriesTop = MARGIN.top;
  const axisY = seriesTop + SERIES_HEIGHT;
  const inRange = rows
    .filter((r) => r.year >= FIRST_YEAR && r.year <= LAST_YEAR)
    .sort((a, b) => a.year - b.year);
  const max = Math.max(0, ...inRange.map((r) => r.police));
  const y = scaleLinear()
    .domain([0, max || 1])
    .range([axisY, seriesTop]);
  // December of each year, as the series is recorded.
  const points = inRange.map((r) => ({
    year: r.year,
    police: r.police,
    x: x(r.year + 11.5 / 12),
    y: y(r.police),
  }));
  const lineD =
    line<SeriesPoint>()
      .x((p) => p.x)
      .y((p) => p.y)(points) ?? "";
  const areaD =
    area<SeriesPoint>()
      .x((p) => p.x)
      .y0(axisY)
      .y1((p) => p.y)(points) ?? "";

  const eventsTop = axisY + AXIS_HEIGHT;
  const raw = events.map((event) => {
    const c = clampYear(dateToYearFraction(event.date));
    const shown =
      c.clamped === "before" ? FIRST_YEAR + 0.02 : c.clamped === "after" ? LAST_YEAR + 0.98 : c.year;
    return { event, year: Math.floor(shown), x: x(shown), clamped: c.clamped };
  });
  const eventLaneOf = assignLanes(raw);
  const placedEvents = raw.map((r, i) => {
    const lane = eventLaneOf[i] ?? 0;
    return { ...r, lane, y: eventsTop + (lane + 0.5) * EVENT_LANE_HEIGHT };
  });
  const eventLanes = Math.max(1, ...eventLaneOf.map((l) => l + 1));

  const storiesTop = eventsTop + eventLanes * EVENT_LANE_HEIGHT + 6;
  const spans = stories.map((story, index) => {
    const a = clampYear(Math.min(story.years[0], story.years[1]));
    const b = clampYear(Math.max(story.years[0], story.years[1]));
    const clamped: Clamp = a.clamped ?? b.clamped;
    return { story, index, x0: x(a.year), x1: x(b.year + 1), clamped };
  });
  const storyRadius = Math.max(7, Math.min(11, (x(FIRST_YEAR + 1) - x(FIRST_YEAR)) / 2 - 1));
  const storyLaneOf = assignSpanLanes(
    spans.map((s) => storyExtent(s, storyRadius)),
    STORY_GAP,
  );
  const placedStories = spans.map((s, i) => {
    const lane = storyLaneOf[i] ?? 0;
    return { ...s, lane, y: storiesTop + (lane + 0.5) * STORY_LANE_HEIGHT };
  });
  const storyLanes = Math.max(1, ...storyLaneOf.map((l) => l + 1));

  return {
    width,
    height: storiesTop + storyLanes * STORY_LANE_HEIGHT + MARGIN.bottom,
    axisY,
    ticks,
    series: { points, line: lineD, area: areaD, max },
    left: plotLeft(width),
    valueTicks: max > 0 ? y.ticks(3).map((value) => ({ value, y: y(value) })) : [],
    events: placedEvents,
    stories: placedStories,
    eventLanes,
    storyLanes,
    storyRadius,
    compact: width < COMPACT_WIDTH,
  };
}
