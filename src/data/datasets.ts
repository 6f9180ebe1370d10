import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import type {
  ContributorsFile,
  CountriesFile,
  DeploymentsFile,
  EventsFile,
  HeadlineFile,
  MissionsFile,
  PoliceByYearFile,
  StoriesFile,
  TopologyFile,
} from "./schema";
import { schemas } from "./schema";

/** The report date shown by default (facts.md: the article quotes mid-2024 figures). */
export const DEFAULT_DATE = "2024-06-30";

/** Every dataset the app loads: file, the name a reader sees in an error, and its schema (built on first use). */
export const DATASETS = {
  headline: {
    file: "headline.json",
    label: "headline figures",
    get schema() {
      return schemas().headlineFile;
    },
  },
  contributors: {
    file: `contributors-${DEFAULT_DATE}.json`,
    label: "police contributions by country",
    get schema() {
      return schemas().contributorsFile;
    },
  },
  deployments: {
    file: `deployments-${DEFAULT_DATE}.json`,
    label: "police by mission and country",
    get schema() {
      return schemas().deploymentsFile;
    },
  },
  missions: {
    file: "missions.json",
    label: "mission details",
    get schema() {
      return schemas().missionsFile;
    },
  },
  policeByYear: {
    file: "police-by-year.json",
    label: "yearly police series",
    get schema() {
      return schemas().policeByYearFile;
    },
  },
  events: {
    file: "events.json",
    label: "timeline events",
    get schema() {
      return schemas().eventsFile;
    },
  },
  stories: {
    file: "stories.json",
    label: "stories",
    get schema() {
      return schemas().storiesFile;
    },
  },
  countries: {
    file: "countries.json",
    label: "country names",
    get schema() {
      return schemas().countriesFile;
    },
  },
  topology: {
    file: "world-110m.json",
    label: "world map shapes",
    get schema() {
      return schemas().topologyFile;
    },
  },
} as const;

export type DatasetName = keyof typeof DATASETS;
export interface DatasetTypes {
  headline: HeadlineFile;
  contributors: ContributorsFile;
  deployments: DeploymentsFile;
  missions: MissionsFile;
  policeByYear: PoliceByYearFile;
  events: EventsFile;
  stories: StoriesFile;
  countries: CountriesFile;
  topology: TopologyFile;
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
      fetchJson(dataUrl(d.file), d.schema, d.label, signal) as Promise<DatasetTypes[N]>,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    networkMode: "offlineFirst",
  });
}
