// Pure map geometry: compact path strings per country under one projection, arc widths, and the
// views: a story's box, its fit, the world kept in the frame.
import type { GeoContext, GeoPath, GeoPermissibleObjects, GeoProjection } from "d3-geo";
import { geoCentroid, geoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";

export interface CountryShape {
  /** Unique on the map: the country's ISO code, or the topology's id for a shape with no country. */
  key: string;
  /** ISO alpha-3; null for a topology shape the country list does not know (drawn as "no data"). */
  iso3: string | null;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

/** A number of tenths as SVG path text: 12 -> "1.2", -5 -> "-.5", 30 -> "3". */
function tenths(n: number): string {
  const sign = n < 0 ? "-" : "";
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return `${sign}${whole === 0 && frac !== 0 ? "" : whole}${frac === 0 ? "" : `.${frac}`}`;
}

/**
 * A d3-geo path context that writes compact SVG: points rounded to 0.1 px (as `digits(1)`), then
 * every point after the first of a ring as a relative step, and repeated points dropped. The map's
 * path data is about 40% shorter than absolute coordinates, and it is in the pre-rendered page.
 */
export class CompactPath implements GeoContext {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  moveTo(x: number, y: number) {
    const [ix, iy] = [Math.round(x * 10), Math.round(y * 10)];
    this.out.push(`M${tenths(ix)},${tenths(iy)}`);
    this.x = ix;
    this.y = iy;
  }
  lineTo(x: number, y: number) {
    const [ix, iy] = [Math.round(x * 10), Math.round(y * 10)];
    if (ix === this.x && iy === this.y) return;
    const dy = tenths(iy - this.y);
    this.out.push(`l${tenths(ix - this.x)}${dy.startsWith("-") ? "" : ","}${dy}`);
    this.x = ix;
    this.y = iy;
  }
  closePath() {
    this.out.push("z");
  }
  beginPath() {
    // Every ring starts with moveTo.
  }
  arc() {
    // Point geometries only; countries are polygons.
  }
  /** The path so far, and a fresh start. */
  flush(): string {
    const s = this.out.join("");
    this.out = [];
    return s;
  }
}

/** SVG path strings by shape key (a country's ISO code) under one projection. */
export interface PathStrings {
  get(key: string): string | undefined;
}

/**
 * SVG path strings for the shapes under one projection, each computed on first use and kept (a zoom
 * or hover never recomputes them). Lazy, so each country's path is built in its own component's
 * render: React can then yield to the browser between countries while it hydrates the map.
 */
export function pathStrings(shapes: readonly CountryShape[], projection: GeoProjection): PathStrings {
  const context = new CompactPath();
  const path = geoPath(projection, context);
  const byKey = new Map(shapes.map((s) => [s.key, s]));
  const cache = new Map<string, string>();
  return {
    get(key) {
      let d = cache.get(key);
      if (d === undefined) {
        const shape = byKey.get(key);
        if (!shape) return undefined;
        path(shape.feature);
        d = context.flush();
        cache.set(key, d);
      }
      return d;
    },
  };
}

export interface ArcSpec {
  key: string;
  from: [number, number];
  to: [number, number];
  total: number;
  label: string;
}

/** Stroke width for an arc: square-root scaled between the min and max widths. */
export function arcWidth(total: number, max: number, minW: number, maxW: number): number {
  if (max <= 0 || total <= 0) return minW;
  return minW + (maxW - minW) * Math.sqrt(total / max);
}

/** The same centre (to a millionth of a degree) and zoom. */
export function sameView(
  v: { center: [number, number]; zoom: number },
  center: [number, number],
  zoom: number,
) {
  return (
    Math.abs(v.zoom - zoom) < 1e-9 &&
    Math.abs(v.center[0] - center[0]) < 1e-6 &&
    Math.abs(v.center[1] - center[1]) < 1e-6
  );
}

/** An axis-aligned box in map units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The centre of a view at zoom `k` (map units) moved so that the `world` box covers the `w` × `h`
 * frame, or is centred in it along an axis where it is smaller: the rule d3-zoom's translateExtent
 * applies to a drag, for the views the buttons, the keys and a story set.
 */
export function clampCentre([x, y]: [number, number], k: number, world: Box, w: number, h: number) {
  const axis = (c: number, lo: number, hi: number, half: number) =>
    hi - lo <= 2 * half ? (lo + hi) / 2 : Math.min(hi - half, Math.max(lo + half, c));
  return [axis(x, world.x0, world.x1, w / (2 * k)), axis(y, world.y0, world.y1, h / (2 * k))] as [
    number,
    number,
  ];
}

/**
 * The box a story's view shows: its host's shape, each contributor's, and the arc between the two
 * (from centroid to centroid, as the map draws it). `keys` are the host, then the contributors;
 * null when the host has no shape.
 */
export function focusBox(
  shapes: readonly CountryShape[],
  keys: readonly string[],
  path: GeoPath,
): Box | null {
  const byKey = new Map(shapes.map((s) => [s.key, s.feature]));
  const [host, ...others] = keys.map((k) => byKey.get(k));
  if (!host) return null;
  const hostC = geoCentroid(host);
  const parts: GeoPermissibleObjects[] = [host];
  for (const f of others) if (f) parts.push(f, { type: "LineString", coordinates: [geoCentroid(f), hostC] });
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const p of parts) {
    const [[x0, y0], [x1, y1]] = path.bounds(p);
    if (![x0, y0, x1, y1].every(Number.isFinite)) continue;
    box.x0 = Math.min(box.x0, x0);
    box.y0 = Math.min(box.y0, y0);
    box.x1 = Math.max(box.x1, x1);
    box.y1 = Math.max(box.y1, y1);
  }
  return Number.isFinite(box.x0) ? box : null;
}

/**
 * The centre and zoom that fit `box` into a `w` × `h` frame with `pad` of the frame spare on each
 * side, between zoom 1 and `maxZoom`.
 */
export function fitBox(box: Box, w: number, h: number, maxZoom: number, pad = 0.08) {
  const fit = Math.min(w / Math.max(box.x1 - box.x0, 1e-9), h / Math.max(box.y1 - box.y0, 1e-9));
  return {
    centre: [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2] as [number, number],
    k: Math.min(maxZoom, Math.max(1, fit * (1 - 2 * pad))),
  };
}
