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

/**
 * The box the countries fill under that projection (map units): a drag, a pinch, the buttons and a
 * story keep it covering the frame, so the world never leaves it (map-model.test.ts checks it).
 */
export const WORLD_BOX = { x0: 0, y0: 24.3, x1: 960, y1: 445.7 };

export const ZOOM_MIN = 1;
export const ZOOM_MAX = 12;
export const ZOOM_STEP = 1.6;
/** The closest zoom a story or a search fits its countries at. */
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
/**
 * Width (map units at zoom 1, as the radii) of the band along a mission ring's outside edge that a
 * pointer or a finger picks it by: from 1 unit inside the ring to RING_HIT - 1 outside.
 */
export const RING_HIT = 4;
