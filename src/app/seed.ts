import type { QueryClient } from "@tanstack/react-query";
import { DATASETS, type DatasetName, datasetKeys } from "../data/datasets";

/** Datasets the first view (header, map, figures) needs: pre-rendered and embedded in index.html. */
export const PRERENDERED: DatasetName[] = [
  "headline",
  "countries",
  "contributors",
  "deployments",
  "missions",
  "policeByYear",
  "stories",
  "topology",
];

/** Validates embedded data with the real schemas and puts it in the cache; false if any fails. */
export function seedQueryClient(client: QueryClient, data: Record<string, unknown>): boolean {
  const parsed: [DatasetName, unknown][] = [];
  for (const name of PRERENDERED) {
    const result = DATASETS[name].schema.safeParse(data[name]);
    if (!result.success) return false;
    parsed.push([name, result.data]);
  }
  for (const [name, value] of parsed) client.setQueryData(datasetKeys.one(name), value);
  return true;
}
