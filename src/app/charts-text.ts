import { formatDate, formatWithUnit } from "../lib/format";

/** A plain-language description of a ranking: what it is, the top three, how many, date and source. */
export function describeRanking(
  what: string,
  ranked: readonly (readonly [string, number])[],
  asOf: string,
  source: string,
): string {
  if (!ranked.length) return `${what}, ${formatDate(asOf)}: no figures. Source: ${source}.`;
  const top = ranked
    .slice(0, 3)
    .map(([name, v]) => `${name} (${formatWithUnit(v, "officer")})`)
    .join(", ");
  const lead = ranked.length > 3 ? `the largest are ${top}` : `${top}`;
  return `${what}, ${formatDate(asOf)}: ${ranked.length} in all; ${lead}. Source: ${source}.`;
}
