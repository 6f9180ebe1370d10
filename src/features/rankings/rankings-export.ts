// The two rankings' exports: title, subtitle, CSV rows, drafted alt text and whether an image can be
// made now. Pure: from the view model (rankings-model), no React.
import { draftAltText } from "../../export/alt-text";
import type { ExportSpec } from "../../export/types";
import { formatDate } from "../../lib/format";
import { type CountryRanking, endedBy, type MissionRanking } from "./rankings-model";

export const TABLE_REASON =
  "Images are drawn from the chart: choose the chart view (not the table) to export.";
export const NO_FIGURES_REASON = "There are no figures to export.";
export const MISSIONS_FAILED_REASON = "The mission details could not be loaded.";

const rankCell = (rank: number | null, tied: boolean) => `${tied ? "=" : ""}${rank ?? ""}`;

/** The top contributors as drawn (top N or all, in the chosen sort). */
export function countryExportSpec(
  c: CountryRanking,
  { showAll, table }: { showAll: boolean; table: boolean },
): ExportSpec {
  return {
    id: "contributors-chart",
    title: "Top police contributors",
    subtitle: `Police officers contributed by each country, ${formatDate(c.asOf)}${showAll ? "" : `, top ${c.top}`}`,
    source: c.source,
    asOf: c.asOf,
    fileBase: `un-police-top-contributors-${c.asOf}`,
    csv: {
      header: ["country", "iso3", "police_contributed", "rank", "as_of", "source"],
      rows: c.shown.map((r) => [r.label, r.key, r.value, rankCell(r.rank, r.tied), c.asOf, c.source]),
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
  return {
    id: "missions-chart",
    title: "Missions by police strength",
    subtitle: `Police officers deployed in each UN operation, ${formatDate(date)}`,
    source: m.source,
    asOf: date,
    fileBase: `un-police-missions-${date}`,
    csv: {
      header: ["mission", "name", "host", "host_iso3", "police", "rank", "status", "as_of", "source"],
      rows: m.ranked.map((r) => [
        r.item.acronym,
        r.item.name,
        r.item.host.name,
        r.item.host.iso3,
        r.value,
        rankCell(r.rank, r.tied),
        endedBy(r.item, date) ? "liquidating" : "active",
        date,
        m.source,
      ]),
    },
    altText: draftAltText({
      what: `Bar chart of the ${m.rows.length} UN operations with police deployed`,
      rows: m.ranked.map((r) => ({ name: r.item.acronym, value: r.value })),
      unit: { singular: "officer" },
      asOf: date,
      source: m.source,
    }),
    ready: !table && m.rows.length > 0,
    notReadyReason: failed ? MISSIONS_FAILED_REASON : m.rows.length ? TABLE_REASON : NO_FIGURES_REASON,
  };
}
