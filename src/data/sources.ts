// Sources as a reader sees them on screen: one short line ("UN DPO report, December 2023"). The
// full titles are listed once, in the page's sources; repository paths, file names and working
// notes ("parsed", "same file") never reach the screen.

import { formatDate } from "../lib/format";

/**
 * A row's source as one short line. The data files carry readable lines already (scripts/build-data
 * writes them); a working note from a source CSV (an older cached file) is reduced to its publisher.
 */
export function shortSource(source: string): string {
  const s = source.trim();
  if (/^owid\//i.test(s)) return "Our World in Data, from UN reports";
  const report = /UN PDF\b.*?_(\d{4})_(\d{2})\.pdf/i.exec(s);
  if (report) {
    return `UN DPO report, ${formatDate(`${report[1]}-${report[2]}`)}`;
  }
  // Anything else: without file names, paths, remarks in brackets, a quoted report title or a
  // trailing ": what it covers" (the page's sources keep the full title).
  return s
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\S+\.(?:csv|pdf|json)\b/gi, "")
    .replace(/\s*"[^"]*"/g, "")
    .replace(/:\s[^;]*$/, "")
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * One line for a yearly series: consecutive years with the same publisher grouped, e.g.
 * "Our World in Data, from UN reports (2007–2021); UN DPO December reports (2022–2024)".
 */
export function seriesSourceLine(rows: readonly { year: number; source: string }[]): string {
  const groups: { name: string; from: number; to: number }[] = [];
  for (const r of [...rows].sort((a, b) => a.year - b.year)) {
    const line = shortSource(r.source);
    const monthly = /^UN DPO report, (\w+) \d{4}$/.exec(line);
    const name = monthly ? `UN DPO ${monthly[1]} reports` : line;
    const last = groups.at(-1);
    if (last && last.name === name && r.year === last.to + 1) last.to = r.year;
    else groups.push({ name, from: r.year, to: r.year });
  }
  return groups
    .map((g) => {
      const name = g.from === g.to ? g.name.replace(/ reports$/, " report") : g.name;
      return `${name} (${g.from === g.to ? g.from : `${g.from}–${g.to}`})`;
    })
    .join("; ");
}

/**
 * The short source line of one date's figures, e.g. "UN police contributions report, 30 June 2024".
 * `fromSeries`: only the yearly total is known (December 2014, from the series).
 */
export function dateSourceLine(asOf: string, fromSeries = false): string {
  const year = Number(asOf.slice(0, 4));
  if (fromSeries) return `UN figures for December ${year}, via Our World in Data; none by country`;
  if (year <= 2014) return `UN report for December ${year}, transcribed by the International Peace Institute`;
  return `UN police contributions report, ${formatDate(asOf)}`;
}

/**
 * The terms a figure's sources are used under, read from its source line; with `map`, the world
 * map's shapes too. One line for an export's footer.
 */
export function licenceLine(source: string, { map = false } = {}): string {
  const parts: string[] = [];
  if (/\bUN\b|United Nations/.test(source)) parts.push("UN figures under the UN's terms of use");
  if (/Our World in Data/i.test(source)) parts.push("Our World in Data, CC BY 4.0");
  if (/International Peace Institute/i.test(source)) parts.push("IPI data under IPI's terms of use");
  if (map) parts.push("map shapes from Natural Earth (public domain) via world-atlas (ISC licence)");
  return parts.join("; ");
}
