import { describe, expect, it } from "vitest";
import { arcWidth, sameView } from "./geometry";

describe("arcWidth", () => {
  it("scales arc widths by the square root of officers", () => {
    expect(arcWidth(100, 100, 1, 6)).toBe(6);
    expect(arcWidth(25, 100, 1, 6)).toBe(3.5);
    expect(arcWidth(0, 100, 1, 6)).toBe(1);
  });
});

describe("sameView", () => {
  const v = { center: [20.5, 3.25] as [number, number], zoom: 1 };
  it("treats a click's rounding-level difference as the same view", () => {
    expect(sameView(v, [20.5 + 1e-9, 3.25 - 1e-9], 1)).toBe(true);
  });
  it("sees a pan or a zoom", () => {
    expect(sameView(v, [20.6, 3.25], 1)).toBe(false);
    expect(sameView(v, [20.5, 3.25], 1.5)).toBe(false);
  });
});
