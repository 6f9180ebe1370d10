import { describe, expect, it } from "vitest";
import { SIZE_OPTIONS, sizeChoice } from "./sizes";

describe("the menu's size options", () => {
  it("offers on-screen, 2x, the presets and a custom width, in that order", () => {
    expect(SIZE_OPTIONS.map((o) => o.label)).toEqual([
      "On-screen size",
      "Double (2x)",
      "Social card, 1200 × 675",
      "Square, 1080 × 1080",
      "Custom width",
    ]);
  });
  it("turns each option into what the exporter is asked for", () => {
    expect(sizeChoice("1x", "2000")).toEqual({ kind: "screen", scale: 1 });
    expect(sizeChoice("2x", "2000")).toEqual({ kind: "screen", scale: 2 });
    expect(sizeChoice("square", "2000")).toEqual({ kind: "preset", width: 1080, height: 1080 });
    expect(sizeChoice("social", "2000")).toEqual({ kind: "preset", width: 1200, height: 675 });
    expect(sizeChoice("custom", "2500")).toEqual({ kind: "custom", width: 2500 });
    // An unknown preset falls back to the first.
    expect(sizeChoice("nope", "2000")).toEqual({ kind: "preset", width: 1200, height: 675 });
  });
});
