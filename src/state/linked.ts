import {
  startTransition,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Story } from "../data/schema";
import { holdMotion } from "../lib/tasks";
import type { AppState } from "./url-state";
import type { SetState } from "./use-url-state";

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

/** The same object as before while every value in it (or every key in `keys`) is the same. */
function useShallowStable<T extends object>(value: T, keys?: readonly (keyof T)[]): T {
  const ref = useRef(value);
  const prev = ref.current as Record<string, unknown>;
  const next = value as Record<string, unknown>;
  const compared = (keys as readonly string[] | undefined) ?? Object.keys(next);
  const same =
    (keys != null || compared.length === Object.keys(prev).length) &&
    compared.every((k) => Object.is(prev[k], next[k]));
  if (!same) ref.current = value;
  return ref.current;
}

export interface FollowOptions {
  /** Follow a story step in the render after (default), or at once (the story section itself). */
  story?: boolean;
  /** Take a new selected country in the render after too (the rankings: the map outlines it first). */
  country?: boolean;
  /**
   * The URL keys the section reads. A change to any other key keeps the props' identity, so the
   * memoised section skips that render; the keys it does not read may then be out of date in it.
   */
  reads?: readonly (keyof AppState)[];
  /** Pass the shared hover on (default), or not (a section that shows no hover: the stories). */
  hover?: boolean;
  /**
   * The date, year and story from `useAfterMap` instead: the section follows a change of them only
   * once the map has drawn it (instead of in the render after, with the map).
   */
  after?: AfterMap;
}

/** The keys of a date or a story that the views after the map take a frame late. */
export type AfterMap = Pick<AppState, "date" | "year" | "story">;

/**
 * The date, year and story as the map has them, handed on one frame later: they change in a
 * transition that starts after the frame that shows the map's change (an animation frame, then a
 * task). The map takes a new date or year at once (a story step, with its year, in the render after
 * the story card), and the rankings, the timeline and the stories follow in a render that yields to
 * input; a key held down on the date redraws the map at each step and the rest once it is let go.
 */
export function useAfterMap(state: AppState): AfterMap {
  const date = useDeferredValue(state.date);
  const year = useDeferredValue(state.year);
  const story = useDeferredValue(state.story);
  const [later, setLater] = useState<AfterMap>({ date, year, story });
  useEffect(() => {
    if (later.date === date && later.year === year && later.story === story) return;
    let t: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      t = setTimeout(() => startTransition(() => setLater({ date, year, story })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(t);
    };
  }, [later, date, year, story]);
  // Until the rest has the new date, year or story, chart motion waits (a running bar race would
  // otherwise interrupt the map's render at every frame).
  const pending = state.date !== later.date || state.year !== later.year || state.story !== later.story;
  useLayoutEffect(() => (pending ? holdMotion() : undefined), [pending]);
  return later;
}

/**
 * The linked props for the sections that follow a story step in the render after (the map and the
 * rankings): their `state.story` is deferred, with the year and the selection a story step changes,
 * and the object keeps its identity in the urgent render of a story step, so a memoised section
 * skips that render and the story card answers sooner. A year changed on its own reaches them at once.
 * With `{ country: true }` (the rankings) a new selection waits for the render after too, so the
 * urgent render of a tap on the map is the map's outline alone. Any other change (measure, sort,
 * hover) reaches them in the urgent render as before.
 */
export function useFollowingLinks(
  linked: LinkedProps,
  { story: deferStory = true, country: deferCountry = false, reads, hover = true, after }: FollowOptions = {},
): LinkedProps {
  const { state, setState, setHovered } = linked;
  const hovered = hover ? linked.hovered : null;
  const deferredStory = useDeferredValue(state.story);
  const deferredYear = useDeferredValue(state.year);
  const deferredCountry = useDeferredValue(state.country);
  // A story step moves the year too: that year follows with the story, in the render after. A year
  // chosen alone (the date slider, its keys, Play) is taken at once: the map is the view the reader
  // moved, and drawing it in the same render as the slider saves a frame and a render of its own.
  const story = !deferStory ? state.story : after ? after.story : deferredStory;
  const storyWaits = deferStory && state.story !== deferredStory;
  const year = after ? after.year : storyWaits ? deferredYear : state.year;
  const date = after ? after.date : state.date;
  // A story step clears the selected country too: that also waits with the story.
  const country = deferCountry || storyWaits ? deferredCountry : state.country;
  const following = useShallowStable(
    story === state.story && year === state.year && country === state.country && date === state.date
      ? state
      : { ...state, story, year, country, date },
    reads,
  );
  return useMemo(
    () => ({ state: following, setState, hovered, setHovered }),
    [following, setState, hovered, setHovered],
  );
}
