import {
  notifyManager,
  QueriesObserver,
  type QueryObserverOptions,
  type QueryObserverResult,
  useQueryClient,
} from "@tanstack/react-query";
import { startTransition, useEffect, useMemo, useRef, useState } from "react";

type Options = QueryObserverOptions<unknown, Error, unknown, unknown, readonly unknown[]>;

/**
 * react-query's `useQueries`, except that a file arriving (or failing) redraws the views in a
 * transition. `useQueries` reads its observer through useSyncExternalStore, whose updates React
 * always renders synchronously: a file that came in after the first view (the history at idle
 * time, the events for the timeline) redrew every view that used it in one task, 130 to 190 ms at
 * 4x CPU. In a transition React draws them in slices and a tap in between is answered at once.
 * The result is read from the same observer, with the same tracked properties and the same
 * memoised `combine`; `queries` and `combine` should keep their identity between renders.
 */
export function useQueriesInTransition<R>(
  // react-query's own option types for each dataset; read here as plain observer options.
  queries: readonly object[],
  combine: (results: QueryObserverResult<unknown, Error>[]) => R,
): R {
  const client = useQueryClient();
  const defaulted = useMemo(
    () =>
      queries.map((q) => {
        const d = client.defaultQueryOptions(q as Options);
        // As useQueries does: a query about to fetch reads as fetching in this render already.
        d._optimisticResults = "optimistic";
        return d;
      }),
    [client, queries],
  );
  const [observer] = useState(() => new QueriesObserver(client, defaulted, { combine }));
  const [, redraw] = useState(0);
  useEffect(() => {
    observer.setQueries(defaulted, { combine });
  }, [observer, defaulted, combine]);
  const drawn = useRef<QueryObserverResult<unknown, Error>[]>([]);
  useEffect(() => {
    const later = () => startTransition(() => redraw((n) => n + 1));
    const unsubscribe = observer.subscribe(notifyManager.batchCalls(later));
    // A file that settled between this view's render and its subscription sends no notice.
    const now = observer.getCurrentResult();
    if (now.some((r, i) => changed(r, drawn.current[i]))) later();
    return unsubscribe;
  }, [observer]);
  const [results, getCombinedResult, trackResult] = observer.getOptimisticResult(defaulted, combine);
  drawn.current = results;
  return getCombinedResult(trackResult());
}

const changed = (
  a: QueryObserverResult<unknown, Error>,
  b: QueryObserverResult<unknown, Error> | undefined,
) => !b || a.status !== b.status || a.data !== b.data || a.error !== b.error;
