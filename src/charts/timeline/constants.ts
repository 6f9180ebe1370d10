// Sizes for the timeline. Its years are the calendar's (lib/calendar), not retyped.

/** Height of the yearly police series drawn above the axis. */
export const SERIES_HEIGHT = 90;
/** Space for the year labels under the axis line. */
export const AXIS_HEIGHT = 28;
/** One row of event markers. */
export const EVENT_LANE_HEIGHT = 18;
/** One row of story bars. */
export const STORY_LANE_HEIGHT = 26;
/** Story marks in one row keep at least this gap (px) between them. */
export const STORY_GAP = 6;
/** Markers closer than this (px) go into different rows. */
export const MIN_MARKER_GAP = 14;
/**
 * The bottom margin holds the "Story years" label of the current story's band; the left one the
 * value axis's labels ("10,000").
 */
export const MARGIN = { top: 22, right: 16, bottom: 24, left: 46 } as const;
/** Below this width the year labels are shortened to "’08". */
export const SHORT_LABEL_WIDTH = 720;
/** Below this width every year label is shortened and the type is smaller. */
export const COMPACT_WIDTH = 560;
