import { useEffect, useRef } from "react";
import type { AppState } from "../state/url-state";

/**
 * A new selection (a tap on the map, a story chosen) brings its panel or card into view under the
 * pinned map, so the map, the date and the chosen thing are on screen together. Only when it is not
 * in view already; smooth unless reduced motion is asked for. The panel and card arrive a render or a
 * chunk later, so this waits for them (up to about a second). The looking is a chunk of its own
 * (./reveal-selection), fetched at the first selection.
 */
export function useRevealSelection(state: AppState, enabled: boolean) {
  const prev = useRef({ country: state.country, story: state.story });
  useEffect(() => {
    const before = prev.current;
    prev.current = { country: state.country, story: state.story };
    if (!enabled) return;
    const kind =
      state.story && state.story !== before.story
        ? "story"
        : state.country && state.country !== before.country
          ? "country"
          : null;
    if (!kind) return;
    let stop: (() => void) | null = null;
    let left = false;
    void import("./reveal-selection").then((m) => {
      if (!left) stop = m.reveal(kind);
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [state.country, state.story, enabled]);
}
