// The two rankings' exports: title, subtitle, CSV rows, drafted alt text and whether an image can be
// made now. Pure: from the view model (rankings-model), no React.
import type { BarRow } from "../../charts/bars/bar-layout";
import { licenceLine } from "../../data/sources";
import { draftAltText } from "../../export/alt-text";
import type { ExportLegend, ExportSpec } from "../../export/types";
import { formatCount, formatDate } from "../../lib/format";
import { LIGHT } from "../../lib/palette";
import { type CountryRanking, endedBy, type MissionRanking } from "./rankings-model";

export const TABLE_REASON =
  "Images are drawn from the chart: choose the chart view (not the table) to export.";
export const NO_FIGURES_REASON = "There are no figures to export.";
export const MISSIONS_FAILED_REASON = "The mission details could not be loaded.";

/** Ranks are plain numbers (a spreadsheet reads "=29" as a formula); a tie has its own column. */
const tiedCell = (tied: boolean) => (tied ? "yes" : "no");
const total = (rows: readonly { value: number | null }[]) => rows.reduce((s, r) => s + (r.value ?? 0), 0);

/** The bars' key: what a bar is, and the lit bars when something is highlighted. */
function barKey(title: string, lit: ReadonlySet<string>, rows: readonly BarRow[]): ExportLegend {
  const litNames = rows.filter((r) => lit.has(r.key)).map((r) => r.label);
  return {
    title,
    items: [
      { color: LIGHT.bar, label: "Police officers, labelled" },
      ...(litNames.length
        ? [
            {
              color: LIGHT.accent,
              label: `Highlighted: ${litNames[0]}${litNames.length > 1 ? ` and ${litNames.length - 1} more` : ""}`,
            },
          ]
        : []),
    ],
  };
}

/** The top contributors as drawn (top N or all, in the chosen sort). */
export function countryExportSpec(
  c: CountryRanking,
  { showAll, table }: { showAll: boolean; table: boolean },
): ExportSpec {
  const counted = c.rows.filter((r) => (r.value ?? 0) > 0);
  const drawn = new Set(c.shown.map((r) => r.key));
  const all = formatCount(total(counted));
  const topShare = Math.round((100 * total(c.shown)) / Math.max(1, total(counted)));
  return {
    id: "contributors-chart",
    title: "Top police contributors",
    subtitle: showAll
      ? `Officers sent by each of the ${counted.length} contributing countries on ${formatDate(c.asOf)}, ${all} in all.`
      : `The ${c.shown.length} largest of ${counted.length} contributing countries on ${formatDate(c.asOf)} sent ${topShare}% of all ${all} UN police officers.`,
    source: c.source,
    licence: licenceLine(c.source),
    asOf: c.asOf,
    fileBase: `un-police-top-contributors-${c.asOf}`,
    legend: barKey("Key", c.lit, c.shown),
    csv: {
      header: ["country", "iso3", "police_contributed", "rank", "tied", "drawn_in_chart", "as_of", "source"],
      rows: counted.map((r) => [
        r.label,
        r.key,
        r.value,
        r.rank,
        tiedCell(r.tied),
        drawn.has(r.key) ? "yes" : "no",
        c.asOf,
        c.source,
      ]),
    },
    altText: draftAltText({
      what: `Bar chart of the ${c.shown.length} countries contributing the most UN police officers`,
      rows: c.shown.map((r) => ({ name: r.label, value: r.value })),
      unit: { singular: "officer" },
      asOf: c.asOf,
      source: c.source,
    }),
    ready: !table && c.rows.length > 0,
    notReadyReason: c.rows.length ? TABLE_REASON : NO_FIGURES_REASON,
  };
}

/** Every mission with police on the date, in rank order, with its status. */
export function missionExportSpec(
  m: MissionRanking,
  { table, failed }: { table: boolean; failed: boolean },
): ExportSpec {
  const date = m.asOf;
  const drawn = new Set(m.rows.map((r) => r.key));
  // The missions file's line names its publishers, not a date: the figures' date is added.
  const source = /\b(19|20)\d\d\b/.test(m.source)
    ? m.source
    : `${m.source}; figures as of ${formatDate(date)}`;
  return {
    id: "missions-chart",
    title: "Missions by police strength",
    subtitle: `Police officers in each of the ${m.ranked.length} UN operations with police on ${formatDate(date)}, ${formatCount(total(m.ranked))} in all${m.ranked[0] ? `; ${m.ranked[0].item.acronym} (${m.ranked[0].item.host.name}) is the largest` : ""}.`,
    source: source,
    licence: licenceLine(source),
    legend: barKey("Key", m.lit, m.rows),
    asOf: date,
    fileBase: `un-police-missions-${date}`,
    csv: {
      header: [
        "mission",
        "name",
        "host",
        "host_iso3",
        "police",
        "rank",
        "tied",
        "drawn_in_chart",
        "status",
        "as_of",
        "source",
      ],
      rows: m.ranked.map((r) => [
        r.item.acronym,
        r.item.name,
        r.item.host.name,
        r.item.host.iso3,
        r.value,
        r.rank,
        tiedCell(r.tied),
        drawn.has(r.item.acronym) ? "yes" : "no",
        endedBy(r.item, date) ? "liquidating" : "active",
        date,
        source,
      ]),
    },
    altText: draftAltText({
      what: `Bar chart of the ${m.rows.length} UN operations with police deployed`,
      rows: m.ranked.map((r) => ({ name: r.item.acronym, value: r.value })),
      unit: { singular: "officer" },
      asOf: date,
      source: source,
    }),
    ready: !table && m.rows.length > 0,
    notReadyReason: failed ? MISSIONS_FAILED_REASON : m.rows.length ? TABLE_REASON : NO_FIGURES_REASON,
  };
}
