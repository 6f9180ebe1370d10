// The one palette: every colour the charts draw and the exports write, named once. The page's CSS
// colour tokens are built from LIGHT/DARK and PAGE_LIGHT/PAGE_DARK (`--bg: light-dark(light, dark)`,
// the virtual stylesheet in vite.config.ts); the charts' own marks take their colours from here, and
// an export (always light) writes these same values.

/**
 * The map's ramps, one colour per bin (1–9, 10–49, 50–99, 100–299, 300–999, 1,000 or more), both
 * colour-blind safe and each bin at least 3:1 against the map's surface (tests/lib/palette-contrast).
 * Light: teal to indigo, darker with the value (the exports' ramp). Dark: viridis from its middle,
 * teal to yellow, brighter with the value, so the largest contributors are the brightest shapes and
 * "none" and "no data" stay close to the dark surface.
 */
export const RAMP = ["#4594ae", "#3a7eb6", "#3567a8", "#2f4f98", "#2a387e", "#1f235c"] as const;
export const RAMP_DARK = ["#2a788e", "#21918c", "#22a884", "#5ec962", "#bddf26", "#fde725"] as const;

/**
 * The light theme's tokens, as the exporter writes them (exports are always light): the interface,
 * then the marks of the charts (the map's bins, "none", "no data" and its hatch, the bars).
 */
export const LIGHT = {
  bg: "#ffffff",
  surface: "#f4f6f8",
  text: "#1a1f24",
  muted: "#4a5560",
  border: "#c5ccd3",
  accent: "#b4460a",
  link: "#1656a8",
  focus: "#1656a8",
  "map-1": RAMP[0],
  "map-2": RAMP[1],
  "map-3": RAMP[2],
  "map-4": RAMP[3],
  "map-5": RAMP[4],
  "map-6": RAMP[5],
  /** Listed with 0 officers on the date: not "no data"; quieter than any bin. */
  "map-none": "#ffffff",
  /** No figure at all: a neutral fill under a hatch, quieter than any bin. */
  "map-no-data": "#e3e7eb",
  "map-hatch": "#9aa3ac",
  bar: "#3a83c0",
} as const;

/**
 * The dark theme's tokens, one for each of LIGHT's (the page only: exports are light). Dark follows
 * the same logic as light, not inverted colours: the surface dark, "none" and "no data" just above
 * it, larger values brighter; accent is the selection and highlight, orange against the ramp.
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
  "map-1": RAMP_DARK[0],
  "map-2": RAMP_DARK[1],
  "map-3": RAMP_DARK[2],
  "map-4": RAMP_DARK[3],
  "map-5": RAMP_DARK[4],
  "map-6": RAMP_DARK[5],
  "map-none": "#2a3540",
  "map-no-data": "#222c36",
  "map-hatch": "#3a4652",
  bar: "#22a884",
};

/** Colours of the page only, which no export draws (the error notice): light, then dark. */
export const PAGE_LIGHT = { "error-bg": "#fdeceb", "error-text": "#8a1c12" } as const;
export const PAGE_DARK: { readonly [K in keyof typeof PAGE_LIGHT]: string } = {
  "error-bg": "#3a1714",
  "error-text": "#ffc4bd",
};

export type ThemeToken = keyof typeof LIGHT;

/**
 * A token as a paint for a live chart: `var(--name)`, which the page resolves in its theme (the
 * light-dark() pairs) and an export's off-screen copy resolves with LIGHT (export/inline-styles).
 */
export const themed = (name: ThemeToken): string => `var(--${name})`;

/** The map's bins as live paints, in RAMP's order. */
export const RAMP_FILLS = RAMP.map((_, i) => themed(`map-${i + 1}` as ThemeToken));

/**
 * The marks' paints. Each is a theme token (see `themed`), except `outline`, which an export also
 * writes as text (legend swatches): a mid grey that reads on both themes' surfaces.
 */
export const PALETTE = {
  /** Listed with 0 officers on the date: not "no data". */
  zero: themed("map-none"),
  /** No figure at all: neutral fill plus hatching (HATCH). */
  noData: themed("map-no-data"),
  noDataHatch: themed("map-hatch"),
  /** Country outlines and swatch borders. */
  outline: "#5f6b76",
  /** Selection, highlight and flows: orange against the ramp. */
  highlight: themed("accent"),
  /** Mission markers and their labels, with a halo of the page's background. */
  marker: themed("text"),
  halo: themed("bg"),
  /** The ranked bars, and a lit bar. */
  bar: themed("bar"),
  barLit: themed("accent"),
  /** Axis grid lines and tick labels. */
  grid: themed("border"),
  tick: themed("muted"),
} as const;

/** The "no data" hatch, drawn the same on the map and in every export's legend (light there). */
export const HATCH = {
  size: 4,
  angle: 45,
  fill: PALETTE.noData,
  stroke: PALETTE.noDataHatch,
  strokeWidth: 1.2,
} as const;

/** The hatch as an SVG <pattern> element's markup, for an export written as text. */
export function hatchPatternMarkup(id: string): string {
  const { size, angle, strokeWidth } = HATCH;
  const [fill, stroke] = [LIGHT["map-no-data"], LIGHT["map-hatch"]];
  return `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})"><rect width="${size}" height="${size}" fill="${fill}"/><line x1="0" y1="0" x2="0" y2="${size}" stroke="${stroke}" stroke-width="${strokeWidth}"/></pattern>`;
}

/** One swatch of a legend, on the page and in an export. */
export interface LegendItem {
  color: string;
  label: string;
  /** Draws the swatch hatched (the map's "no data"). */
  pattern?: "hatch";
}
