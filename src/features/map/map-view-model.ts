// What the map shows of one date's figures, as chart-shaped values: the fill per country, the
// keyboard's order, the tooltip of each item, the markers, the legend's title, the sources and the
// notice of what is not drawn. Pure: no React.
import type { CountryShape } from "../../charts/map/geometry";
import type { MapItem, MapValues, MarkerSpec, TipContent, TipSeries } from "../../charts/map/map-items";
import { countrySeries, hostedSeries } from "../../data/history";
import type { Measure, MeasureData, placeMissions } from "../../data/measures";
import type { HistoryFile, Mission } from "../../data/schema";
import type { SnapshotContributor } from "../../data/snapshot";
import { YEAR_SPAN } from "../../lib/calendar";
import { formatDate, formatRank, formatWithUnit } from "../../lib/format";
import { unknownShapeName } from "./shapes";

export const TITLES: Record<Measure, string> = {
  contributed: "Where UN police come from",
  hosted: "Where UN police serve",
};

export const MEASURE_OPTIONS = [
  { value: "contributed", label: "Police contributed" },
  { value: "hosted", label: "Police hosted" },
] as const;

/** The map's accessible name. */
export const MAP_NAMES: Record<Measure, string> = {
  contributed: "World map: police officers contributed by country",
  hosted: "World map: police officers serving in each host country, with mission headquarters",
};

export const LEGEND_NOTES: Record<Measure, string> = {
  contributed: "Dots mark mission headquarters. Select a country to see where its officers serve.",
  hosted: "Rings mark mission headquarters, sized by police strength.",
};

export type PlacedMission = ReturnType<typeof placeMissions>["placed"][number];

/**
 * The figure of each country under the measure: null ("no data", hatched) for every shape when the
 * date has no figures for it, and for a contributor whose figure is not a valid count.
 */
export function mapValues(
  md: MeasureData,
  measure: Measure,
  contributors: readonly SnapshotContributor[] | null,
  shapes: readonly CountryShape[],
): MapValues {
  const m = new Map<string, number | null>();
  if (!md.known) {
    for (const s of shapes) if (s.iso3 !== null) m.set(s.iso3, null);
    return m;
  }
  for (const [iso3, v] of md.byIso3) m.set(iso3, v.value);
  if (measure === "contributed")
    for (const c of contributors ?? []) if (!Number.isFinite(c.total) || c.total < 0) m.set(c.iso3, null);
  return m;
}

/**
 * The keyboard's order: countries with a value in rank order, then every mission's marker, the
 * larger first (a marker selects its mission, in either measure).
 */
export function keyboardOrder(md: MeasureData, placed: readonly PlacedMission[]): MapItem[] {
  return [
    ...md.order.map((v) => ({ kind: "country" as const, iso3: v.iso3 })),
    ...[...placed]
      .sort((a, b) => (b.police ?? -1) - (a.police ?? -1))
      .map((p) => ({ kind: "mission" as const, acronym: p.mission.acronym })),
  ];
}

export interface TooltipInput {
  measure: Measure;
  /** The date shown, ISO. */
  date: string;
  names: ReadonlyMap<string, string>;
  md: MeasureData;
  values: MapValues;
  placed: readonly PlacedMission[];
}

/** What the tooltip says of an item (its parts joined are the item's accessible name). */
export function tooltipFor(input: TooltipInput, item: MapItem): TipContent {
  const { measure, names, md, values, placed } = input;
  const asOf = `As of ${formatDate(input.date)}`;
  const noData = md.known ? "No data" : "No data for this year";
  if (item.kind === "unknown-shape") return { title: unknownShapeName(item.key), lines: [noData, asOf] };
  if (item.kind === "mission") {
    const p = placed.find((x) => x.mission.acronym === item.acronym);
    if (!p) return { title: item.acronym, lines: [] };
    // The mission's own figure and host, in either measure: it is not its host country.
    const serving = p.police
      ? `${formatWithUnit(p.police, "police officer")} serving in ${p.mission.host.name}`
      : `No police figure; in ${p.mission.host.name}`;
    return { title: item.acronym, lines: [serving, p.mission.name, asOf] };
  }
  const title = names.get(item.iso3) ?? unknownShapeName(item.iso3);
  const v = md.byIso3.get(item.iso3);
  if (values.get(item.iso3) === null) return { title, lines: [noData, asOf] };
  if (measure === "contributed") {
    if (!v || v.value === 0) return { title, lines: ["No police officers contributed", asOf] };
    return {
      title,
      lines: [
        `${formatWithUnit(v.value, "police officer")} contributed`,
        `${formatRank(v.rank, v.tied)} of ${v.of} contributing countries`,
        asOf,
      ],
    };
  }
  if (!v || v.value === 0) return { title, lines: ["Hosts no UN operation with police", asOf] };
  const hostedHere = placed.filter((p) => p.mission.host.iso3 === item.iso3).map((p) => p.mission.acronym);
  return {
    title,
    lines: [
      `${formatWithUnit(v.value, "police officer")} serving here (${hostedHere.join(", ")})`,
      `${formatRank(v.rank, v.tied)} of ${v.of} host countries`,
      asOf,
    ],
  };
}

/** A marker per mission placed on the date. */
export function markerSpecs(placed: readonly PlacedMission[]): MarkerSpec[] {
  return placed.map((p) => ({
    acronym: p.mission.acronym,
    name: p.mission.name,
    coordinates: p.coordinates,
    police: p.police,
  }));
}

/** The legend's title, which names the measure and the date (the export's subtitle starts with it). */
export function legendTitle(measure: Measure, date: string): string {
  return measure === "contributed"
    ? `Police officers contributed, ${formatDate(date)}`
    : `Police officers serving in each host country, ${formatDate(date)}`;
}

/** The sources of the figures shown: the police hosted add the missions file's. */
export function mapSources(measure: Measure, figuresSource: string, missionsSource: string | null): string {
  return measure === "contributed" || missionsSource == null
    ? figuresSource
    : `${missionsSource}; ${figuresSource}`;
}

/** Everything not drawn, or drawn without data, for the notice under the map. */
export function mapProblems(
  unknownIds: readonly string[],
  md: MeasureData,
  unplaced: readonly string[],
): string[] {
  return [
    ...unknownIds.map((id) => `Map shape ${id}: not in the country list, drawn without data`),
    ...md.problems,
    ...unplaced,
  ];
}

/**
 * The tooltip's small line for a country: its police each December under the measure (hosted needs
 * the missions, to know their hosts), with `year` marked; null for a mission or a shape.
 */
export function tipSeriesFor(
  history: HistoryFile,
  missions: readonly Mission[] | null,
  measure: Measure,
  year: number | null,
): (item: MapItem) => TipSeries | null {
  const hostOf = new Map((missions ?? []).map((m) => [m.acronym, m.host.iso3]));
  return (item) => {
    if (item.kind !== "country") return null;
    const points =
      measure === "contributed"
        ? countrySeries(history, item.iso3).map((p) => ({ year: p.year, value: p.total }))
        : missions
          ? hostedSeries(history, hostOf, item.iso3).map((p) => ({ year: p.year, value: p.total }))
          : null;
    if (!points) return null;
    const gaps = points.filter((p) => p.value == null).map((p) => p.year);
    return {
      points,
      year,
      caption: `Each December ${YEAR_SPAN}${gaps.length ? `; no data ${gaps.join(", ")}` : ""}`,
    };
  };
}
