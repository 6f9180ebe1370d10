// Sizes and colours of the ranked bar charts, named once (colours from lib/palette).
import { PALETTE } from "../../lib/palette";

export const BAR_HEIGHT = 24;
export const BAR_GAP = 0.25; // scaleBand padding
export const ROW_HEIGHT_TWO_LINES = 40;
export const LABEL_MIN = 96;
export const LABEL_SHARE = 0.38; // of the chart width, at most
export const LABEL_MAX = 240;
export const VALUE_ROOM = 60; // space after the longest bar for its value
export const AXIS_HEIGHT = 24;
/** Names and values: the page's small type (--fs-small, 14 px), no smaller. */
export const FONT_PX = 14;
/** The axis' figures, at the same size. */
export const TICK_PX = 14;
/** A change of date: bars slide to their new rank, shorter than Play's step (PLAY_STEP_MS, 900). */
export const TWEEN_MS = 500;
/** Average glyph width as a share of the font size, for wrapping names without measuring text. */
export const GLYPH = 0.56;
export const TOP_N = 10;
export const BAR_FILL = PALETTE.bar;
export const BAR_HIGHLIGHT = PALETTE.barLit;
export const GRID_STROKE = PALETTE.grid;
export const TICK_FILL = PALETTE.tick;
