import { describe, expect, it } from "vitest";
import { STORY_GAP } from "./constants";
import {
  assignLanes,
  assignSpanLanes,
  clampYear,
  dateToYearFraction,
  layoutTimeline,
  storyExtent,
  timelineScale,
  yearLabel,
} from "./timeline-layout";
import type { TimelineEvent, TimelineStory, YearRow } from "./types";

const ev = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: id,
  detail: "detail",
  source: "test",
  ...extra,
});

const story = (id: string, years: [number, number]): TimelineStory => ({
  id,
  theme: "Theme",
  place: "Place",
  years,
});

const rows: YearRow[] = [
  { year: 2007, police: 11077, source: "a" },
  { year: 2010, police: 14322, source: "b" },
  { year: 2024, police: 6133, source: "c" },
  { year: 2030, police: 1, source: "out of range" },
];

describe("dateToYearFraction", () => {
  it("puts a partial date at the middle of what it names", () => {
    expect(dateToYearFraction("2010")).toBe(2010.5);
    expect(dateToYearFraction("2010-12")).toBeCloseTo(2010 + 11.5 / 12);
    const d = dateToYearFraction("2011-01-09");
    expect(d).toBeGreaterThan(2011);
    expect(d).toBeLessThan(2011 + 1 / 12);
    expect(dateToYearFraction("2011-01-09")).toBeLessThan(dateToYearFraction("2011-01-15"));
  });
});

describe("clampYear", () => {
  it("keeps years in 2007–2024 and clamps the rest with a flag", () => {
    expect(clampYear(2010.5)).toEqual({ year: 2010.5, clamped: null });
    expect(clampYear(1999)).toEqual({ year: 2007, clamped: "before" });
    expect(clampYear(2026.3)).toEqual({ year: 2024, clamped: "after" });
    expect(clampYear(2024.7)).toEqual({ year: 2024.7, clamped: null });
    expect(clampYear(2025)).toEqual({ year: 2024, clamped: "after" });
  });
});

describe("assignLanes", () => {
  it("stacks events of the same year even when they are far apart", () => {
    expect(
      assignLanes([
        { x: 10, year: 2010 },
        { x: 200, year: 2010 },
        { x: 400, year: 2011 },
      ]),
    ).toEqual([0, 1, 0]);
  });
  it("stacks two events on the same date", () => {
    const lanes = assignLanes([
      { x: 50, year: 2012 },
      { x: 50, year: 2012 },
    ]);
    expect(new Set(lanes).size).toBe(2);
  });
  it("separates close markers of different years and reuses a row once there is room", () => {
    expect(
      assignLanes(
        [
          { x: 100, year: 2010 },
          { x: 105, year: 2011 },
          { x: 300, year: 2015 },
        ],
        14,
      ),
    ).toEqual([0, 1, 0]);
  });
});

describe("assignSpanLanes", () => {
  it("gives overlapping spans different rows and lets spans share one only with a gap between", () => {
    const spans = [
      { x0: 0, x1: 100 },
      { x0: 30, x1: 50 },
      { x0: 100, x1: 120 },
      { x0: 110, x1: 130 },
    ];
    expect(assignSpanLanes(spans)).toEqual([0, 1, 0, 1]);
    expect(assignSpanLanes(spans, 6)).toEqual([0, 1, 1, 0]);
  });
});

