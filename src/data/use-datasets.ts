import type { QueryObserverResult } from "@tanstack/react-query";
import { type DatasetName, type DatasetTypes, datasetQuery } from "./datasets";
import { DataError } from "./fetch-json";
import { useQueriesInTransition } from "./use-queries-in-transition";

export type DatasetsResult<K extends readonly DatasetName[]> =
  | { status: "pending" }
  | { status: "error"; errors: DataError[]; retry: () => void }
  | { status: "success"; data: { [I in keyof K]: DatasetTypes[K[I]] } };

type AnyResult = DatasetsResult<readonly DatasetName[]>;
type AnyResultData = Extract<AnyResult, { status: "success" }>["data"];
interface Plan {
  queries: ReturnType<typeof datasetQuery>[];
  combine: (results: QueryObserverResult<unknown, Error>[]) => AnyResult;
}

/**
 * A loaded list, as an instance of a class: react-query compares a new combined result with the
 * last one (`replaceEqualDeep`) and descends only into plain objects. When a view's list changed
 * (the report date's file for the history, a year chosen) it compared the two files and handed out
 * a shallow copy of the new one, so each view had a copy of its own and nothing memoised by file
 * (each December's figures, shaped once for all views) was found again; every later change then
 * compared the whole history, object by object.
 */
class Loaded {
  readonly status = "success";
  constructor(readonly data: AnyResultData) {}
}

/**
 * The options of `useQueries` (the queries and their `combine`) for one list of datasets, made once
 * per list. They keep their identity across renders, so react-query neither defaults the queries
 * again nor re-runs `combine` when nothing has loaded. (Its effect that passes the options on to the
 * observer still runs on every render: `useQueries` takes its options apart with a rest pattern.)
 */
const plans = new Map<string, Plan>();
function planFor(names: readonly DatasetName[]): Plan {
  const key = names.join(",");
  let plan = plans.get(key);
  if (!plan) {
    const list = [...names];
    plan = {
      queries: list.map((n) => datasetQuery(n)),
      combine: (results) => {
        const errors = results
          .map((r, i) =>
            r.error
              ? r.error instanceof DataError
                ? r.error
                : new DataError("missing", list[i] ?? "data", "", r.error.message)
              : null,
          )
          .filter((e): e is DataError => e != null);
        if (errors.length)
          return {
            status: "error",
            errors,
            retry: () => {
              for (const r of results) if (r.isError) void r.refetch();
            },
          };
        if (results.some((r) => r.data === undefined)) return { status: "pending" };
        return new Loaded(results.map((r) => r.data) as AnyResultData);
      },
    };
    plans.set(key, plan);
  }
  return plan;
}

/**
 * Loads several datasets together: one status, every failure named. A file that arrives redraws
 * the view in a transition (useQueriesInTransition), in slices the browser can interrupt.
 */
export function useDatasets<const K extends readonly DatasetName[]>(...names: K): DatasetsResult<K> {
  const plan = planFor(names);
  return useQueriesInTransition(plan.queries, plan.combine) as DatasetsResult<K>;
}

/** One file a view can do without: its data, or null with the errors when it failed (null while loading). */
export interface Optional<T> {
  data: T | null;
  errors: DataError[] | null;
  retry: () => void;
}
const noRetry = () => undefined;

/** Loads a dataset that a view draws without (markers, flows, stories): its failure is a notice. */
export function useOptionalDataset<N extends DatasetName>(name: N): Optional<DatasetTypes[N]> {
  const r = useDatasets(name);
  if (r.status === "success") return { data: r.data[0], errors: null, retry: noRetry };
  if (r.status === "error") return { data: null, errors: r.errors, retry: r.retry };
  return { data: null, errors: null, retry: noRetry };
}

interface CachedPlan {
  queries: ReturnType<typeof datasetQuery>[];
  combine: (results: QueryObserverResult<unknown, Error>[]) => unknown;
}
const firstData = (results: QueryObserverResult<unknown, Error>[]) => results[0]?.data;
/** One never-fetching query per dataset, made once, so its options keep their identity. */
const cachedPlans = new Proxy({} as Record<DatasetName, CachedPlan>, {
  get(plans, name: DatasetName) {
    plans[name] ??= { queries: [{ ...datasetQuery(name), enabled: false }], combine: firstData };
    return plans[name];
  },
});

/**
 * A dataset if it is already loaded (or once something else loads it), without asking for it: the
 * history's small lines appear once the idle-time prefetch or a year switch has brought the file.
 */
export function useCachedDataset<N extends DatasetName>(name: N): DatasetTypes[N] | undefined {
  const plan = cachedPlans[name] as CachedPlan;
  return useQueriesInTransition(plan.queries, plan.combine) as DatasetTypes[N] | undefined;
}
