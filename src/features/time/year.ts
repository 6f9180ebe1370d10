import { type QueryObserverResult, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { datasetQuery } from "../../data/datasets";
import { useQueriesInTransition } from "../../data/use-queries-in-transition";
import { whenIdle } from "../../lib/tasks";
import type { SetState } from "../../state/use-url-state";

/**
 * Chooses the December every view shows (null: back to the report date). The history file loads
 * first, so the views change in one step with no loading line between; only the last year asked
 * for is applied. A file that fails still switches, and the views then say which file and why.
 */
export function useChooseYear(setState: SetState) {
  const client = useQueryClient();
  const last = useRef<number | null>(null);
  return useCallback(
    (year: number | null, opts?: { replace?: boolean }) => {
      last.current = year;
      if (year == null) return setState({ year: null }, opts);
      const apply = () => {
        if (last.current === year) setState({ year }, opts);
      };
      if (client.getQueryData(datasetQuery("history").queryKey)) apply();
      else void client.prefetchQuery(datasetQuery("history")).then(apply);
    },
    [client, setState],
  );
}

/**
 * Loads the history (and the country panel's code) while the browser is idle after the first view,
 * and shapes its years, so the first year switch and the first selection are quick.
 */
export function usePrefetchHistory(enabled: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const load = () => {
      // Then each December's figures, shaped ahead of a first switch to it.
      void client
        .prefetchQuery(datasetQuery("history"))
        .then(() => (cancelled ? null : import("./warm-years")))
        .then((m) => m?.warmYears(client, () => cancelled));
      // The country panel's chunk too, so a visitor's first selection does not wait for it.
      void import("../country-panel/CountryPanel");
    };
    const cancel = whenIdle(load, { timeout: 4000, fallback: 1500 });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [client, enabled]);
}

/**
 * The year a view can show now: the year asked for once the history is loaded (or has failed, so
 * the view names the file), and until then the year shown before, so a story step or a first year
 * switch never blanks the map for a loading line. A deep link shows its year (loading) at once.
 */
const HISTORY_WANTED = [{ ...datasetQuery("history"), enabled: true }];
const HISTORY_NOT_YET = [{ ...datasetQuery("history"), enabled: false }];
const settledState = (results: QueryObserverResult<unknown, Error>[]) => ({
  data: results[0]?.data,
  isError: results[0]?.isError ?? false,
});

export function useSettledYear(year: number | null): number | null {
  const q = useQueriesInTransition(year != null ? HISTORY_WANTED : HISTORY_NOT_YET, settledState);
  const settled = useRef(year);
  if (year == null || q.data !== undefined || q.isError) settled.current = year;
  return settled.current;
}
