// The figures one view shows for one date: a UN report (30 June or 31 December 2024) or one
// December of the history. Each part can be missing (a gap in the record, or a file that failed to
// load); a missing part is null with the reason a reader sees, never an empty list or a zero.

import { LAST_YEAR } from "../lib/calendar";
import { type YearData, yearData } from "./history";
import type { SnapshotContributor, SnapshotDeployment } from "./model";
import type { ContributorsFile, DeploymentsFile, HistoryFile, MissionsFile } from "./schema";
import { missionTotals } from "./selectors";

export type { SnapshotContributor, SnapshotDeployment } from "./model";

export interface Snapshot {
  /** The day the figures are for: "2024-06-30", "2010-12-31". */
  asOf: string;
  /** Where the per-country figures come from. */
  source: string;
  contributors: readonly SnapshotContributor[] | null;
  contributorsGap: string | null;
  /** Why IPO, FPU and women are unknown, when they are. */
  splitGap: string | null;
  deployments: readonly SnapshotDeployment[] | null;
  deploymentsGap: string | null;
  /** Police per mission on the date. */
  missionPolice: ReadonlyMap<string, number> | null;
  missionPoliceGap: string | null;
}

/** Said where a report's figures by mission are missing (their file failed: its notice says why). */
const NO_MISSION_FIGURES = "No figures by mission for this date.";

/** A UN monthly report's figures; `deployments` or `missions` null when their file failed. */
export function reportSnapshot(
  contributors: ContributorsFile,
  deployments: DeploymentsFile | null,
  missions: MissionsFile | null,
): Snapshot {
  const date = contributors.asOf;
  let missionPolice: Map<string, number> | null = null;
  if (missions) {
    missionPolice = new Map();
    for (const m of missions.rows) {
      const v = m.police[date];
      if (v) missionPolice.set(m.acronym, v);
    }
  } else if (deployments) missionPolice = missionTotals(deployments.rows);
  return {
    asOf: date,
    source: contributors.source,
    contributors: contributors.rows,
    contributorsGap: null,
    splitGap: null,
    deployments: deployments?.rows ?? null,
    deploymentsGap: deployments ? null : NO_MISSION_FIGURES,
    missionPolice,
    missionPoliceGap: missionPolice ? null : NO_MISSION_FIGURES,
  };
}

const fromYear = new WeakMap<YearData, Snapshot>();

/** One December of the history as a snapshot (made once per year's data). */
export function historySnapshot(y: YearData): Snapshot {
  let s = fromYear.get(y);
  if (s) return s;
  const deployments = y.deployments?.flatMap((d): SnapshotDeployment[] => {
    const { mission, iso3, country } = d;
    // Split rows where the year has the split; otherwise the total counts as one row.
    if (d.ipo == null || d.fpu == null) return [{ mission, iso3, country, type: "IPO", total: d.total }];
    const rows: SnapshotDeployment[] = [];
    if (d.ipo) rows.push({ mission, iso3, country, type: "IPO", total: d.ipo });
    if (d.fpu) rows.push({ mission, iso3, country, type: "FPU", total: d.fpu });
    return rows;
  });
  s = {
    asOf: y.asOf,
    source: y.source,
    contributors: y.contributors,
    contributorsGap: y.contributorsGap,
    splitGap: y.splitGap,
    deployments: deployments ?? null,
    deploymentsGap: y.deploymentsGap,
    missionPolice: y.missionTotals,
    missionPoliceGap: y.missionTotalsGap,
  };
  fromYear.set(y, s);
  return s;
}

/** The figures a view shows: a chosen year's December from the history, or the report date's. */
export function snapshotOf(
  figures: ContributorsFile | HistoryFile,
  year: number | null,
  names: ReadonlyMap<string, string>,
  deployments: DeploymentsFile | null,
  missions: MissionsFile | null,
): Snapshot {
  if ("years" in figures) return historySnapshot(yearData(figures, year ?? LAST_YEAR, names));
  return reportSnapshot(figures, deployments, missions);
}
