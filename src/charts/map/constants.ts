// Every size, colour and stroke of the map, named once.
import { PALETTE } from "../../lib/palette";

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

// The map's colours are the one palette's (lib/palette): named here by what they mark on the map.
export { RAMP } from "../../lib/palette";
export const ZERO_FILL = PALETTE.zero;
export const NO_DATA_FILL = PALETTE.noData;
export const OUTLINE = PALETTE.outline;
export const OUTLINE_WIDTH = 0.5;
export const HIGHLIGHT = PALETTE.highlight;
export const HIGHLIGHT_WIDTH = 2;
export const ARC = PALETTE.highlight;
export const ARC_MIN_WIDTH = 1;
export const ARC_MAX_WIDTH = 6;
export const MARKER_FILL = PALETTE.marker;
export const MARKER_HALO = PALETTE.halo;
export const MARKER_MIN_R = 2.5;
export const MARKER_MAX_R = 14;
