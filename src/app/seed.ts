// The server side of the pre-render (src/entry-server.tsx) and its tests: the first view's data,
// validated with the real schemas, into a query client. The browser's entry never imports this file,
// so zod stays out of the entry script (it loads with the first data file: data/datasets checkerFor).
import type { QueryClient } from "@tanstack/react-query";
import { DATASETS, type DatasetName, datasetKeys, PRERENDERED } from "../data/datasets";
import { schemas } from "../data/schema";

export { PRERENDERED };

/** Validates embedded data with the real schemas and puts it in the cache; false if any fails. */
export function seedQueryClient(client: QueryClient, data: Record<string, unknown>): boolean {
  const all = schemas();
  const parsed: [DatasetName, unknown][] = [];
  for (const name of PRERENDERED) {
    const result = all[DATASETS[name].schema].safeParse(data[name]);
    if (!result.success) return false;
    parsed.push([name, result.data]);
  }
  for (const [name, value] of parsed) client.setQueryData(datasetKeys.one(name), value);
  return true;
}
