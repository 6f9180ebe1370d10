import { describe, expect, it } from "vitest";
import { type BarRow, layoutBars, sortRows, wrapLabel } from "./bar-layout";

const row = (key: string, value: number | null, rank: number | null = null, tied = false): BarRow => ({
  key,
  label: key,
  value,
  rank,
  tied,
});

describe("bar layout", () => {
  it("scales bars from zero, largest full width, values in order", () => {
    const l = layoutBars([row("a", 100, 1), row("b", 50, 2), row("c", 0, 3)], 600);
    const [a, b, c] = l.bars;
    expect(a?.width).toBeCloseTo(l.plotWidth);
    expect(b?.width).toBeCloseTo(l.plotWidth / 2);
    expect(c?.width).toBe(0);
    expect(a && b && a.y < b.y).toBe(true);
    expect(l.labelWidth + l.plotWidth).toBeLessThanOrEqual(600);
  });
  it("draws a missing value as no bar at all (width 0, value null), not as zero", () => {
    const l = layoutBars([row("a", 10), row("gap", null)], 400);
    expect(l.bars[1]).toMatchObject({ value: null, width: 0 });
  });
  it("handles one row and an empty list", () => {
    expect(layoutBars([row("only", 5)], 320).bars).toHaveLength(1);
    const empty = layoutBars([], 320);
    expect(empty.bars).toEqual([]);
    expect(empty.ticks.length).toBeGreaterThan(0);
  });
  it("never lets a long name overflow its column at 320 px", () => {
    const long = { ...row("COD", 5), label: "Democratic Republic of the Congo" };
    const l = layoutBars([long, row("x", 3)], 320);
    const maxChars = Math.max(...(l.bars[0]?.lines.map((s) => s.length) ?? [99]));
    expect(l.bars[0]?.lines.length).toBeLessThanOrEqual(2);
    expect(maxChars * 13 * 0.56).toBeLessThanOrEqual(l.labelWidth);
  });
  it("wraps into two lines and cuts the rest with an ellipsis", () => {
    expect(wrapLabel("Short", 10)).toEqual({ lines: ["Short"], truncated: false });
    expect(wrapLabel("Central African Republic", 12).lines).toEqual(["Central", "African…"]);
    expect(wrapLabel("Supercalifragilistic", 8)).toEqual({ lines: ["Superca…"], truncated: true });
  });
  it("sorts by value (ties keep their order) or by name", () => {
    const rows = [row("b", 3), row("a", 5), row("c", 3), row("d", null)];
    expect(sortRows(rows, "value").map((r) => r.key)).toEqual(["a", "b", "c", "d"]);
    expect(sortRows(rows, "name").map((r) => r.key)).toEqual(["a", "b", "c", "d"]);
    expect(sortRows([row("z", 1), row("y", 9)], "name").map((r) => r.key)).toEqual(["y", "z"]);
  });
});
