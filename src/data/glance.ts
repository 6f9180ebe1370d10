// What the data shows at one date, for the reading column's first lines: the three headline
// numbers and one sentence, all computed from the figures of that date (no number typed by hand).
// A gap in the record stays a gap: its number is null and the sentence says it is not on record.
import { YEAR_SPAN } from "../lib/calendar";
import { formatCount as count, formatDate } from "../lib/format";
import type { PoliceByYearFile } from "./schema";
import type { Snapshot } from "./snapshot";
import { dateSourceLine } from "./sources";

export interface Glance {
  /** The day the figures are for. */
  asOf: string;
  /** Police deployed on the date: the sum by country, or the yearly series where that is missing. */
  officers: number | null;
  /** Where `officers` comes from when not from the figures by country. */
  officersFromSeries: boolean;
  /** Countries with at least one officer deployed. */
  countries: number | null;
  /** Operations with police deployed. */
  operations: number | null;
  women: number | null;
  /** The largest contributors, largest first (two at most). */
  top: { iso3: string; name: string; total: number }[];
  /** The largest December total of the series, and the chosen date's change against it. */
  peak: { year: number; police: number } | null;
}

export function glanceOf(s: Snapshot, series: PoliceByYearFile | null): Glance {
  const sending = s.contributors?.filter((c) => c.total > 0) ?? null;
  const year = Number(s.asOf.slice(0, 4));
  const december = s.asOf.endsWith("-12-31");
  const fromSeries = series?.rows.find((r) => r.year === year && december)?.police ?? null;
  const sum = sending ? sending.reduce((t, c) => t + c.total, 0) : null;
  const women = sending?.every((c) => c.women != null)
    ? sending.reduce((t, c) => t + (c.women ?? 0), 0)
    : null;
  let peak: Glance["peak"] = null;
  for (const r of series?.rows ?? [])
    if (!peak || r.police > peak.police) peak = { year: r.year, police: r.police };
  return {
    asOf: s.asOf,
    officers: sum ?? fromSeries,
    officersFromSeries: sum == null && fromSeries != null,
    countries: sending ? sending.length : null,
    operations: s.missionPolice ? [...s.missionPolice.values()].filter((v) => v > 0).length : null,
    women,
    top: (sending ?? [])
      .slice()
      .sort((a, b) => b.total - a.total || (a.iso3 < b.iso3 ? -1 : 1))
      .slice(0, 2)
      .map((c) => ({ iso3: c.iso3, name: c.country, total: c.total })),
    peak,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * One sentence on what the figures show at the date, e.g. "On 30 June 2024, 6,238 UN police officers
 * served in 11 operations, 56% fewer than at the December 2010 peak; Rwanda and Senegal sent 28% of
 * them." Null when not even the total is known.
 */
export function findingOf(g: Glance): string | null {
  if (g.officers == null) return null;
  const when =
    g.asOf.endsWith("-12-31") && g.asOf < "2024"
      ? `In December ${g.asOf.slice(0, 4)}`
      : `On ${formatDate(g.asOf)}`;
  let s = `${when}, ${count(g.officers)} UN police officers ${g.operations != null ? `served in ${g.operations} operations` : "were deployed"}`;
  if (g.peak) {
    const peakYear = g.peak.year;
    if (g.asOf === `${peakYear}-12-31`) s += `, the most of any December ${YEAR_SPAN}`;
    else {
      const change = g.officers / g.peak.police - 1;
      if (change < -0.005) s += `, ${pct(-change)} fewer than at the December ${peakYear} peak`;
    }
  }
  const [a, b] = g.top;
  if (a && b) s += `; ${a.name} and ${b.name} sent ${pct((a.total + b.total) / g.officers)} of them`;
  else if (g.countries == null) s += `; who sent them is not on record for this date`;
  return `${s}.`;
}

/** The figures' short source line. */
export const glanceSource = (g: Glance) => dateSourceLine(g.asOf, g.officersFromSeries);
