import { useCallback, useMemo, useSyncExternalStore } from "react";
import { type AppState, type Parsed, parseState, serialiseState } from "./url-state";

const CHANGE = "atlas:urlchange";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type SetState = (patch: Partial<AppState>, opts?: { replace?: boolean }) => void;

/** Writes a state patch to the URL: push by default (Back undoes it), replace for transient steps. */
export function writeState(patch: Partial<AppState>, opts?: { replace?: boolean }) {
  const { state } = parseState(window.location.search);
  const next = { ...state, ...patch };
  const extra = new URLSearchParams(window.location.search);
  const search = serialiseState(next, extra);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (opts?.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(CHANGE));
}

/** The app state, read from and written to the query string. */
export function useUrlState(): [Parsed, SetState] {
  const search = useSyncExternalStore(subscribe, getSearch, () => "");
  const parsed = useMemo(() => parseState(search), [search]);
  const set = useCallback<SetState>((patch, opts) => writeState(patch, opts), []);
  return [parsed, set];
}
