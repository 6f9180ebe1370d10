// The rules between the URL's keys, as pure functions: what the data rules out, what a story does to
// the year, and what the live region says after a change. App applies them; they are tested here.
import type { Country, Story } from "../data/schema";
import { canonicalTime, DEFAULT_DATE } from "../lib/calendar";
import { formatDate } from "../lib/format";
import type { AppState } from "./url-state";

/** Presentation mode's number of steps: the overview, the map, one per story, the ranking. */
export const stepCount = (storyCount: number) => storyCount + 3;

export interface Checked {
  state: AppState;
  /** The keys dropped, for the notice that says part of the link was ignored. */
  ignored: string[];
}

/**
 * Drops a country code or story id that is well formed but not in the data (and a step past the
 * end), so a stale or mistyped link shows the default view with a notice. Until the data has loaded
 * (null), the URL's values pass through: nothing waits on this check.
 */
export function checkAgainstData(
  state: AppState,
  countries: readonly Country[] | null,
  stories: readonly Story[] | null,
): Checked {
  const ignored: string[] = [];
  const next = { ...state };
  if (countries && state.country && !countries.some((c) => c.iso3 === state.country)) {
    next.country = null;
    ignored.push("country");
  }
  if (stories && state.story && !stories.some((s) => s.id === state.story)) {
    next.story = null;
    ignored.push("story");
  }
  // A link to a story alone (no date) shows the story's year, as choosing it on the page does.
  const linked = stories?.find((s) => s.id === next.story);
  if (linked && next.year == null && next.date === DEFAULT_DATE && next.step == null)
    Object.assign(next, canonicalTime(linked.years[0] ?? null, DEFAULT_DATE));
  if (stories && state.step != null && state.step > stepCount(stories.length)) {
    next.step = null;
    ignored.push("step");
  }
  return { state: next, ignored };
}

/**
 * Choosing a story moves every view to the story's year (its first), unless the patch sets a year
 * itself. Until the stories have loaded (null), the patch is left as it is.
 */
export function withStoryYear(patch: Partial<AppState>, stories: readonly Story[] | null): Partial<AppState> {
  if (!patch.story || patch.year !== undefined) return patch;
  const story = stories?.find((s) => s.id === patch.story);
  return story ? { ...patch, year: story.years[0] } : patch;
}

/**
 * A patch's date in the one form the URL keeps (lib/calendar canonicalTime): a year moves every view
 * to its December (`year=2024` is the 31 December 2024 report), a report date alone clears the year.
 * A story or a country clears the other: the reading column shows one selection.
 */
export function normalisePatch(patch: Partial<AppState>): Partial<AppState> {
  const next = { ...patch };
  if (typeof patch.year === "number")
    Object.assign(next, canonicalTime(patch.year, patch.date ?? DEFAULT_DATE));
  else if (patch.date !== undefined && patch.year === undefined) next.year = null;
  // Presentation steps (a patch with a step) leave the page's selection as it was.
  if (patch.story && patch.country === undefined && patch.step === undefined) next.country = null;
  if (patch.country && patch.story === undefined && patch.step === undefined) next.story = null;
  return next;
}

/** The short sentence the live region says after a change the visitor made (null: say nothing). */
export function announcementFor(
  prev: AppState,
  now: AppState,
  countries: readonly Country[] | null,
  stories: readonly Story[] | null,
): string | null {
  const storyText = (id: string) => {
    const i = stories?.findIndex((s) => s.id === id) ?? -1;
    const s = stories?.[i];
    return s && stories ? `Story ${i + 1} of ${stories.length}: ${s.theme}` : null;
  };
  if (now.step !== prev.step) {
    if (now.step == null) return "Left presentation mode";
    const head = stories ? `Step ${now.step} of ${stepCount(stories.length)}` : `Step ${now.step}`;
    return now.story ? `${head}. ${storyText(now.story) ?? ""}` : head;
  }
  if (now.story !== prev.story) return now.story ? storyText(now.story) : "Story closed";
  if (now.year !== prev.year && now.year != null) return `Map and rankings: figures for December ${now.year}`;
  if (now.date !== prev.date || now.year !== prev.year)
    return `Map and rankings: figures for ${formatDate(now.date)}`;
  if (now.country !== prev.country) {
    if (!now.country) return "Selection cleared";
    const c = countries?.find((r) => r.iso3 === now.country);
    return c ? `${c.name} selected` : null;
  }
  return null;
}
