import { useQueries } from "@tanstack/react-query";
import { type DatasetName, type DatasetTypes, datasetQuery } from "./datasets";
import { DataError } from "./fetch-json";

export type DatasetsResult<K extends readonly DatasetName[]> =
  | { status: "pending" }
  | { status: "error"; errors: DataError[]; retry: () => void }
  | { status: "success"; data: { [I in keyof K]: DatasetTypes[K[I]] } };

/** Loads several datasets together: one status, every failure named. */
export function useDatasets<const K extends readonly DatasetName[]>(...names: K): DatasetsResult<K> {
  return useQueries({
    queries: names.map((n) => datasetQuery(n)),
    combine: (results) => {
      const errors = results
        .map((r, i) =>
          r.error
            ? r.error instanceof DataError
              ? r.error
              : new DataError("missing", names[i] ?? "data", "", r.error.message)
            : null,
        )
        .filter((e): e is DataError => e != null);
      if (errors.length)
        return {
          status: "error" as const,
          errors,
          retry: () => {
            for (const r of results) if (r.isError) void r.refetch();
          },
        };
      if (results.some((r) => r.data === undefined)) return { status: "pending" as const };
      return {
        status: "success" as const,
        data: results.map((r) => r.data) as { [I in keyof K]: DatasetTypes[K[I]] },
      };
    },
  });
}
