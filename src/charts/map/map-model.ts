// Pure map math: features keyed by ISO code, values per measure, keyboard order, nearest shape, arcs.

import type { GeoContext, GeoProjection } from "d3-geo";
import { geoCentroid, geoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Country, Mission, TopologyFile } from "../../data/schema";
import { hostedByCountry, type Ranked, rankBy } from "../../data/selectors";
import type { Snapshot } from "../../data/snapshot";

export type Measure = "contributed" | "hosted";

export interface CountryShape {
  iso3: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

export interface ShapeResult {
  shapes: CountryShape[];
  /** Topology ids with no entry in countries.json: drawn without data and listed in a notice. */
  unknownIds: string[];
}

/** Converts the validated topology once and joins each shape to its country on the ISO id. */
export function toShapes(topology: TopologyFile, countries: readonly Country[]): ShapeResult {
  const byTopoId = new Map(countries.filter((c) => c.topoId).map((c) => [c.topoId, c]));
  // The schema checked the parts we read; topojson-client's types describe the rest.
  const topo = topology as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  const shapes: CountryShape[] = [];
  const unknownIds: string[] = [];
  for (const f of fc.features) {
    const id = String(f.id ?? "");
    const country = byTopoId.get(id);
    if (!country) unknownIds.push(id);
    if (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon") continue;
    shapes.push({
      iso3: country?.iso3 ?? `?${id}`,
      name: country?.name ?? `Unnamed shape ${id}`,
      feature: f as Feature<Polygon | MultiPolygon>,
    });
  }
  return { shapes, unknownIds };
}

export interface MeasureValue {
  iso3: string;
  name: string;
  value: number;
  rank: number;
  tied: boolean;
  /** How many countries have a positive value under this measure ("of 80"). */
  of: number;
}

export interface MeasureData {
  byIso3: Map<string, MeasureValue>;
  /** Countries with a value, in rank order: the keyboard walks them in this order. */
  order: MeasureValue[];
  /** Items that could not be placed or counted, for the visible notice. */
  problems: string[];
  /** False when the date has no figures for this measure: every country is "no data". */
  known: boolean;
}

function fromRanked<T>(ranked: Ranked<T>[], iso3: (t: T) => string, name: (t: T) => string): MeasureValue[] {
  const of = ranked.filter((r) => r.value > 0).length;
  return ranked.map((r) => ({
    iso3: iso3(r.item),
    name: name(r.item),
    value: r.value,
    rank: r.rank,
    tied: r.tied,
    of,
  }));
}

/**
 * Values for one measure, with ranks and a list of anything that could not be used. A measure the
 * snapshot has no figures for (a gap in the record, a file that failed) has no values at all: every
 * country is "no data", never zero (`known` is false).
 */
export function measureData(
  measure: Measure,
  snapshot: Snapshot,
  missions: readonly Mission[] | null,
  names: Map<string, string>,
  shapeIds: Set<string>,
): MeasureData {
  const problems: string[] = [];
  let values: MeasureValue[];
  const contributors = snapshot.contributors;
  const police = snapshot.missionPolice;
  if (measure === "contributed" ? !contributors : !police || !missions)
    return { byIso3: new Map(), order: [], problems, known: false };
  if (measure === "contributed" && contributors) {
    const valid = contributors.filter((c) => {
      if (!Number.isFinite(c.total) || c.total < 0) {
        problems.push(`${c.country} (${c.iso3}): the figure ${c.total} is not a valid count`);
        return false;
      }
      return true;
    });
    values = fromRanked(
      rankBy(
        valid.filter((c) => c.total > 0),
        (c) => c.total,
        (a, b) => a.reportRank - b.reportRank,
      ),
      (c) => c.iso3,
      (c) => names.get(c.iso3) ?? c.country,
    );
    for (const c of valid.filter((x) => x.total === 0))
      values.push({
        iso3: c.iso3,
        name: names.get(c.iso3) ?? c.country,
        value: 0,
        rank: 0,
        tied: false,
        of: 0,
      });
  } else {
    const hosted = hostedByCountry(missions ?? [], police ?? new Map());
    values = fromRanked(
      rankBy(hosted, (h) => h.total),
      (h) => h.iso3,
      (h) => names.get(h.iso3) ?? h.iso3,
    );
  }
  for (const v of values)
    if (!shapeIds.has(v.iso3) && v.value > 0)
      problems.push(
        `${v.name} (${v.iso3}) has no shape on this map; it is listed in the rankings and the search`,
      );
  const byIso3 = new Map(values.map((v) => [v.iso3, v]));
  return { byIso3, order: values.filter((v) => v.value > 0 && shapeIds.has(v.iso3)), problems, known: true };
}

/**
 * Missions that can be drawn as markers on a date, and those that cannot (no coordinates). A mission
 * with no police on that date has no marker: MINUSMA by December 2024, UNMIL after 2018. Without
 * figures per mission (`police` null), the missions active on the date are drawn, unsized.
 */
export function placeMissions(
  missions: readonly Mission[],
  police: ReadonlyMap<string, number> | null,
  date: string,
) {
  const placed: { mission: Mission; coordinates: [number, number]; police: number | null }[] = [];
  const unplaced: string[] = [];
  for (const m of missions) {
    const n = police?.get(m.acronym) ?? null;
    if (police ? !n : m.start > date || (m.end != null && m.end < date)) continue;
    if (!m.hq) {
      unplaced.push(`${m.acronym}: no headquarters coordinates, so it has no marker`);
      continue;
    }
    placed.push({ mission: m, coordinates: [m.hq.lon, m.hq.lat], police: n });
  }
  return { placed, unplaced };
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

/** SVG path strings by country code under one projection. */
export interface PathStrings {
  get(iso3: string): string | undefined;
}

/**
 * SVG path strings for the shapes under one projection, each computed on first use and kept (a zoom
 * or hover never recomputes them). Lazy, so each country's path is built in its own component's
 * render: React can then yield to the browser between countries while it hydrates the map.
 */
export function pathStrings(shapes: readonly CountryShape[], projection: GeoProjection): PathStrings {
  const context = new CompactPath();
  const path = geoPath(projection, context);
  const byCode = new Map(shapes.map((s) => [s.iso3, s]));
  const cache = new Map<string, string>();
  return {
    get(iso3) {
      let d = cache.get(iso3);
      if (d === undefined) {
        const shape = byCode.get(iso3);
        if (!shape) return undefined;
        path(shape.feature);
        d = context.flush();
        cache.set(iso3, d);
      }
      return d;
    },
  };
}

export interface Centroid {
  iso3: string;
  lonLat: [number, number];
  x: number;
  y: number;
}

export function centroids(shapes: readonly CountryShape[], projection: GeoProjection): Map<string, Centroid> {
  const out = new Map<string, Centroid>();
  for (const s of shapes) {
    const lonLat = geoCentroid(s.feature) as [number, number];
    const p = projection(lonLat);
    if (p) out.set(s.iso3, { iso3: s.iso3, lonLat, x: p[0], y: p[1] });
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

/** A mission label to place: its marker's centre and radius in map units, and its text. */
export interface LabelInput {
  key: string;
  x: number;
  y: number;
  /** Marker radius in map units at zoom 1. */
  r: number;
  text: string;
}

/** Where a label goes relative to its marker: above, below, right or left. */
export type LabelSide = "above" | "below" | "right" | "left";

/** Label text size in screen units of the map (constant on screen: divided by the zoom). */
export const LABEL_SIZE = 10;
/** Average width of a bold capital in ems, for estimating label boxes without measuring text. */
const CAP_WIDTH = 0.72;
/** Space between a marker and its label, in screen units. */
const LABEL_GAP = 3;

/** An axis-aligned box in map units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SIDES: readonly LabelSide[] = ["above", "below", "right", "left"];

/** Do two boxes overlap (touching edges do not)? */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 > b.x0 && a.x0 < b.x1 && a.y1 > b.y0 && a.y0 < b.y1;
}

/** Smallest label height on screen, in CSS pixels: below it a label is too small to read. */
export const MIN_LABEL_PX = 9;

/**
 * How much larger than LABEL_SIZE the labels are drawn so that they stay readable on a small map:
 * `pxPerUnit` is the map's width on screen divided by its width in map units (960). On a laptop or a
 * projector the map is wider than 960 px and the factor is 1; on a 390 px phone it is about 2.6, and
 * the larger labels then wait for a closer zoom where they would overlap. `minPx` is the smallest
 * label height on screen: MIN_LABEL_PX at the page's 16 px type, more in presentation mode, whose
 * larger root type a class reads from the back of the room. Rounded to a twentieth, so a small
 * resize does not place the labels again.
 */
export function labelScale(pxPerUnit: number, minPx = MIN_LABEL_PX): number {
  if (!(pxPerUnit > 0)) return 1;
  const f = minPx / (LABEL_SIZE * pxPerUnit);
  return f <= 1 ? 1 : Math.ceil(f * 20) / 20;
}

/**
 * The box a label's text covers on `side` of its marker at zoom `k`, in map units, with the text
 * `scale` times LABEL_SIZE (see labelScale).
 */
export function labelBox(l: Omit<LabelInput, "key">, side: LabelSide, k: number, scale = 1): Box {
  const h = (LABEL_SIZE * scale) / k;
  const w = (l.text.length * CAP_WIDTH * LABEL_SIZE * scale) / k;
  const off = (l.r + LABEL_GAP * scale) / k;
  if (side === "above") return { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - off - h, y1: l.y - off };
  if (side === "below") return { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y + off, y1: l.y + off + h };
  if (side === "right") return { x0: l.x + off, x1: l.x + off + w, y0: l.y - h / 2, y1: l.y + h / 2 };
  return { x0: l.x - off - w, x1: l.x - off, y0: l.y - h / 2, y1: l.y + h / 2 };
}

/**
 * Places mission labels so that none overlaps another: each label, in the order given (put the
 * larger missions first), takes the first side among above, below, right and left that is clear of
 * the labels already placed and of the other markers; a label with no clear side is left out at
 * this zoom (its marker and its accessible name stay, and zooming in brings it back). Sizes are on
 * screen, so at zoom `k` a label covers 1/k of the map units it covers at zoom 1; `scale` enlarges
 * the labels on a small map (labelScale).
 */
export function placeLabels(
  labels: readonly LabelInput[],
  zoom: number,
  scale = 1,
): Map<string, LabelSide | null> {
  const k = Math.max(zoom, 1e-6);
  const placed: Box[] = [];
  const dots = labels.map((l) => ({
    x0: l.x - l.r / k,
    y0: l.y - l.r / k,
    x1: l.x + l.r / k,
    y1: l.y + l.r / k,
  }));
  const out = new Map<string, LabelSide | null>();
  labels.forEach((l, i) => {
    const clear = (b: Box) =>
      !placed.some((o) => boxesOverlap(b, o)) && !dots.some((o, j) => j !== i && boxesOverlap(b, o));
    const side = SIDES.find((sd) => clear(labelBox(l, sd, k, scale))) ?? null;
    if (side) placed.push(labelBox(l, side, k, scale));
    out.set(l.key, side);
  });
  return out;
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
