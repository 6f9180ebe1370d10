import { formatCount } from "../../lib/format";
import type { LegendItem } from "../../lib/palette";
import { NO_DATA_FILL, RAMP, ZERO_FILL } from "./constants";

/**
 * Why fixed thresholds: the figures are very skewed (Rwanda 1,115 and Senegal 1,090, then a long
 * tail down to 1 officer; hosted: MINUSCA 2,969 down to MINURSO 1). A linear or quantize scale
 * paints almost every country the lightest step; quantiles hide the gap between 1,000 and 100.
 * Round, roughly logarithmic breaks (10, 50, 100, 300, 1,000) keep both ends readable and give
 * a legend a reader can say out loud ("100 to 299 officers").
 */
export const THRESHOLDS = [10, 50, 100, 300, 1000] as const;

/**
 * The ramp step of a positive value: the count of thresholds at or below it. Five comparisons, as
 * d3's scaleThreshold does them; written out so the first view's bundle does not carry d3-scale and
 * d3-array for one lookup (the bar charts and the timeline, in their own chunks, still use d3-scale).
 */
const scale = (value: number): string => {
  let i = 0;
  while (i < THRESHOLDS.length && value >= (THRESHOLDS[i] ?? Infinity)) i++;
  return RAMP[i] ?? RAMP[5];
};

export type FillKind = "value" | "zero" | "no-data";

/** The fill for a value: a ramp step, the zero fill, or null for "no data" (drawn hatched). */
export function fillFor(value: number | null | undefined): { kind: FillKind; color: string } {
  if (value == null || !Number.isFinite(value) || value < 0) return { kind: "no-data", color: NO_DATA_FILL };
  if (value === 0) return { kind: "zero", color: ZERO_FILL };
  return { kind: "value", color: scale(value) };
}

/** The legend's bins, with their edges as formatted numbers, then zero and "no data". */
export function legendItems(): LegendItem[] {
  const edges = [1, ...THRESHOLDS];
  const bins = RAMP.map((color, i) => {
    const lo = edges[i] ?? 1;
    const hi = THRESHOLDS[i];
    return {
      color,
      label: hi == null ? `${formatCount(lo)} or more` : `${formatCount(lo)}–${formatCount(hi - 1)}`,
    };
  });
  return [
    ...bins,
    { color: ZERO_FILL, label: "None" },
    { color: NO_DATA_FILL, label: "No data", pattern: "hatch" as const },
  ];
}
