/** One date per step while playing (features/time/TimeControl); reduced motion takes 1.5x as long. */
export const PLAY_STEP_MS = 900;
