import { describe, expect, it } from "vitest";
import { LIGHT, RAMP, RAMP_FILLS } from "../../lib/palette";
import { fillFor, legendItems, THRESHOLDS } from "./color-scale";
import { NO_DATA_FILL, ZERO_FILL } from "./constants";

describe("map colour scale", () => {
  it("puts values in round bins, 1,000 and more in the last (the theme's own paints)", () => {
    expect(fillFor(1).color).toBe(RAMP_FILLS[0]);
    expect(fillFor(9).color).toBe(RAMP_FILLS[0]);
    expect(fillFor(10).color).toBe(RAMP_FILLS[1]);
    expect(fillFor(344).color).toBe(RAMP_FILLS[4]);
    expect(fillFor(1115).color).toBe("var(--map-6)");
    expect(fillFor(2969).color).toBe(RAMP_FILLS[5]);
  });
  it("keeps zero apart from no data", () => {
    expect(fillFor(0)).toEqual({ kind: "zero", color: ZERO_FILL });
    for (const bad of [null, undefined, Number.NaN, -5, Number.POSITIVE_INFINITY])
      expect(fillFor(bad)).toEqual({ kind: "no-data", color: NO_DATA_FILL });
  });
  it("labels every bin edge with formatted numbers, then None and a hatched No data", () => {
    const items = legendItems();
    expect(items.map((i) => i.label)).toEqual([
      "1–9",
      "10–49",
      "50–99",
      "100–299",
      "300–999",
      "1,000 or more",
      "None",
      "No data",
    ]);
    expect(items.at(-1)?.pattern).toBe("hatch");
    expect(THRESHOLDS).toHaveLength(RAMP.length - 1);
  });
  it("gives the page's legend the map's paints and an export's legend the light colours", () => {
    const fills = [1, 10, 50, 100, 300, 1000, 0, null].map((v) => fillFor(v).color);
    expect(legendItems("page").map((i) => i.color)).toEqual(fills);
    const exported = legendItems().map((i) => i.color);
    expect(exported).toEqual([...RAMP, LIGHT["map-none"], LIGHT["map-no-data"]]);
    for (const c of exported) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
