import { describe, expect, it } from "vitest";
import { labelWidth, lineHitsBox, placePointLabel, segmentHitsBox } from "./point-label";
import { layoutTimeline } from "./timeline-layout";
import type { YearRow } from "./types";

// The December series as published (public/data/police-by-year.json).
const POLICE = [
  11077, 11511, 12794, 14322, 14302, 12369, 13057, 12442, 13858, 12772, 11083, 10447, 9124, 9223, 7676, 7784,
  6566, 6133,
];
const rows: YearRow[] = POLICE.map((police, i) => ({ year: 2007 + i, police, source: "s" }));
const text = (n: number) => `${n.toLocaleString("en-US")} officers`;

describe("segmentHitsBox", () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it("finds a segment through, into or along the box, and misses one beside it", () => {
    expect(segmentHitsBox({ x: 0, y: 15 }, { x: 30, y: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 15, y: 15 }, { x: 40, y: 40 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 30 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 5 }, box)).toBe(false);
    expect(segmentHitsBox({ x: 21, y: 0 }, { x: 40, y: 30 }, box)).toBe(false);
  });
});

describe("placePointLabel", () => {
  it("keeps every year's label clear of the line and inside the plot, from a phone to a projector", () => {
    for (const width of [320, 358, 390, 600, 800, 1024, 1366, 1920]) {
      const l = layoutTimeline(width, rows, [], []);
      const size = width >= 1400 ? 16 : l.compact ? 10 : 12;
      for (const p of l.series.points) {
        const label = placePointLabel(p, l.series.points, text(p.police), size, {
          x0: l.left,
          y0: 0,
          x1: width,
          y1: l.axisY,
        });
        const where = `${p.year} at ${width}px`;
        expect(lineHitsBox(l.series.points, label.box), where).toBe(false);
        // Clear of the value axis's labels, left of the plot.
        expect(label.box.x0, where).toBeGreaterThanOrEqual(l.left);
        expect(label.box.x1, where).toBeLessThanOrEqual(width);
        expect(label.box.y1, where).toBeLessThanOrEqual(l.axisY);
        expect(label.box.x1 - label.box.x0).toBeCloseTo(labelWidth(text(p.police), size));
      }
    }
  });

  it("puts the phone's end label (6,133 officers) below the falling line, ending at its dot", () => {
    const l = layoutTimeline(358, rows, [], []);
    const end = l.series.points.at(-1);
    if (!end) throw new Error("no end point");
    const label = placePointLabel(end, l.series.points, text(end.police), 10, {
      x0: 0,
      y0: 0,
      x1: 358,
      y1: l.axisY,
    });
    expect(label.box.y0).toBeGreaterThan(end.y);
    expect(label.anchor).toBe("end");
    expect(label.x).toBeLessThanOrEqual(358);
  });
});
