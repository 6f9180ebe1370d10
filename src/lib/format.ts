// The one number and date formatter for the whole app (ux.md: "one formatter").
// d3-format's ",d" and ".1%" (the same output, its minus sign U+2212 included; format.test.ts
// checks them against d3-format) written out: d3-format's 2 KB gzip was the first view's largest
// dependency after React, react-query and d3-geo, for two formats.
const MINUS = "\u2212";
const groups = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const signed = (negative: boolean, body: string) => (negative ? `${MINUS}${body}` : body);
function thousands(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n);
  return signed(r < 0, groups(Math.abs(r).toString()));
}
function percent1(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const body = Math.abs(x * 100).toFixed(1);
  return signed(x < 0 && Number(body) !== 0, `${body}%`);
}

/** 6238 -> "6,238". Non-finite values are never printed as numbers. */
export function formatCount(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? "no data" : thousands(Math.round(n));
}

/** 1115, "officer" -> "1,115 officers"; 1 -> "1 officer". */
export function formatWithUnit(
  n: number | null | undefined,
  singular: string,
  plural = `${singular}s`,
): string {
  if (n == null || !Number.isFinite(n)) return "no data";
  return `${thousands(Math.round(n))} ${Math.round(n) === 1 ? singular : plural}`;
}

export function formatPercent(share: number): string {
  return percent1(share);
}

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix =
    mod100 >= 11 && mod100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? "th"}`;
}

/** A rank shared by a tie is written "=3rd". */
export function formatRank(rank: number, tied: boolean): string {
  return `${tied ? "=" : ""}${ordinal(rank)}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024-06-30" -> "30 June 2024"; "2010-12" -> "December 2010"; "2021" -> "2021". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The year of a partial date ("2011-01-09" -> 2011). */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** A span of years, in order: (2011, 2010) -> "2010–2011"; (2017, 2017) -> "2017". */
export function formatYearSpan(a: number, b: number): string {
  return a === b ? String(a) : `${Math.min(a, b)}–${Math.max(a, b)}`;
}
