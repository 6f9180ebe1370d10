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

/** How a key item's mark is drawn: a map swatch, or one of the charts' other marks. */
export type KeyMark =
  | "swatch"
  | "outline"
  | "dot"
  | "ring"
  | "arc"
  | "line"
  | "event"
  | "event-open"
  | "story"
  | "band";

/** One entry of an export's key: a swatch (the default) or another mark, with its label. */
export interface KeyItem extends LegendItem {
  mark?: KeyMark;
  /** Text inside the mark (a story's number). */
  text?: string;
}

export interface ExportLegend {
  title: string;
  items: KeyItem[];
}

export type CsvCell = string | number | null;

/**
 * A spec made only when a visitor opens the menu: `build` may load the code that makes it (the
 * map's export is a chunk of its own, so the first view neither carries it nor rebuilds its CSV
 * rows on every change of the map). `title` names the chart on the closed menu's button.
 */
export interface DeferredSpec {
  id: ExportId;
  title: string;
  build: () => Promise<ExportSpec>;
}

export interface ExportSpec {
  id: ExportId;
  /** e.g. "Where UN police come from" */
  title: string;
  /** Names the measure and the as-of date, e.g. "Police officers contributed by country, 30 June 2024". */
  subtitle: string;
  /** From the data file's `source`: readable titles with dates, never file names. */
  source: string;
  /** The terms the data (and the map's shapes) are used under, in one line (data/sources licenceLine). */
  licence: string;
  /** ISO date from the data. */
  asOf: string;
  /** File name without extension, with the report date: "un-police-top-contributors-2024-06-30". */
  fileBase: string;
  /** The key: one entry for every kind of mark the image shows. */
  legend?: ExportLegend;
  /** The part of the chart's viewBox to export (the map: the world without the frame's empty margins). */
  box?: { x: number; y: number; width: number; height: number };
  /** In a fixed frame (social, square), draw the key inside the chart's lower-left corner (the map's empty ocean). */
  keyInset?: boolean;
  /**
   * Adapts the chart's copy to the exported size before its styles are read: e.g. the map places
   * its mission labels again at a size readable in the image. `pxPerUnit`: image pixels per unit of
   * the chart's viewBox; `minPx`: the smallest text the image may have; `covered`: the parts of the
   * chart's viewBox the image covers (a key drawn inside it), where no label should go.
   */
  adaptChart?: (svg: SVGSVGElement, pxPerUnit: number, minPx: number, covered: readonly ChartBox[]) => void;
  /** The data as shown: country, ISO code, value, rank, as-of, source. */
  csv: { header: string[]; rows: CsvCell[][] };
  /** Plain-language description generated from the data shown (see draftAltText). */
  altText: string;
  /** False while data loads or failed: the menu's actions are disabled with notReadyReason. */
  ready: boolean;
  notReadyReason?: string;
}

export type Background = "light" | "transparent";

/** A box in a chart's own coordinates. */
export interface ChartBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What the user picked in the menu. */
export type SizeChoice =
  | { kind: "screen"; scale: 1 | 2 }
  | { kind: "preset"; width: number; height: number }
  | { kind: "custom"; width: number };
