import { formatCount } from "../../lib/format";
import { type LegendItem, LIGHT, RAMP, RAMP_FILLS } from "../../lib/palette";
import { NO_DATA_FILL, ZERO_FILL } from "./constants";

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
  return RAMP_FILLS[i] ?? (RAMP_FILLS[RAMP_FILLS.length - 1] as string);
};

export type FillKind = "value" | "zero" | "no-data";

/**
 * The fill for a value: a ramp step, the zero fill, or "no data" (drawn hatched). The colours are
 * theme tokens (`var(--map-6)`): the page paints them in its theme, an export in the light one.
 */
export function fillFor(value: number | null | undefined): { kind: FillKind; color: string } {
  if (value == null || !Number.isFinite(value) || value < 0) return { kind: "no-data", color: NO_DATA_FILL };
  if (value === 0) return { kind: "zero", color: ZERO_FILL };
  return { kind: "value", color: scale(value) };
}

/**
 * The legend's bins, with their edges as formatted numbers, then zero and "no data". "export" (the
 * default) gives the light theme's colours, written into a file; "page" the theme tokens the map
 * paints, so the page's swatches match the map in either theme.
 */
export function legendItems(paint: "export" | "page" = "export"): LegendItem[] {
  const page = paint === "page";
  const edges = [1, ...THRESHOLDS];
  const bins = (page ? RAMP_FILLS : RAMP).map((color, i) => {
    const lo = edges[i] ?? 1;
    const hi = THRESHOLDS[i];
    return {
      color,
      label: hi == null ? `${formatCount(lo)} or more` : `${formatCount(lo)}–${formatCount(hi - 1)}`,
    };
  });
  return [
    ...bins,
    { color: page ? ZERO_FILL : LIGHT["map-none"], label: "None" },
    { color: page ? NO_DATA_FILL : LIGHT["map-no-data"], label: "No data", pattern: "hatch" as const },
  ];
}
