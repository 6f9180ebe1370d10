import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import * as C from "./constants";
import { arcWidth, type CountryShape, clampCentre, fitBox, focusBox, sameView } from "./geometry";

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

describe("the world in its frame", () => {
  const world = { x0: 0, y0: 20, x1: 960, y1: 450 };
  it("keeps the world covering the frame at any zoom", () => {
    // Zoom 2: the frame is 480 × 235; its centre stays 240 and 117.5 inside the world's edges.
    expect(clampCentre([0, 0], 2, world, 960, 470)).toEqual([240, 20 + 117.5]);
    expect(clampCentre([2000, 2000], 2, world, 960, 470)).toEqual([720, 450 - 117.5]);
    expect(clampCentre([500, 300], 2, world, 960, 470)).toEqual([500, 300]);
  });
  it("centres the world along an axis where it is smaller than the frame", () => {
    // Zoom 1: 430 units of world in 470 of frame, and 960 in 960: the one view is the whole world.
    expect(clampCentre([100, 400], 1, world, 960, 470)).toEqual([480, 235]);
  });
});

describe("a story's view", () => {
  const square = (key: string, lon: number, lat: number, size: number): CountryShape => ({
    key,
    iso3: key,
    name: key,
    feature: {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [lon, lat],
            [lon, lat + size],
            [lon + size, lat + size],
            [lon + size, lat],
            [lon, lat],
          ],
        ],
      },
    } as Feature<Polygon>,
  });
  const projection = geoEqualEarth().scale(C.PROJECTION_SCALE).translate(C.PROJECTION_TRANSLATE);
  const path = geoPath(projection);
  // A host in West Africa (as Liberia), a contributor in South Asia (as India), one far away.
  const shapes = [square("HST", -11, 4, 4), square("CTB", 70, 10, 20), square("FAR", -120, 40, 10)];
  const boxOf = (key: string) => {
    const shape = shapes.find((s) => s.key === key);
    if (!shape) throw new Error(`no ${key}`);
    const [[x0, y0], [x1, y1]] = path.bounds(shape.feature);
    return { x0, y0, x1, y1 };
  };

  it("spans the host's shape and every contributor's, with the arc between them", () => {
    const box = focusBox(shapes, ["HST", "CTB"], path);
    const host = boxOf("HST");
    const ctb = boxOf("CTB");
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x0).toBeCloseTo(host.x0, 6);
    expect(box.x1).toBeCloseTo(ctb.x1, 6);
    expect(box.y0).toBeLessThanOrEqual(Math.min(host.y0, ctb.y0));
    expect(box.y1).toBeCloseTo(Math.max(host.y1, ctb.y1), 6);
    // The great-circle arc bows north of both ends: the box takes it in.
    const arc = path.bounds({
      type: "LineString",
      coordinates: [
        [80, 20],
        [-9, 6],
      ],
    });
    expect(box.y0).toBeLessThanOrEqual(arc[0][1] + 1);
  });

  it("is the host's own box with no contributors, ignores unknown ones, and is null without a host", () => {
    expect(focusBox(shapes, ["HST"], path)).toEqual(boxOf("HST"));
    expect(focusBox(shapes, ["HST", "XXX"], path)).toEqual(boxOf("HST"));
    expect(focusBox(shapes, ["XXX", "HST"], path)).toBeNull();
  });

  it("fits the box with room to spare, between zoom 1 and the closest story zoom", () => {
    const box = { x0: 400, y0: 200, x1: 640, y1: 300 };
    const { centre, k } = fitBox(box, 960, 470, 3, 0.1);
    expect(centre).toEqual([520, 250]);
    // 960 / 240 = 4 across, 470 / 100 = 4.7 down: 4 less 20% for the padding, 3.2, capped at 3.
    expect(k).toBe(3);
    expect(fitBox({ x0: 400, y0: 200, x1: 880, y1: 300 }, 960, 470, 3, 0.1).k).toBeCloseTo(1.6, 9);
    expect(fitBox({ x0: 0, y0: 0, x1: 960, y1: 470 }, 960, 470, 3).k).toBe(1);
    expect(fitBox({ x0: 10, y0: 10, x1: 10, y1: 10 }, 960, 470, 3).k).toBe(3);
  });
});
