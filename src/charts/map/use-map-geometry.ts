import { geoEqualEarth, geoPath } from "d3-geo";
import { useEffect, useMemo } from "react";
import { whenIdle } from "../../lib/tasks";
import * as C from "./constants";
import { type CountryShape, pathStrings } from "./geometry";
import { type MapItem, shapeItem } from "./map-items";

/** The item of the shape nearest to a point of the map within `radius` map units, if any. */
export type Finder = (x: number, y: number, radius: number) => MapItem | null;

let nearestModule: typeof import("./nearest") | null = null;
let nearestLoading: Promise<unknown> | null = null;
/** Fetches the nearest-shape finder's chunk once. */
function loadNearest(): Promise<unknown> {
  nearestLoading ??= import("./nearest").then((m) => {
    nearestModule = m;
  });
  return nearestLoading;
}

/** The shapes under the map's projection: path strings at once, the nearest-shape finder later. */
function mapGeometry(shapes: readonly CountryShape[]) {
  const projection = geoEqualEarth().scale(C.PROJECTION_SCALE).translate(C.PROJECTION_TRANSLATE);
  const path = geoPath(projection).digits(1);
  // The first paint needs the paths only: the nearest-shape finder (pointer misses) is built on
  // first use, which keeps it out of hydration. The finder's code (d3-quadtree) is a chunk of its
  // own, asked for after the first paint; until it is in, a pointer that misses every shape finds
  // nothing.
  let finder: Finder | null = null;
  let building = false;
  return {
    shapes,
    projection,
    path,
    d: pathStrings(shapes, projection),
    /** The finder once built; the first call after its chunk has come starts building it. */
    nearest: (): Finder | null => {
      if (!finder && !building && nearestModule) {
        building = true;
        void nearestModule.nearestFinder(shapes, path).then((find) => {
          const items = new Map(shapes.map((s) => [s.key, shapeItem(s)]));
          finder = (x, y, radius) => {
            const key = find(x, y, radius);
            return key === null ? null : (items.get(key) ?? null);
          };
        });
      }
      return finder;
    },
  };
}

export type MapGeometry = ReturnType<typeof mapGeometry>;

/**
 * The map's geometry for these shapes. The nearest-shape finder is built while the browser is idle
 * after the first paint, in slices of a few milliseconds, so neither the first paint nor a visitor's
 * first pointer miss waits for it, and building it makes no long task.
 */
export function useMapGeometry(shapes: readonly CountryShape[]): MapGeometry {
  const geo = useMemo(() => mapGeometry(shapes), [shapes]);
  useEffect(() => {
    return whenIdle(() => void loadNearest().then(() => geo.nearest()), { timeout: 2000, fallback: 200 });
  }, [geo]);
  return geo;
}
