import { useDeferredValue, useMemo } from "react";
import type { Story } from "../data/schema";
import type { AppState } from "../state/url-state";
import type { SetState } from "../state/use-url-state";

/** What every section gets: the URL state, its setter, and the shared hover. */
export interface LinkedProps {
  state: AppState;
  setState: SetState;
  /** ISO alpha-3 of the country hovered or focused in any chart or the map. */
  hovered: string | null;
  setHovered: (iso3: string | null) => void;
}

export interface Highlight {
  /** The selected country (URL `country`), if any. */
  selected: string | null;
  hovered: string | null;
  /** The chosen story (URL `story`), if it exists in the data. */
  story: Story | null;
  /** Countries the chosen story is about: its host first, then contributors. */
  storyCountries: string[];
}

/** One rule for what is highlighted, shared by the map, the bar charts and the timeline. */
export function highlightOf(
  state: Pick<AppState, "country" | "story">,
  hovered: string | null,
  stories: readonly Story[],
): Highlight {
  const story = stories.find((s) => s.id === state.story) ?? null;
  return {
    selected: state.country,
    hovered,
    story,
    storyCountries: story ? [story.host, ...story.contributors] : [],
  };
}

/**
 * The highlight for the map, the rankings and the timeline: the story is a deferred value, so a story
 * step updates the story card first and these heavier views in the render after, which yields to input.
 * The result keeps its identity while its inputs do, so memoised views skip the first render.
 */
export function useDeferredHighlight(
  state: AppState,
  hovered: string | null,
  stories: readonly Story[],
): Highlight {
  const story = useDeferredValue(state.story);
  const country = state.country;
  return useMemo(() => highlightOf({ country, story }, hovered, stories), [country, story, hovered, stories]);
}

/** Is a country emphasised in any way (selected, hovered or in the current story)? */
export function isHighlighted(h: Highlight, iso3: string): boolean {
  return h.selected === iso3 || h.hovered === iso3 || h.storyCountries.includes(iso3);
}
