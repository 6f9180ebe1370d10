import { useEffect, useState } from "react";
import { prefersReducedMotion } from "./use-element-width";

/** One year per step while playing. */
export const PLAY_STEP_MS = 900;

/**
 * Play/Pause through the years first..last: one year per step, stopping at the last. Reduced motion
 * slows the steps; nothing is animated (transitions are off in CSS), the year just steps. Play from
 * the last year (or from none) starts at the first.
 */
export function usePlayYears(
  year: number | null,
  onYear: (year: number, opts?: { replace?: boolean }) => void,
  first: number,
  last: number,
) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const t = window.setTimeout(
      () => {
        const next = (year ?? first - 1) + 1;
        if (next > last) return setPlaying(false);
        onYear(next, { replace: true });
        if (next === last) setPlaying(false);
      },
      prefersReducedMotion() ? PLAY_STEP_MS * 1.5 : PLAY_STEP_MS,
    );
    return () => window.clearTimeout(t);
  }, [playing, year, onYear, first, last]);

  const toggle = () => {
    if (playing) return setPlaying(false);
    if (year == null || year >= last) onYear(first, { replace: true });
    setPlaying(true);
  };
  return { playing, toggle };
}
