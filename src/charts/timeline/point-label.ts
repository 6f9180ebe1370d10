// Pure placement of the series' value label ("6,133 officers") beside its point: the first of a few
// positions around the point that stays inside the plot and that the line does not cross.

export interface Pt {
  x: number;
  y: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export type Anchor = "start" | "middle" | "end";

export interface PlacedLabel {
  /** The text's position: x at its anchor, y at its baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  /** The box the text is estimated to fill. */
  box: Box;
}

/** Gap (px) between the point and its label. */
const GAP = 6;
/** Average advance of a bold figure or letter, as a share of the font size (generous). */
const GLYPH = 0.62;

/** The width a label takes, estimated from its length (no text measuring in a pure function). */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH;
}

/** Does the segment a–b cross or touch the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(a: Pt, b: Pt, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Does the polyline through `points` cross or touch the box? */
export function lineHitsBox(points: readonly Pt[], box: Box): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && segmentHitsBox(a, b, box)) return true;
  }
  return false;
}

/**
 * The label of `point` on the line through `line`: above it, then below, then beside it, each
 * centred, to its left or to its right; the first that fits in `bounds` and keeps clear of the line
 * (and of the point's dot). If none does, the first that fits.
 */
export function placePointLabel(
  point: Pt,
  line: readonly Pt[],
  text: string,
  fontSize: number,
  bounds: Box,
): PlacedLabel {
  const w = labelWidth(text, fontSize);
  const h = fontSize;
  const above = point.y - GAP - h;
  const below = point.y + GAP;
  const beside = point.y - h / 2;
  const tops: number[] = [above, below];
  const candidates: { x0: number; y0: number; anchor: Anchor }[] = [];
  for (const y0 of tops)
    candidates.push(
      { x0: point.x - w / 2, y0, anchor: "middle" },
      { x0: point.x - w + 2, y0, anchor: "end" },
      { x0: point.x - 2, y0, anchor: "start" },
    );
  candidates.push(
    { x0: point.x - GAP - w, y0: beside, anchor: "end" },
    { x0: point.x + GAP, y0: beside, anchor: "start" },
  );
  const place = (c: { x0: number; y0: number; anchor: Anchor }): PlacedLabel => {
    const box = { x0: c.x0, y0: c.y0, x1: c.x0 + w, y1: c.y0 + h };
    const x = c.anchor === "middle" ? (box.x0 + box.x1) / 2 : c.anchor === "end" ? box.x1 : box.x0;
    // The baseline sits about a fifth of the size above the box's bottom (descenders below it).
    return { x, y: box.y1 - h * 0.2, anchor: c.anchor, box };
  };
  const fits = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const dot: Box = { x0: point.x - 5, y0: point.y - 5, x1: point.x + 5, y1: point.y + 5 };
  const apart = (a: Box, b: Box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
  const placed = candidates.map(place);
  return (
    placed.find((p) => fits(p.box) && apart(p.box, dot) && !lineHitsBox(line, p.box)) ??
    placed.find((p) => fits(p.box)) ??
    (placed[0] as PlacedLabel)
  );
}
