// The contract between a chart and the export machinery. A chart (or its section) builds one
// ExportSpec from the data it shows and hands it to <ExportMenu spec={...} />.

export type ExportId = "map" | "contributors-chart" | "missions-chart" | "timeline-chart";

export const EXPORT_IDS: readonly ExportId[] = [
  "map",
  "contributors-chart",
  "missions-chart",
  "timeline-chart",
];

import type { LegendItem } from "../lib/palette";

export type { LegendItem };

export interface ExportLegend {
  title: string;
  items: LegendItem[];
}

export type CsvCell = string | number | null;

export interface ExportSpec {
  id: ExportId;
  /** e.g. "Where UN police come from" */
  title: string;
  /** Names the measure and the as-of date, e.g. "Police officers contributed by country, 30 June 2024". */
  subtitle: string;
  /** From the data file's `source`. */
  source: string;
  /** ISO date from the data. */
  asOf: string;
  /** File name without extension, with the report date: "un-police-top-contributors-2024-06-30". */
  fileBase: string;
  legend?: ExportLegend;
  /** The data as shown: country, ISO code, value, rank, as-of, source. */
  csv: { header: string[]; rows: CsvCell[][] };
  /** Plain-language description generated from the data shown (see draftAltText). */
  altText: string;
  /** False while data loads or failed: the menu's actions are disabled with notReadyReason. */
  ready: boolean;
  notReadyReason?: string;
}

export type Background = "light" | "transparent";

/** What the user picked in the menu. */
export type SizeChoice =
  | { kind: "screen"; scale: 1 | 2 }
  | { kind: "preset"; width: number; height: number }
  | { kind: "custom"; width: number };
