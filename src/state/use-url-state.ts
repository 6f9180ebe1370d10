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

/**
 * A change not yet in the browser's history: the views take it at once, and the address bar a frame
 * later (writeState). Writing history costs the main thread about 5 ms (20 ms at 4x CPU), which
 * a story step or a date step would otherwise pay before its first frame.
 */
let pending: { search: string; url: string; replace: boolean; from: string } | null = null;

/**
 * Where the history is: the address, and the number this module wrote in the entry's state (each
 * write a new one), so a change made elsewhere meanwhile (Back, Forward, another script) is told
 * apart even when it comes back to the same address.
 */
let writes = 0;
const here = () =>
  `${window.location.href} ${(window.history.state as { atlas?: number } | null)?.atlas ?? ""}`;

/** The address's query, or the change waiting for it, unless the history has moved on since. */
const getSearch = () => (pending && here() === pending.from ? pending.search : window.location.search);

/**
 * Writes the change waiting for the history, if any. If the history moved on meanwhile (Back,
 * Forward), the change is dropped and the views follow the address.
 */
function flush() {
  const p = pending;
  pending = null;
  if (!p) return;
  if (here() === p.from) {
    if (p.replace) window.history.replaceState({ atlas: ++writes }, "", p.url);
    else window.history.pushState({ atlas: ++writes }, "", p.url);
  }
  window.dispatchEvent(new Event(CHANGE));
}

export type SetState = (patch: Partial<AppState>, opts?: { replace?: boolean }) => void;

/**
 * Writes a state patch to the URL: push by default (Back undoes it), replace for transient steps.
 * The views follow at once; the history is written after the next frame (or within 200 ms in a
 * hidden tab). A push first writes a change still waiting, so each push has its own entry; a
 * replace joins the change waiting.
 */
export function writeState(patch: Partial<AppState>, opts?: { replace?: boolean }) {
  const current = getSearch();
  const { state } = parseState(current);
  const next = { ...state, ...patch };
  const search = serialiseState(next, new URLSearchParams(current));
  if (search === current) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  // Every change that asks for a history entry gets its own: one waiting is written first.
  if (pending && opts?.replace !== true) flush();
  if (pending && here() !== pending.from) pending = null;
  if (!pending) {
    requestAnimationFrame(() => setTimeout(flush, 0));
    setTimeout(flush, 200);
  }
  pending = {
    search,
    url,
    replace: pending ? pending.replace : opts?.replace === true,
    from: pending?.from ?? here(),
  };
  window.dispatchEvent(new Event(CHANGE));
}

/** The app state, read from and written to the query string. */
export function useUrlState(): [Parsed, SetState] {
  const search = useSyncExternalStore(subscribe, getSearch, () => "");
  const parsed = useMemo(() => parseState(search), [search]);
  const set = useCallback<SetState>((patch, opts) => writeState(patch, opts), []);
  return [parsed, set];
}
