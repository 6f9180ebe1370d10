// The one palette: every colour the charts draw and the exports write, named once. The page's CSS
// colour tokens are built from LIGHT/DARK and PAGE_LIGHT/PAGE_DARK (`--bg: light-dark(light, dark)`,
// the virtual stylesheet in vite.config.ts); the charts' own marks take their colours from here, and
// an export (always light) writes these same values.

/** The light theme's interface tokens, as the exporter writes them (exports are always light). */
export const LIGHT = {
  bg: "#ffffff",
  surface: "#f4f6f8",
  text: "#1a1f24",
  muted: "#4a5560",
  border: "#c5ccd3",
  accent: "#b4460a",
  link: "#1656a8",
  focus: "#1656a8",
} as const;

/**
 * The dark theme's interface tokens, one for each of LIGHT's (the page only: exports are light).
 * Dark follows the same logic as light, not inverted colours; accent is the selection and highlight,
 * orange against the blue ramp.
 */
export const DARK: { readonly [K in keyof typeof LIGHT]: string } = {
  bg: "#11161c",
  surface: "#1b232c",
  text: "#e8edf2",
  muted: "#a9b4bf",
  border: "#3b4652",
  accent: "#ff9d5c",
  link: "#8cc2ff",
  focus: "#8cc2ff",
};

/** Colours of the page only, which no export draws (the error notice): light, then dark. */
export const PAGE_LIGHT = { "error-bg": "#fdeceb", "error-text": "#8a1c12" } as const;
export const PAGE_DARK: { readonly [K in keyof typeof PAGE_LIGHT]: string } = {
  "error-bg": "#3a1714",
  "error-text": "#ffc4bd",
};

/**
 * A sequential blue ramp (ColorBrewer "Blues", 6 classes, darkened at the light end), colour-blind
 * safe. Each step is separated by a dark country outline, so every shape meets 3:1 against the page
 * through its border, whatever its fill.
 */
export const RAMP = ["#d4e4f4", "#a9cbe6", "#6fa8d6", "#3a83c0", "#1a5e9e", "#0b3a6e"] as const;

export const PALETTE = {
  /** Listed with 0 officers on the date: not "no data". */
  zero: "#ffffff",
  /** No figure at all: neutral grey plus hatching (HATCH). */
  noData: "#c9ced3",
  noDataHatch: "#7b848d",
  /** Country outlines and swatch borders. */
  outline: "#5f6b76",
  /** Selection, highlight and flows: orange against the blue ramp. */
  highlight: LIGHT.accent,
  /** Mission markers and their labels, with a white halo. */
  marker: LIGHT.text,
  halo: "#ffffff",
  /** The ranked bars, and a lit bar. */
  bar: RAMP[3],
  barLit: LIGHT.accent,
  /** Axis grid lines and tick labels. */
  grid: LIGHT.border,
  tick: LIGHT.muted,
} as const;

/** The "no data" hatch, drawn the same on the map and in every export's legend. */
export const HATCH = {
  size: 4,
  angle: 45,
  fill: PALETTE.noData,
  stroke: PALETTE.noDataHatch,
  strokeWidth: 1.2,
} as const;

/** The hatch as an SVG <pattern> element's markup, for an export written as text. */
export function hatchPatternMarkup(id: string): string {
  const { size, angle, fill, stroke, strokeWidth } = HATCH;
  return `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})"><rect width="${size}" height="${size}" fill="${fill}"/><line x1="0" y1="0" x2="0" y2="${size}" stroke="${stroke}" stroke-width="${strokeWidth}"/></pattern>`;
}

/** One swatch of a legend, on the page and in an export. */
export interface LegendItem {
  color: string;
  label: string;
  /** Draws the swatch hatched (the map's "no data"). */
  pattern?: "hatch";
}