describe("layoutTimeline", () => {
  it("labels every year from 2007 to 2024 inside the width", () => {
    const l = layoutTimeline(1000, rows, [], []);
    expect(l.ticks.map((t) => t.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2007 + i));
    expect(l.ticks.every((t) => t.x0 >= 0 && t.x1 <= 1000)).toBe(true);
    expect(l.ticks[0]?.label).toBe("2007");
  });
  it("shortens labels as the width shrinks, keeping the end years in full while there is room", () => {
    expect(yearLabel(2010, 1366)).toBe("2010");
    expect(yearLabel(2010, 640)).toBe("’10");
    expect(yearLabel(2007, 640)).toBe("2007");
    expect(yearLabel(2024, 640)).toBe("2024");
    expect(yearLabel(2007, 358)).toBe("’07");
    expect(layoutTimeline(358, rows, [], []).compact).toBe(true);
  });
  it("keeps the numbered story circles within a year's width on a phone", () => {
    const l = layoutTimeline(358, rows, [], []);
    const band = (l.ticks[0]?.x1 ?? 0) - (l.ticks[0]?.x0 ?? 0);
    expect(l.storyRadius * 2).toBeLessThanOrEqual(Math.max(band, 14));
    expect(layoutTimeline(1568, rows, [], []).storyRadius).toBe(11);
  });
  it("draws the series above the axis, highest at the peak, and leaves out years outside the range", () => {
    const l = layoutTimeline(1000, rows, [], []);
    expect(l.series.points.map((p) => p.year)).toEqual([2007, 2010, 2024]);
    expect(l.series.max).toBe(14322);
    const peak = l.series.points.find((p) => p.year === 2010);
    expect(peak?.y).toBeLessThan(l.axisY);
    expect(Math.min(...l.series.points.map((p) => p.y))).toBe(peak?.y);
    expect(l.series.line).toMatch(/^M/);
  });
  it("stacks the events of one year below the axis", () => {
    const l = layoutTimeline(
      1000,
      rows,
      [ev("a", "2010"), ev("b", "2010"), ev("c", "2010-12"), ev("d", "2015")],
      [],
    );
    const lanes = l.events.filter((e) => e.year === 2010).map((e) => e.lane);
    expect(new Set(lanes).size).toBe(3);
    expect(l.events.every((e) => e.y > l.axisY)).toBe(true);
    expect(l.events.find((e) => e.event.id === "d")?.lane).toBe(0);
    expect(l.eventLanes).toBe(3);
  });
  it("clamps events outside 2007–2024 to the edges and says which side", () => {
    const x = timelineScale(1000);
    const l = layoutTimeline(1000, rows, [ev("old", "1999-05-01"), ev("new", "2026")], []);
    const old = l.events.find((e) => e.event.id === "old");
    const recent = l.events.find((e) => e.event.id === "new");
    expect(old?.clamped).toBe("before");
    expect(old?.x).toBeGreaterThanOrEqual(x(2007));
    expect(old?.x).toBeLessThan(x(2008));
    expect(recent?.clamped).toBe("after");
    expect(recent?.x).toBeLessThanOrEqual(x(2025));
    expect(recent?.x).toBeGreaterThan(x(2024));
    const l2 = layoutTimeline(1000, rows, [ev("summit", "2024-06-26"), ev("day", "2024-09-07")], []);
    expect(l2.events.map((e) => e.clamped)).toEqual([null, null]);
  });
  it("spans each story over its years and stacks overlapping stories", () => {
    const x = timelineScale(1000);
    const l = layoutTimeline(
      1000,
      rows,
      [],
      [story("lbr", [2007, 2016]), story("ssd", [2010, 2011]), story("car", [2017, 2017])],
    );
    const lbr = l.stories.find((s) => s.story.id === "lbr");
    expect(lbr?.x0).toBeCloseTo(x(2007));
    expect(lbr?.x1).toBeCloseTo(x(2017));
    // Liberia's bar ends where the CAR story begins: they take different rows, not "4 -> 2".
    expect(l.stories.map((s) => s.lane)).toEqual([0, 1, 1]);
    expect(l.storyLanes).toBe(2);
    expect(l.height).toBeGreaterThan(l.axisY);
  });
  it("never lets a story's bar, badge or hit area touch another's in the same row, at any width", () => {
    const five = [
      story("south-sudan", [2010, 2011]),
      story("car-2017", [2017, 2017]),
      story("timor-leste", [2010, 2010]),
      story("liberia", [2007, 2016]),
      story("car-2023", [2023, 2023]),
    ];
    for (const width of [320, 358, 390, 600, 800, 1024, 1366, 1920]) {
      const l = layoutTimeline(width, rows, [], five);
      const boxes = l.stories.map((s) => ({
        lane: s.lane,
        id: s.story.id,
        ...storyExtent(s, l.storyRadius),
      }));
      for (const a of boxes)
        for (const b of boxes) {
          if (a.id >= b.id || a.lane !== b.lane) continue;
          const apart = a.x1 + STORY_GAP <= b.x0 + 0.5 || b.x1 + STORY_GAP <= a.x0 + 0.5;
          expect(apart, `${a.id} and ${b.id} at ${width}px`).toBe(true);
        }
      // Rows are drawn one under the other: a mark's row sets its height.
      for (const s of l.stories) expect(s.y).toBeCloseTo(l.stories.find((t) => t.lane === s.lane)?.y ?? 0);
    }
  });
});
