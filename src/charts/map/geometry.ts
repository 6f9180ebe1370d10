// Pure map geometry: compact path strings per country under one projection, centroids, arc widths.
import type { GeoContext, GeoProjection } from "d3-geo";
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

export interface Centroid {
  /** The shape's key (a country's ISO code). */
  key: string;
  lonLat: [number, number];
  x: number;
  y: number;
}

/** Each shape's centroid by key: its longitude and latitude, and where it lies on the map. */
export function centroids(shapes: readonly CountryShape[], projection: GeoProjection): Map<string, Centroid> {
  const out = new Map<string, Centroid>();
  for (const s of shapes) {
    const lonLat = geoCentroid(s.feature) as [number, number];
    const p = projection(lonLat);
    if (p) out.set(s.key, { key: s.key, lonLat, x: p[0], y: p[1] });
  }
  return out;
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
