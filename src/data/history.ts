// Pure selectors over history.json, the December figures 2007–2024: no React, no fetching. A gap in
// the record stays a gap (null, with the file's reason); nothing is interpolated or filled in.
import { decemberOf, FIRST_YEAR, HISTORY_YEARS } from "../lib/calendar";
import type { YearContributor } from "./model";
import type { HistoryFile, HistoryYear } from "./schema";
import { rankBy } from "./selectors";

export type { YearContributor } from "./model";

const NO_DATA = "No data for this year";

export interface YearDeployment {
  mission: string;
  iso3: string;
  country: string;
  ipo: number | null;
  fpu: number | null;
  total: number;
}

export interface YearData {
  year: number;
  /** `${year}-12-31` */
  asOf: string;
  source: string;
  /** Largest first; null when the year has no figures by country (2014). */
  contributors: YearContributor[] | null;
  contributorsGap: string | null;
  /** Why IPO, FPU and women are unknown (2007, 2008). */
  splitGap: string | null;
  /** By mission (largest first), then by country (largest first); null for 2007, 2008, 2014, 2018. */
  deployments: YearDeployment[] | null;
  deploymentsGap: string | null;
  /** Police per mission; null for 2018. */
  missionTotals: ReadonlyMap<string, number> | null;
  missionTotalsGap: string | null;
}

const byIso3 = (a: { iso3: string }, b: { iso3: string }) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0);

function yearEntry(file: HistoryFile, year: number): HistoryYear | undefined {
  // The schema keeps the years 2007–2024 in order: the index is the year's offset.
  const y = file.years[year - FIRST_YEAR];
  return y?.year === year ? y : file.years.find((e) => e.year === year);
}

function build(file: HistoryFile, year: number, names: ReadonlyMap<string, string>): YearData {
  const y = yearEntry(file, year);
  const asOf = decemberOf(year);
  if (!y)
    return {
      year,
      asOf,
      source: NO_DATA,
      contributors: null,
      contributorsGap: NO_DATA,
      splitGap: null,
      deployments: null,
      deploymentsGap: NO_DATA,
      missionTotals: null,
      missionTotalsGap: NO_DATA,
    };
  const name = (iso3: string) => names.get(iso3) ?? iso3;

  let contributors: YearContributor[] | null = null;
  if (y.countries) {
    const rows = Object.entries(y.countries).map(([iso3, [total, ipo, fpu, women]]) => ({
      iso3,
      total,
      ipo,
      fpu,
      women,
    }));
    contributors = rankBy(rows, (r) => r.total, byIso3).map((r) => ({
      country: name(r.item.iso3),
      ...r.item,
      reportRank: r.rank,
    }));
  }

  let deployments: YearDeployment[] | null = null;
  if (y.missions) {
    deployments = [];
    const sum = (m: Record<string, readonly [number, number, number]>) =>
      Object.values(m).reduce((s, v) => s + v[0], 0);
    const missions = Object.entries(y.missions).sort(
      ([a, ma], [b, mb]) => sum(mb) - sum(ma) || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const [mission, byCountry] of missions) {
      const rows = Object.entries(byCountry).sort(
        ([a, va], [b, vb]) => vb[0] - va[0] || (a < b ? -1 : a > b ? 1 : 0),
      );
      for (const [iso3, [total, ipo, fpu]] of rows)
        deployments.push({ mission, iso3, country: name(iso3), ipo, fpu, total });
    }
  }

  return {
    year,
    asOf,
    source: y.source,
    contributors,
    contributorsGap: contributors ? null : (y.countriesGap ?? NO_DATA),
    splitGap: contributors ? y.splitGap : null,
    deployments,
    deploymentsGap: deployments ? null : (y.missionsGap ?? NO_DATA),
    missionTotals: y.missionTotals ? new Map(Object.entries(y.missionTotals)) : null,
    missionTotalsGap: y.missionTotals ? null : (y.missionTotalsGap ?? NO_DATA),
  };
}

// file -> names -> year -> data: switching years back and forth costs one lookup.
const memo = new WeakMap<HistoryFile, WeakMap<ReadonlyMap<string, string>, Map<number, YearData>>>();

/**
 * One December's figures, with display names from `names` (iso3 -> name; the code where a name is
 * missing). A year the file does not hold has everything null, with the reason "No data for this
 * year". Memoised per file, names and year: treat the result as read-only.
 */
export function yearData(file: HistoryFile, year: number, names: ReadonlyMap<string, string>): YearData {
  let byNames = memo.get(file);
  if (!byNames) {
    byNames = new WeakMap();
    memo.set(file, byNames);
  }
  let byYear = byNames.get(names);
  if (!byYear) {
    byYear = new Map();
    byNames.set(names, byYear);
  }
  let data = byYear.get(year);
  if (!data) {
    data = build(file, year, names);
    byYear.set(year, data);
  }
  return data;
}

export interface SeriesPoint {
  year: number;
  total: number | null;
  ipo: number | null;
  fpu: number | null;
  women: number | null;
}

/**
 * A contributing country's police each December 2007..2024: null = no data that year (a gap, e.g.
 * 2014), 0 = the year has data and the country sent none. Never interpolated. IPO, FPU and women
 * are null where the year has no split (2007, 2008) and the country sent officers.
 */
export function countrySeries(file: HistoryFile, iso3: string): SeriesPoint[] {
  return HISTORY_YEARS.map((year) => {
    const countries = yearEntry(file, year)?.countries;
    if (!countries) return { year, total: null, ipo: null, fpu: null, women: null };
    const v = countries[iso3];
    if (!v) return { year, total: 0, ipo: 0, fpu: 0, women: 0 };
    const [total, ipo, fpu, women] = v;
    return { year, total, ipo, fpu, women };
  });
}

/**
 * Police serving in the missions hosted by `iso3`, each December 2007..2024, from the missions'
 * totals and `hostOf` (mission -> host iso3; missions it does not know are not counted). Null when
 * the year has no mission totals (2018); 0 when the country hosted no mission with police.
 */
export function hostedSeries(
  file: HistoryFile,
  hostOf: ReadonlyMap<string, string | null>,
  iso3: string,
): { year: number; total: number | null }[] {
  return HISTORY_YEARS.map((year) => {
    const totals = yearEntry(file, year)?.missionTotals;
    if (!totals) return { year, total: null };
    let total = 0;
    for (const [mission, n] of Object.entries(totals)) if (hostOf.get(mission) === iso3) total += n;
    return { year, total };
  });
}
