// The row types every date's figures share, whether from a UN monthly report or from one December
// of the history: the views read these, never the files' own shapes.

/** A contributing country's figures on a date. */
export interface YearContributor {
  country: string;
  iso3: string;
  total: number;
  /** Null where the year has no IPO/FPU split or no count of women (2007, 2008). */
  ipo: number | null;
  fpu: number | null;
  women: number | null;
  /** Competition rank by total within the year: ties share a rank; ties are listed by iso3. */
  reportRank: number;
}

/** A contributing country's figures on the date (the history's row type serves both sources). */
export type SnapshotContributor = YearContributor;

/** Police of one type sent by one country to one mission on the date. */
export interface SnapshotDeployment {
  mission: string;
  iso3: string;
  country: string;
  type: "IPO" | "FPU";
  total: number;
}
