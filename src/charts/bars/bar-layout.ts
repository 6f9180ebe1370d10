// Pure layout for a horizontal ranked bar chart: (rows, width) -> placed bars. No DOM.
import { scaleBand, scaleLinear } from "d3-scale";
import * as C from "./constants";

export interface BarRow {
  key: string;
  label: string;
  /** null = no figure: drawn as "no data", never as a zero-length bar. */
  value: number | null;
  rank: number | null;
  tied: boolean;
}

export interface PlacedBar extends BarRow {
  y: number;
  height: number;
  width: number;
  /** The name wrapped into at most two lines (the second ends in … when cut). */
  lines: string[];
  truncated: boolean;
}

export interface BarLayout {
  bars: PlacedBar[];
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  /** The top of the value scale (rounded up to a tick): a bar's length is value / max of plotWidth. */
  max: number;
  ticks: { value: number; x: number }[];
}

/** Wraps a name into at most two lines of `maxChars`, cutting the rest with an ellipsis. */
export function wrapLabel(label: string, maxChars: number): { lines: string[]; truncated: boolean } {
  const max = Math.max(4, Math.floor(maxChars));
  if (label.length <= max) return { lines: [label], truncated: false };
  const words = label.split(/\s+/);
  const lines: string[] = [""];
  for (const w of words) {
    const i = lines.length - 1;
    const cur = lines[i] ?? "";
    if (!cur) lines[i] = w;
    else if (`${cur} ${w}`.length <= max) lines[i] = `${cur} ${w}`;
    else lines.push(w);
  }
  let truncated = false;
  if (lines.length > 2) {
    truncated = true;
    lines.splice(2);
    lines[1] = `${lines[1]}…`;
  }
  return {
    lines: lines.map((l) => {
      if (l.length <= max) return l;
      truncated = true;
      return `${l.slice(0, max - 1)}…`;
    }),
    truncated,
  };
}

/** Places the bars: names in a left column, bars scaled from zero, values after each bar. */
export function layoutBars(rows: readonly BarRow[], width: number): BarLayout {
  const w = Math.max(200, width);
  const labelWidth = Math.round(Math.min(C.LABEL_MAX, Math.max(C.LABEL_MIN, w * C.LABEL_SHARE)));
  const plotWidth = Math.max(40, w - labelWidth - C.VALUE_ROOM);
  const maxChars = labelWidth / (C.FONT_PX * C.GLYPH) - 1;
  const wrapped = rows.map((r) => wrapLabel(r.label, maxChars));
  const twoLines = wrapped.some((x) => x.lines.length > 1);
  const rowHeight = twoLines ? C.ROW_HEIGHT_TWO_LINES : C.BAR_HEIGHT / (1 - C.BAR_GAP);
  const height = Math.round(rows.length * rowHeight) + C.AXIS_HEIGHT;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([0, height - C.AXIS_HEIGHT])
    .paddingInner(C.BAR_GAP)
    .paddingOuter(C.BAR_GAP / 2);
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const x = scaleLinear()
    .domain([0, max || 1])
    .nice()
    .range([0, plotWidth]);
  const bars = rows.map((r, i) => ({
    ...r,
    y: y(r.key) ?? 0,
    height: y.bandwidth(),
    width: r.value == null ? 0 : Math.max(0, x(r.value)),
    lines: wrapped[i]?.lines ?? [r.label],
    truncated: wrapped[i]?.truncated ?? false,
  }));
  const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / 90))).map((value) => ({ value, x: x(value) }));
  return { bars, width: w, height, labelWidth, plotWidth, max: x.domain()[1] ?? 1, ticks };
}

/** Rows sorted by value (largest first; missing values last) or by name; stable. */
export function sortRows(rows: readonly BarRow[], by: "value" | "name"): BarRow[] {
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => {
    if (by === "name") return a.r.label.localeCompare(b.r.label, "en") || a.i - b.i;
    const av = a.r.value ?? Number.NEGATIVE_INFINITY;
    const bv = b.r.value ?? Number.NEGATIVE_INFINITY;
    return bv - av || a.i - b.i;
  });
  return indexed.map((x) => x.r);
}
