// Every size, colour and stroke of the map, named once.

/** The map's drawing box; the SVG scales to its container keeping this aspect ratio. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/**
 * Equal Earth fitted to every country shape in public/data/world-110m.json within the box above
 * (`fitSize`), written down so the browser does not project the whole world once just to frame it.
 * map-model.test.ts checks these numbers against a fresh fit of the shipped topology.
 */
export const PROJECTION_SCALE = 180.724;
export const PROJECTION_TRANSLATE: [number, number] = [480, 260.178];

export const ZOOM_MIN = 1;
export const ZOOM_MAX = 12;
export const ZOOM_STEP = 1.6;
/** Zoom used when a story centres the map on its host country. */
export const STORY_ZOOM = 3;

/** Pointer within this many screen pixels of a country's shape picks it (micro states). */
export const NEAREST_RADIUS_PX = 14;

/**
 * A sequential blue ramp (ColorBrewer "Blues", 6 classes, darkened at the light end), colour-blind
 * safe. Each step is separated by a dark country outline, so every shape meets 3:1 against the page
 * through its border, whatever its fill.
 */
export const RAMP = ["#d4e4f4", "#a9cbe6", "#6fa8d6", "#3a83c0", "#1a5e9e", "#0b3a6e"] as const;
/** Listed in the report with 0 officers on the date: not "no data". */
export const ZERO_FILL = "#ffffff";
/** No figure at all: neutral grey plus hatching (see Legend and the <pattern>). */
export const NO_DATA_FILL = "#c9ced3";
export const NO_DATA_HATCH = "#7b848d";
export const OUTLINE = "#5f6b76";
export const OUTLINE_WIDTH = 0.5;
export const HIGHLIGHT = "#b4460a";
export const HIGHLIGHT_WIDTH = 2;
export const ARC = "#b4460a";
export const ARC_MIN_WIDTH = 1;
export const ARC_MAX_WIDTH = 6;
export const MARKER_FILL = "#1a1f24";
export const MARKER_MIN_R = 2.5;
export const MARKER_MAX_R = 14;
