import { queryOptions } from "@tanstack/react-query";
import { DEFAULT_DATE, LATER_DATE, type ReportDate, YEAR_SPAN } from "../lib/calendar";
import { formatDate } from "../lib/format";
import { fetchJson, type Slices } from "./fetch-json";
import type {
  ContributorsFile,
  CountriesFile,
  DeploymentsFile,
  EventsFile,
  HeadlineFile,
  HistoryFile,
  MissionsFile,
  PoliceByYearFile,
  Schemas,
  StoriesFile,
  TopologyFile,
} from "./schema";

/** A dataset's file, the name a reader sees in an error, and the name of its schema. */
function dataset<K extends keyof Schemas>(file: string, label: string, schema: K) {
  return { file, label, schema };
}

/**
 * A dataset's schema (and, for the history, its slices), from the schema chunk: zod and the schemas
 * load with the first data file, in parallel with it, not with the page's entry script.
 */
export async function checkerFor(
  name: DatasetName,
): Promise<{ schema: Schemas[keyof Schemas]; slices?: Slices }> {
  const { schemas } = await import("./schema");
  const all = schemas();
  const schema = all[DATASETS[name].schema];
  return name === "history"
    ? { schema, slices: { key: "years", shell: all.historyShell, item: all.historyYear } }
    : { schema };
}

/** Every dataset the app loads. */
export const DATASETS = {
  headline: dataset("headline.json", "headline figures", "headlineFile"),
  contributors: dataset(
    `contributors-${DEFAULT_DATE}.json`,
    "police contributions by country",
    "contributorsFile",
  ),
  deployments: dataset(
    `deployments-${DEFAULT_DATE}.json`,
    "police by mission and country",
    "deploymentsFile",
  ),
  // The second report date: loaded only when a visitor asks for it.
  "contributors-later": dataset(
    `contributors-${LATER_DATE}.json`,
    `police contributions by country, ${formatDate(LATER_DATE)}`,
    "contributorsFile",
  ),
  "deployments-later": dataset(
    `deployments-${LATER_DATE}.json`,
    `police by mission and country, ${formatDate(LATER_DATE)}`,
    "deploymentsFile",
  ),
  missions: dataset("missions.json", "mission details", "missionsFile"),
  policeByYear: dataset("police-by-year.json", "yearly police series", "policeByYearFile"),
  // 18 years of figures: checked a year per task, so loading it at idle time makes no long task.
  history: dataset("history.json", `December history ${YEAR_SPAN}`, "historyFile"),
  events: dataset("events.json", "timeline events", "eventsFile"),
  stories: dataset("stories.json", "stories", "storiesFile"),
  countries: dataset("countries.json", "country names", "countriesFile"),
  topology: dataset("world-110m.json", "world map shapes", "topologyFile"),
} as const;

export type DatasetName = keyof typeof DATASETS;

/** Datasets the first view (header, map, figures) needs: pre-rendered into index.html. */
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
export interface DatasetTypes {
  headline: HeadlineFile;
  contributors: ContributorsFile;
  deployments: DeploymentsFile;
  "contributors-later": ContributorsFile;
  "deployments-later": DeploymentsFile;
  missions: MissionsFile;
  policeByYear: PoliceByYearFile;
  history: HistoryFile;
  events: EventsFile;
  stories: StoriesFile;
  countries: CountriesFile;
  topology: TopologyFile;
}

/** The two report files (by country, by mission and country) for a report date. */
export function reportDatasets(date: ReportDate) {
  return date === DEFAULT_DATE
    ? (["contributors", "deployments"] as const)
    : (["contributors-later", "deployments-later"] as const);
}

/**
 * The data files the build validated, by name, with their SHA-256 (the boot block that
 * scripts/prerender.mjs writes into index.html). Absent on the dev server and in tests: every file
 * is then checked as it loads.
 */
let builtChecks: Record<string, string> | null = null;
export function builtCheck(file: string): string | undefined {
  if (!builtChecks) {
    builtChecks = {};
    try {
      const block = typeof document === "undefined" ? null : document.getElementById("atlas-boot");
      const checked = block ? (JSON.parse(block.textContent ?? "{}") as { checked?: unknown }).checked : null;
      if (checked && typeof checked === "object") builtChecks = checked as Record<string, string>;
    } catch {
      // No usable block: check every file.
    }
  }
  return builtChecks[file];
}

export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;

export const datasetKeys = {
  all: ["dataset"] as const,
  one: (name: DatasetName) => ["dataset", name] as const,
};

/** react-query options for one dataset: static files, so never stale, and cache-first offline. */
export function datasetQuery<N extends DatasetName>(name: N) {
  const d = DATASETS[name];
  return queryOptions({
    queryKey: datasetKeys.one(name),
    queryFn: ({ signal }) =>
      fetchJson(dataUrl(d.file), () => checkerFor(name), d.label, signal, builtCheck(d.file)) as Promise<
        DatasetTypes[N]
      >,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    networkMode: "offlineFirst",
  });
}
