// Pure functions over validated data: no React, no fetching.
import type { SnapshotContributor, SnapshotDeployment } from "./model";
import type { Country, Mission, Story } from "./schema";

export interface Ranked<T> {
  item: T;
  value: number;
  /** Competition rank: ties share the rank ("=3"), the next rank skips. */
  rank: number;
  tied: boolean;
}

/**
 * Ranks items by value, largest first. Items without a value (null) are left out; order among
 * ties is stable (the input order, then `tieBreak`).
 */
export function rankBy<T>(
  items: readonly T[],
  value: (t: T) => number | null,
  tieBreak?: (a: T, b: T) => number,
): Ranked<T>[] {
  const valued = items
    .map((item, index) => ({ item, index, value: value(item) }))
    .filter(
      (r): r is { item: T; index: number; value: number } => r.value != null && Number.isFinite(r.value),
    );
  valued.sort((a, b) => b.value - a.value || (tieBreak?.(a.item, b.item) ?? 0) || a.index - b.index);
  const counts = new Map<number, number>();
  for (const r of valued) counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
  const out: Ranked<T>[] = [];
  valued.forEach((r, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.value === r.value ? prev.rank : i + 1;
    out.push({ item: r.item, value: r.value, rank, tied: (counts.get(r.value) ?? 0) > 1 });
  });
  return out;
}

/** Contributors with at least one officer, ranked by total. */
export function rankContributors<C extends SnapshotContributor>(rows: readonly C[]): Ranked<C>[] {
  return rankBy(
    rows.filter((r) => r.total > 0),
    (r) => r.total,
    (a, b) => a.reportRank - b.reportRank,
  );
}

/** Police deployed per mission, summed from the mission × country rows. */
export function missionTotals(rows: readonly SnapshotDeployment[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.mission, (out.get(r.mission) ?? 0) + r.total);
  return out;
}

/** Police per contributing country, summed from the mission × country rows. */
export function countryTotals(rows: readonly SnapshotDeployment[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.iso3, (out.get(r.iso3) ?? 0) + r.total);
  return out;
}

export interface HostedRow {
  iso3: string;
  total: number;
  missions: string[];
}

/**
 * Officers serving in each host country, from the police per mission (missions without a host
 * country are skipped).
 */
export function hostedByCountry(
  missions: readonly Mission[],
  totals: ReadonlyMap<string, number>,
): HostedRow[] {
  const byHost = new Map<string, HostedRow>();
  for (const m of missions) {
    const total = totals.get(m.acronym);
    if (!m.host.iso3 || !total) continue;
    const row = byHost.get(m.host.iso3) ?? { iso3: m.host.iso3, total: 0, missions: [] };
    row.total += total;
    row.missions.push(m.acronym);
    byHost.set(m.host.iso3, row);
  }
  return [...byHost.values()];
}

export interface Flow {
  mission: string;
  iso3: string;
  country: string;
  total: number;
  ipo: number;
  fpu: number;
}

function flows(rows: readonly SnapshotDeployment[], keep: (r: SnapshotDeployment) => boolean): Flow[] {
  const byKey = new Map<string, Flow>();
  for (const r of rows) {
    if (!keep(r)) continue;
    const key = `${r.mission}|${r.iso3}`;
    const f = byKey.get(key) ?? {
      mission: r.mission,
      iso3: r.iso3,
      country: r.country,
      total: 0,
      ipo: 0,
      fpu: 0,
    };
    f.total += r.total;
    if (r.type === "IPO") f.ipo += r.total;
    else f.fpu += r.total;
    byKey.set(key, f);
  }
  return [...byKey.values()].filter((f) => f.total > 0).sort((a, b) => b.total - a.total);
}

/** Where a contributing country's officers serve, largest first. */
export function missionsServedBy(rows: readonly SnapshotDeployment[], iso3: string): Flow[] {
  return flows(rows, (r) => r.iso3 === iso3);
}

/** Who sends officers to a mission, largest first. */
export function contributorsTo(rows: readonly SnapshotDeployment[], mission: string): Flow[] {
  return flows(rows, (r) => r.mission === mission);
}

/** Missions a country hosts (any status). */
export function missionsHostedBy(missions: readonly Mission[], iso3: string): Mission[] {
  return missions.filter((m) => m.host.iso3 === iso3);
}

/** Stories set in a country or told about its officers. */
export function storiesForCountry(stories: readonly Story[], iso3: string): Story[] {
  return stories.filter((s) => s.host === iso3 || s.contributors.includes(iso3));
}

/** Missions with police deployed on a date (`police` per mission, see Snapshot), largest first. */
export function rankMissions(
  missions: readonly Mission[],
  police: ReadonlyMap<string, number>,
): Ranked<Mission>[] {
  return rankBy(missions, (m) => police.get(m.acronym) || null);
}

const namesOf = new WeakMap<readonly Country[], ReadonlyMap<string, string>>();

/**
 * Country names by ISO code, one map per country list: every view gets the same map, so the
 * history's per-year memo (keyed on the names) builds a December once for the map and the
 * rankings together, not once each.
 */
export function countryNames(rows: readonly Country[]): ReadonlyMap<string, string> {
  let names = namesOf.get(rows);
  if (!names) {
    names = new Map(rows.map((c) => [c.iso3, c.name]));
    namesOf.set(rows, names);
  }
  return names;
}
