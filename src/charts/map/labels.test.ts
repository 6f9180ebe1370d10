import { describe, expect, it } from "vitest";
import { boxesOverlap, LABEL_SIZE, labelBox, labelScale, MIN_LABEL_PX, placeLabels } from "./labels";

describe("mission labels", () => {
  const label = (key: string, x: number, y: number) => ({ key, x, y, r: 2.5, text: key });

  it("puts every label above its marker when there is room", () => {
    const sides = placeLabels([label("UNMIK", 100, 100), label("BINUH", 400, 300)], 1);
    expect([...sides.values()]).toEqual(["above", "above"]);
  });

  it("moves a label that would overlap to another side, and leaves it out when none is clear", () => {
    // Two markers 6 units apart, one above the other: above the lower one are the first label and
    // the first marker, so its label goes to another side.
    const two = placeLabels([label("MINUSCA", 500, 250), label("UNMISS", 500, 256)], 1);
    expect(two.get("MINUSCA")).toBe("above");
    expect(two.get("UNMISS")).not.toBe("above");
    expect(two.get("UNMISS")).not.toBeNull();
    // Five markers on one spot: the first four sides go, the fifth label waits for a closer zoom.
    const crowd = placeLabels(
      ["AAAA", "BBBB", "CCCC", "DDDD", "EEEE"].map((k) => label(k, 500, 250)),
      1,
    );
    expect(crowd.get("AAAA")).toBe("above");
    expect(crowd.get("EEEE")).toBeNull();
  });

  it("keeps a label inside the frame in view: another side, or none when no side fits", () => {
    const frame = { x0: 0, y0: 0, x1: 200, y1: 100 };
    // At the frame's top edge: above would be cut, so below.
    expect(placeLabels([label("UNAMA", 100, 3)], 1, 1, frame).get("UNAMA")).toBe("below");
    // At its right edge: a box centred on the marker would be cut, so left.
    expect(placeLabels([label("UNAMA", 198, 50)], 1, 1, frame).get("UNAMA")).toBe("left");
    // In a corner of a frame too small for any side: no label.
    const tiny = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(placeLabels([label("UNAMA", 5, 5)], 1, 1, tiny).get("UNAMA")).toBeNull();
    // Outside the frame (a marker out of view): no label either.
    expect(placeLabels([label("UNAMA", 500, 50)], 1, 1, frame).get("UNAMA")).toBeNull();
  });

  it("keeps labels off an obstacle (an exported image's key): another side, or none", () => {
    const key = { x0: 0, y0: 0, x1: 200, y1: 95 };
    // Above the marker lies under the key: the label goes below.
    expect(placeLabels([label("UNVMC", 100, 100)], 1, 1, undefined, [key]).get("UNVMC")).toBe("below");
    // A marker inside the key has no side clear of it.
    expect(placeLabels([label("UNVMC", 100, 50)], 1, 1, undefined, [key]).get("UNVMC")).toBeNull();
  });

  it("brings crowded labels back when the map is zoomed in (labels keep their size on screen)", () => {
    const near = [label("MINUSCA", 500, 250), label("UNMISS", 504, 252), label("MONUSCO", 497, 256)];
    const world = placeLabels(near, 1);
    const zoomed = placeLabels(near, 8);
    expect([...world.values()].filter((s) => s === "above").length).toBeLessThan(3);
    expect([...zoomed.values()]).toEqual(["above", "above", "above"]);
  });

  it("never places two label boxes on top of each other", () => {
    // A 4 × 3 grid of markers closer together than their labels are wide.
    const many = Array.from({ length: 12 }, (_, i) =>
      label(`M${i}XXX`, 400 + (i % 4) * 30, 200 + Math.floor(i / 4) * 12),
    );
    const sides = placeLabels(many, 1);
    const boxes = many.flatMap((l) => {
      const side = sides.get(l.key);
      return side ? [labelBox(l, side, 1)] : [];
    });
    expect(boxes.length).toBeGreaterThan(6);
    expect(boxes.length).toBeLessThan(12);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        expect(boxesOverlap(a, b)).toBe(false);
      }
  });
});

describe("labelScale", () => {
  it("keeps the labels' size where the map is at least about as wide as its 960 map units", () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(1.4)).toBe(1);
    expect(labelScale(MIN_LABEL_PX / LABEL_SIZE)).toBe(1);
  });

  it("enlarges them on a small map so they are at least MIN_LABEL_PX tall on screen", () => {
    // A 390 px phone draws the map about 340 px wide.
    const px = 340 / 960;
    const f = labelScale(px);
    expect(f).toBeGreaterThan(2);
    expect(LABEL_SIZE * f * px).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(LABEL_SIZE * f * px).toBeLessThan(MIN_LABEL_PX + 0.5);
  });

  it("takes a larger minimum for a projector's larger type", () => {
    // Presentation mode at 1920 px: root type about 35 px, the map about 1.24 px per unit.
    const f = labelScale(1.24, (MIN_LABEL_PX * 35) / 16);
    expect(LABEL_SIZE * f * 1.24).toBeGreaterThanOrEqual((MIN_LABEL_PX * 35) / 16);
    expect(labelScale(1.24)).toBe(1);
  });

  it("answers 1 for a map that is not laid out (hidden, or not measured)", () => {
    expect(labelScale(0)).toBe(1);
    expect(labelScale(Number.NaN)).toBe(1);
  });

  it("makes larger labels wait for a closer zoom", () => {
    const minusca = { key: "MINUSCA", x: 500, y: 250, r: 2.5, text: "MINUSCA" };
    const near = [minusca, { key: "UNISFA", x: 560, y: 250, r: 2.5, text: "UNISFA" }];
    expect([...placeLabels(near, 1).values()]).toEqual(["above", "above"]);
    const big = placeLabels(near, 1, 2.6);
    expect(big.get("MINUSCA")).toBe("above");
    expect(big.get("UNISFA")).not.toBe("above");
    const box = labelBox(minusca, "above", 1, 2.6);
    expect(box.y1 - box.y0).toBeCloseTo(LABEL_SIZE * 2.6);
  });
});
