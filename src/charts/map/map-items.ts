// What the map's marks stand for, and the one codec between a mark's `data-key` and its item.
import type { SparkPoint } from "../shared/sparkline";
import type { CountryShape } from "./geometry";

/**
 * A thing on the map a reader can point at: a country, a mission's marker, or a topology shape the
 * country list does not know (drawn as "no data", never selectable as a country).
 */
export type MapItem =
  | { kind: "country"; iso3: string }
  | { kind: "mission"; acronym: string }
  | { kind: "unknown-shape"; key: string };

/** What the tooltip shows for an item: a title, then one line each. */
export interface TipContent {
  title: string;
  lines: readonly string[];
}

/** The tooltip's small line: the country's police per December, once the history is known. */
export interface TipSeries {
  points: readonly SparkPoint[];
  year: number | null;
  caption: string;
}

/**
 * A country's figure under the measure shown, or null for "no data" (drawn hatched, never zero).
 * A country the map has no figure for has none: zero.
 */
export type MapValues = ReadonlyMap<string, number | null>;

/** A mission's marker: its headquarters and police strength (its name is its tooltip's text). */
export interface MarkerSpec {
  acronym: string;
  name: string;
  coordinates: [number, number];
  police: number | null;
}

const MISSION = "m:";
const UNKNOWN_SHAPE = "s:";

/** The `data-key` of an item's mark: "RWA", "m:UNISFA", "s:999". */
export function itemKey(item: MapItem): string {
  if (item.kind === "country") return item.iso3;
  if (item.kind === "mission") return `${MISSION}${item.acronym}`;
  return `${UNKNOWN_SHAPE}${item.key}`;
}

/** The item a `data-key` names (the inverse of itemKey). */
export function itemFromKey(key: string | null | undefined): MapItem | null {
  if (!key) return null;
  if (key.startsWith(MISSION)) return { kind: "mission", acronym: key.slice(MISSION.length) };
  if (key.startsWith(UNKNOWN_SHAPE)) return { kind: "unknown-shape", key: key.slice(UNKNOWN_SHAPE.length) };
  return { kind: "country", iso3: key };
}

/** The item of the mark an element is, or lies inside (a marker's dot), if any. */
export function itemAt(el: EventTarget | null): MapItem | null {
  return el instanceof Element ? itemFromKey(el.closest("[data-key]")?.getAttribute("data-key")) : null;
}

/** The item a country shape stands for. */
export function shapeItem(shape: CountryShape): MapItem {
  return shape.iso3 === null
    ? { kind: "unknown-shape", key: shape.key }
    : { kind: "country", iso3: shape.iso3 };
}

/** The tooltip's text as one accessible name: "Rwanda, 1,115 police officers contributed, …". */
export const tipLabel = (tip: TipContent) => [tip.title, ...tip.lines].join(", ");

/** The tooltip's text as the live region announces it: parts separated by "; ". */
export const tipAnnouncement = (tip: TipContent) => [tip.title, ...tip.lines].join("; ");
