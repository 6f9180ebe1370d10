// Alt text drafted from the data shown, so journalists need not write it by hand. Charts use the
// same text as their accessible description on the page.
import { formatDate, formatWithUnit } from "../lib/format";

export interface AltTextInput {
  /** What the chart is, e.g. "Bar chart of the 20 countries contributing the most UN police officers". */
  what: string;
  /** The rows shown, in any order; the three largest values are named. */
  rows: readonly { name: string; value: number | null }[];
  unit: { singular: string; plural?: string };
  asOf: string;
  source: string;
  /** Optional extra sentence (e.g. the highlighted country), appended before the source. */
  note?: string;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function draftAltText({ what, rows, unit, asOf, source, note }: AltTextInput): string {
  const ranked = rows
    .filter((r): r is { name: string; value: number } => r.value != null && Number.isFinite(r.value))
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);
  const date = formatDate(asOf);
  const parts = [`${what.replace(/\.$/, "")}, as of ${date}.`];
  if (ranked.length > 0) {
    const named = ranked.map((r) => `${r.name} (${formatWithUnit(r.value, unit.singular, unit.plural)})`);
    parts.push(
      ranked.length === 1 ? `The largest is ${named[0]}.` : `The top ${ranked.length}: ${list(named)}.`,
    );
  } else {
    parts.push("No values are shown.");
  }
  if (note) parts.push(note.replace(/\.?$/, "."));
  parts.push(`Source: ${source.replace(/\.$/, "")}.`);
  return parts.join(" ");
}
