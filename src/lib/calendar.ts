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

/**
 * One point on the app's single time scale: a December of the history, or a UN report date. The
 * Decembers 2007–2023 come from the history; 2024 has two reports, 30 June (the default) and
 * 31 December, and the December 2024 stop is that report (the history's 2024 is the same report).
 */
export type TimeStop = { kind: "december"; year: number } | { kind: "report"; date: ReportDate };

/** Every stop the time control offers, oldest first: December 2007 … December 2023, June 2024, December 2024. */
export const TIME_STOPS: readonly TimeStop[] = Object.freeze([
  ...HISTORY_YEARS.filter((y) => y < LAST_YEAR).map((year): TimeStop => ({ kind: "december", year })),
  ...REPORT_DATES.map((date): TimeStop => ({ kind: "report", date })),
]);

/** The stop a (year, date) pair shows: a year 2007–2023 is its December; otherwise the report date. */
export function stopIndex(year: number | null, date: ReportDate): number {
  if (year != null && year < LAST_YEAR) return Math.max(0, year - FIRST_YEAR);
  const d = year === LAST_YEAR ? LATER_DATE : date;
  return TIME_STOPS.length - REPORT_DATES.length + REPORT_DATES.indexOf(d);
}

/** The day a stop's figures are for. */
export const stopDay = (s: TimeStop) => (s.kind === "december" ? decemberOf(s.year) : s.date);

/**
 * The one way each date is written in the URL's keys: a December 2007–2023 as `year` (the date
 * back to its default), 31 December 2024 as `date=2024-12-31` (never `year=2024`), 30 June 2024 as
 * neither. Old links (`year=2024`, `date=…&year=2010`) map onto these.
 */
export function canonicalTime(
  year: number | null,
  date: ReportDate,
): { year: number | null; date: ReportDate } {
  const s = TIME_STOPS[stopIndex(year, date)] as TimeStop;
  return s.kind === "december" ? { year: s.year, date: DEFAULT_DATE } : { year: null, date: s.date };
}
