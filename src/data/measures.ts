// The map's two measures as pure functions over one date's figures: police contributed by each
// country, and police serving in each host country; plus the missions that can be drawn on a date.
import type { Mission } from "./schema";
import { hostedByCountry, type Ranked, rankBy, rankContributors } from "./selectors";
import type { Snapshot } from "./snapshot";

export const MEASURES = ["contributed", "hosted"] as const;
export type Measure = (typeof MEASURES)[number];

export interface MeasureValue {
  iso3: string;
  name: string;
  value: number;
  rank: number;
  tied: boolean;
  /** How many countries have a positive value under this measure ("of 80"). */
  of: number;
}

export interface MeasureData {
  byIso3: Map<string, MeasureValue>;
  /** Countries with a value, in rank order: the keyboard walks them in this order. */
  order: MeasureValue[];
  /** Items that could not be placed or counted, for the visible notice. */
  problems: string[];
  /** False when the date has no figures for this measure: every country is "no data". */
  known: boolean;
}

function fromRanked<T>(ranked: Ranked<T>[], iso3: (t: T) => string, name: (t: T) => string): MeasureValue[] {
  const of = ranked.filter((r) => r.value > 0).length;
  return ranked.map((r) => ({
    iso3: iso3(r.item),
    name: name(r.item),
    value: r.value,
    rank: r.rank,
    tied: r.tied,
    of,
  }));
}

/**
 * Values for one measure, with ranks and a list of anything that could not be used. A measure the
 * snapshot has no figures for (a gap in the record, a file that failed) has no values at all: every
 * country is "no data", never zero (`known` is false).
 */
export function measureData(
  measure: Measure,
  snapshot: Snapshot,
  missions: readonly Mission[] | null,
  names: ReadonlyMap<string, string>,
  shapeIds: Set<string>,
): MeasureData {
  const problems: string[] = [];
  let values: MeasureValue[];
  const contributors = snapshot.contributors;
  const police = snapshot.missionPolice;
  if (measure === "contributed" ? !contributors : !police || !missions)
    return { byIso3: new Map(), order: [], problems, known: false };
  if (measure === "contributed" && contributors) {
    const valid = contributors.filter((c) => {
      if (!Number.isFinite(c.total) || c.total < 0) {
        problems.push(`${c.country} (${c.iso3}): the figure ${c.total} is not a valid count`);
        return false;
      }
      return true;
    });
    values = fromRanked(
      rankContributors(valid),
      (c) => c.iso3,
      (c) => names.get(c.iso3) ?? c.country,
    );
    for (const c of valid.filter((x) => x.total === 0))
      values.push({
        iso3: c.iso3,
        name: names.get(c.iso3) ?? c.country,
        value: 0,
        rank: 0,
        tied: false,
        of: 0,
      });
  } else {
    const hosted = hostedByCountry(missions ?? [], police ?? new Map());
    values = fromRanked(
      rankBy(hosted, (h) => h.total),
      (h) => h.iso3,
      (h) => names.get(h.iso3) ?? h.iso3,
    );
  }
  for (const v of values)
    if (!shapeIds.has(v.iso3) && v.value > 0)
      problems.push(
        `${v.name} (${v.iso3}) has no shape on this map; it is listed in the rankings and the search`,
      );
  const byIso3 = new Map(values.map((v) => [v.iso3, v]));
  return { byIso3, order: values.filter((v) => v.value > 0 && shapeIds.has(v.iso3)), problems, known: true };
}

/**
 * Missions that can be drawn as markers on a date, and those that cannot (no coordinates). A mission
 * with no police on that date has no marker: MINUSMA by December 2024, UNMIL after 2018. Without
 * figures per mission (`police` null), the missions active on the date are drawn, unsized.
 */
export function placeMissions(
  missions: readonly Mission[],
  police: ReadonlyMap<string, number> | null,
  date: string,
) {
  const placed: { mission: Mission; coordinates: [number, number]; police: number | null }[] = [];
  const unplaced: string[] = [];
  for (const m of missions) {
    const n = police?.get(m.acronym) ?? null;
    if (police ? !n : m.start > date || (m.end != null && m.end < date)) continue;
    if (!m.hq) {
      unplaced.push(`${m.acronym}: no headquarters coordinates, so it has no marker`);
      continue;
    }
    placed.push({ mission: m, coordinates: [m.hq.lon, m.hq.lat], police: n });
  }
  return { placed, unplaced };
}
