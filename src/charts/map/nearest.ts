// The nearest-shape finder, in a chunk of its own: it is built at idle time after the first view
// (see ChoroplethMap), so d3-quadtree stays out of the first view's bundle.
import type { GeoPath } from "d3-geo";
import { quadtree } from "d3-quadtree";
import { sliceCheckpoint } from "../../lib/tasks";
import type { CountryShape } from "./geometry";

interface BoxPoint {
  key: string;
  x: number;
  y: number;
}

/**
 * A nearest-shape finder for pointers that miss a micro state: a quadtree over points sampled on
 * each shape's bounding box (corners, edge midpoints and centre), so small islands are found by
 * their extent, not only their centroid. Built in slices of a few milliseconds each.
 */
export async function nearestFinder(shapes: readonly CountryShape[], path: GeoPath) {
  const points: BoxPoint[] = [];
  const checkpoint = sliceCheckpoint();
  for (const s of shapes) {
    // A shape's bounds go through the projection: a few ms a slice, then the browser's turn.
    await checkpoint();
    const [[x0, y0], [x1, y1]] = path.bounds(s.feature);
    if (![x0, y0, x1, y1].every(Number.isFinite)) continue;
    const xm = (x0 + x1) / 2;
    const ym = (y0 + y1) / 2;
    for (const [x, y] of [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
      [xm, y0],
      [xm, y1],
      [x0, ym],
      [x1, ym],
      [xm, ym],
    ] as const)
      points.push({ key: s.key, x, y });
  }
  const tree = quadtree<BoxPoint>()
    .x((p) => p.x)
    .y((p) => p.y);
  for (const p of points) {
    await checkpoint();
    tree.add(p);
  }
  /** The key of the shape nearest to (x, y) within `radius`, if any. */
  return (x: number, y: number, radius: number): string | null => tree.find(x, y, radius)?.key ?? null;
}
