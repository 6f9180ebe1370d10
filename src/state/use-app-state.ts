import { useCallback, useMemo, useRef } from "react";
import type { Country, Story } from "../data/schema";
import { useDatasets } from "../data/use-datasets";
import { checkAgainstData, normalisePatch, withStoryYear } from "./rules";
import type { AppState } from "./url-state";
import { type SetState, useUrlState } from "./use-url-state";

export interface AppStateResult {
  /** The URL's state, checked against the data once the countries and stories have loaded. */
  state: AppState;
  /** Writes a patch to the URL; choosing a story also moves every view to its year. */
  setState: SetState;
  /** Link parameters that were not understood or name nothing in the data, for the notice. */
  ignored: string[];
  countries: readonly Country[] | null;
  stories: readonly Story[] | null;
}

/** The URL state with the rules between its keys applied (src/state/rules.ts). */
export function useAppState(): AppStateResult {
  const [{ state: urlState, ignored: urlIgnored }, setUrlState] = useUrlState();
  const lookups = useDatasets("countries", "stories");
  const countries = lookups.status === "success" ? lookups.data[0].rows : null;
  const stories = lookups.status === "success" ? lookups.data[1].stories : null;
  const checked = useMemo(
    () => checkAgainstData(urlState, countries, stories),
    [urlState, countries, stories],
  );
  // The setter reads the stories through a ref, so it keeps its identity (the memoised sections and
  // the presentation's effects depend on it) while the stories load.
  const storiesRef = useRef(stories);
  storiesRef.current = stories;
  const setState = useCallback<SetState>(
    (patch, opts) => setUrlState(normalisePatch(withStoryYear(patch, storiesRef.current)), opts),
    [setUrlState],
  );
  return {
    state: checked.state,
    setState,
    ignored: [...urlIgnored, ...checked.ignored],
    countries,
    stories,
  };
}
