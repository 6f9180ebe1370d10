import { describe, expect, it } from "vitest";
import { fillFor, legendItems, THRESHOLDS } from "./color-scale";
import { NO_DATA_FILL, RAMP, ZERO_FILL } from "./constants";

describe("map colour scale", () => {
  it("puts values in round bins, 1,000 and more in the darkest", () => {
    expect(fillFor(1).color).toBe(RAMP[0]);
    expect(fillFor(9).color).toBe(RAMP[0]);
    expect(fillFor(10).color).toBe(RAMP[1]);
    expect(fillFor(344).color).toBe(RAMP[4]);
    expect(fillFor(1115).color).toBe(RAMP[5]);
    expect(fillFor(2969).color).toBe(RAMP[5]);
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
});
