// The project's calendar, stated once: the UN report dates the app offers and the Decembers of
// the history. It lives in lib, the lowest layer, because every layer reads it: the data (file
// names, the history's years), the URL state (valid values) and the charts (the timeline's axis).

/** The UN monthly reports the app offers; the first is the default and the pre-rendered view. */
export const REPORT_DATES = ["2024-06-30", "2024-12-31"] as const;
export type ReportDate = (typeof REPORT_DATES)[number];

/** The report date shown by default (facts.md: the article quotes mid-2024 figures). */
export const DEFAULT_DATE: ReportDate = REPORT_DATES[0];
/** The second report date, loaded only when a visitor asks for it. */
export const LATER_DATE: ReportDate = REPORT_DATES[1];

/** The first and last December of the history and of the timeline. */
export const FIRST_YEAR = 2007;
export const LAST_YEAR = 2024;

/** Every December the history covers, oldest first. */
export const HISTORY_YEARS: readonly number[] = Object.freeze(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i),
);

/** The day a year's December figures are for: 2010 -> "2010-12-31". */
export const decemberOf = (year: number) => `${year}-12-31`;

/** "2007–2024", for titles and captions. */
export const YEAR_SPAN = `${FIRST_YEAR}–${LAST_YEAR}`;
