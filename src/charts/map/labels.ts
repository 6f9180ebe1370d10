// Pure placement of the mission labels: boxes on four sides of a marker, none overlapping.
import type { Box } from "./geometry";

export type { Box };

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
 * the labels on a small map (labelScale). With a `frame` (the part of the map in view), a label
 * must also lie wholly inside it: one the frame's edge would cut (leaving "AH" of a name) takes another
 * side or waits.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  zoom: number,
  scale = 1,
  frame?: Box,
  /** Areas no label may cover (an exported image's key), in map units. */
  obstacles: readonly Box[] = [],
): Map<string, LabelSide | null> {
  const k = Math.max(zoom, 1e-6);
  const placed: Box[] = [...obstacles];
  const dots = labels.map((l) => ({
    x0: l.x - l.r / k,
    y0: l.y - l.r / k,
    x1: l.x + l.r / k,
    y1: l.y + l.r / k,
  }));
  const out = new Map<string, LabelSide | null>();
  labels.forEach((l, i) => {
    const clear = (b: Box) =>
      (!frame || (b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1)) &&
      !placed.some((o) => boxesOverlap(b, o)) &&
      !dots.some((o, j) => j !== i && boxesOverlap(b, o));
    const side = SIDES.find((sd) => clear(labelBox(l, sd, k, scale))) ?? null;
    if (side) placed.push(labelBox(l, side, k, scale));
    out.set(l.key, side);
  });
  return out;
}

/**
 * SVG text position for a label on `side` of a marker of radius `r` at zoom `k` (text `scale` times
 * LABEL_SIZE), relative to the marker: the baseline and anchor that put the text in the box
 * placeLabels reserved for it.
 */
export function labelPosition(side: LabelSide, r: number, k: number, scale: number) {
  const b = labelBox({ x: 0, y: 0, r, text: "" }, side, k, scale);
  const h = (LABEL_SIZE * scale) / k;
  if (side === "above") return { x: 0, y: b.y1, textAnchor: "middle" } as const;
  if (side === "below") return { x: 0, y: b.y0 + h * 0.8, textAnchor: "middle" } as const;
  // A side label starts (right) or ends (left) at the marker's edge plus the gap: with no text the
  // box is that one point.
  return { x: b.x0, y: b.y0 + h * 0.85, textAnchor: side === "right" ? "start" : "end" } as const;
}
