// The rankings' view model: from one date's figures (a snapshot) to the rows both bar charts draw,
// what is highlighted, each bar's accessible name, the tables' rows and the notes about closed
// missions. Pure: no React. The ranking itself is data/selectors' (rankContributors, rankMissions).
import type { BarRow } from "../../charts/bars/bar-layout";
import { sortRows } from "../../charts/bars/bar-layout";
import { TOP_N } from "../../charts/bars/constants";
import type { Mission } from "../../data/schema";
import { type Ranked, rankContributors, rankMissions } from "../../data/selectors";
import type { Snapshot } from "../../data/snapshot";
import { formatCount, formatRank, formatWithUnit } from "../../lib/format";
import { type Highlight, isHighlighted } from "../../state/linked";
import type { Sort } from "../../state/url-state";

/** A mission closing on `date`: its mandate had ended, its last officers were leaving (MINUSMA in 2024). */
export const endedBy = (m: Mission, date: string): boolean =>
  m.status === "liquidating" && m.end != null && m.end < date;

export interface RankingsInput {
  /** The figures of the date shown: a report's, or the chosen December's. */
  snapshot: Snapshot;
  /** The chosen year, or null for the report date. */
  year: number | null;
  /** Country names by ISO alpha-3, from countries.json. */
  names: ReadonlyMap<string, string>;
  /** missions.json, or null while it loads or when it failed. */
  missions: { rows: readonly Mission[]; source: string } | null;
  highlight: Highlight;
  sort: Sort;
  /** All the countries, or the top TOP_N. */
  showAll: boolean;
}

export interface CountryRanking {
  asOf: string;
  source: string;
  /** Every contributing country, in rank order. */
  rows: BarRow[];
  /** The rows drawn: the top TOP_N (or all), in the chosen sort. */
  shown: BarRow[];
  /** How many of the top are drawn when not all are. */
  top: number;
  lit: ReadonlySet<string>;
  selected: string | null;
  /** Said instead of the chart: a gap in the record, or no country with police. */
  empty: string | null;
}

export interface MissionRanking {
  asOf: string;
  source: string;
  ranked: Ranked<Mission>[];
  /** The rows drawn, in the chosen sort. */
  rows: BarRow[];
  byKey: ReadonlyMap<string, Mission>;
  lit: ReadonlySet<string>;
  /** The first mission hosted by the selected country, if any. */
  selected: string | null;
  /** One sentence per closed mission still ranked. */
  closed: string[];
  empty: string | null;
}

export interface RankingsModel {
  /** The one date every figure here is for. */
  date: string;
  countries: CountryRanking;
  missions: MissionRanking;
}

const NO_POLICE: ReadonlyMap<string, number> = new Map();

const barRow = <T>(r: Ranked<T>, key: string, label: string): BarRow => ({
  key,
  label,
  value: r.value,
  rank: r.rank,
  tied: r.tied,
});

export function rankingsModel(input: RankingsInput): RankingsModel {
  const { snapshot, year, names, missions, highlight: h, sort, showAll } = input;
  const date = snapshot.asOf;

  const countryRows = rankContributors(snapshot.contributors ?? []).map((r) =>
    barRow(r, r.item.iso3, names.get(r.item.iso3) ?? r.item.country),
  );
  const countries: CountryRanking = {
    asOf: date,
    source: snapshot.source,
    rows: countryRows,
    shown: sortRows(showAll ? countryRows : countryRows.slice(0, TOP_N), sort),
    top: Math.min(TOP_N, countryRows.length),
    lit: new Set(countryRows.filter((r) => isHighlighted(h, r.key)).map((r) => r.key)),
    selected: h.selected,
    empty: snapshot.contributorsGap
      ? `No data for this year. ${snapshot.contributorsGap}`
      : countryRows.length === 0
        ? "No country had police deployed on this date."
        : null,
  };

  // Police per mission come from the report's mission list, or from the year's mission totals.
  const ranked = rankMissions(missions?.rows ?? [], snapshot.missionPolice ?? NO_POLICE);
  const missionRows = ranked.map((r) =>
    barRow(r, r.item.acronym, endedBy(r.item, date) ? `${r.item.acronym} (closed mission)` : r.item.acronym),
  );
  const hostLit = ({ host: { iso3 } }: Mission) => !!iso3 && (isHighlighted(h, iso3) || h.selected === iso3);
  return {
    date,
    countries,
    missions: {
      asOf: date,
      source: year == null ? (missions?.source ?? "") : snapshot.source,
      ranked,
      rows: sortRows(missionRows, sort),
      byKey: new Map(ranked.map((r) => [r.item.acronym, r.item])),
      lit: new Set(ranked.filter((r) => hostLit(r.item)).map((r) => r.item.acronym)),
      selected: (h.selected && ranked.find((r) => r.item.host.iso3 === h.selected)?.item.acronym) || null,
      closed: ranked
        .filter((r) => endedBy(r.item, date))
        .map(
          ({ item: m }) =>
            ` ${m.acronym}'s mandate ended${m.end ? ` in ${m.end.slice(0, 4)}` : ""}; its last officers were leaving.`,
        ),
      empty:
        snapshot.missionPoliceGap && missions
          ? `No data for this year. ${snapshot.missionPoliceGap}`
          : missionRows.length === 0
            ? "No operation had police deployed on this date."
            : null,
    },
  };
}

const rankText = (b: BarRow) => (b.rank ? formatRank(b.rank, b.tied) : "unranked");

/** "Rwanda, 1st, 1,115 officers": a country bar's accessible name. */
export function countryBarName(b: BarRow): string {
  return `${b.label}, ${rankText(b)}, ${b.value == null ? "no data" : formatWithUnit(b.value, "officer")}`;
}

/** "MINUSCA, <full name>, <host>, 1st, 2,969 officers", with the host's and the closing's caveats. */
export function missionBarName(b: BarRow, m: Mission | undefined, date: string): string {
  const host = m?.host.iso3 ? m.host.name : `${m?.host.name ?? "no host country"}, no host country to select`;
  const status = m && endedBy(m, date) ? ", closed mission, officers leaving" : "";
  return `${b.key}, ${m?.name ?? ""}, ${host}${status}, ${rankText(b)}, ${formatWithUnit(b.value, "officer")}`;
}

/** The host country a mission's bar selects or highlights, if it has one. */
export function missionHost(missions: MissionRanking, key: string | null): string | null {
  return key ? (missions.byKey.get(key)?.host.iso3 ?? null) : null;
}

const tableRank = (b: BarRow) => (b.rank ? formatRank(b.rank, b.tied) : "");

/** The countries' table, as drawn: rank, name, code, officers. */
export function countryTableRows(rows: readonly BarRow[]): string[][] {
  return rows.map((r) => [tableRank(r), r.label, r.key, formatCount(r.value)]);
}

/** The missions' table, as drawn: rank, acronym, full name, host, officers. */
export function missionTableRows(missions: MissionRanking): string[][] {
  return missions.rows.map((r) => {
    const m = missions.byKey.get(r.key);
    return [tableRank(r), r.label, m?.name ?? "", m?.host.name ?? "", formatCount(r.value)];
  });
}
