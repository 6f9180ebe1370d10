// The timeline's export: title, subtitle (naming the story marked), CSV of the December series and
// the drafted alt text. Pure: from the series file and the story drawn, no React.
import type { PoliceByYearFile, Story } from "../../data/schema";
import { draftAltText } from "../../export/alt-text";
import type { ExportSpec } from "../../export/types";
import { FIRST_YEAR, LAST_YEAR, YEAR_SPAN } from "../../lib/calendar";
import { formatCount } from "../../lib/format";

export const TIMELINE_EXPORT_TITLE = `UN police deployed each December, ${YEAR_SPAN}`;

/** "The series ends at 6,133 in 2024", for the timeline's alt text. */
export function seriesEnd(series: PoliceByYearFile): string | undefined {
  const last = series.rows.at(-1);
  return last ? `The series ends at ${formatCount(last.police)} in ${last.year}` : undefined;
}

/** The timeline as drawn: with `story` marked, or with all five stories. */
export function timelineExportSpec(
  series: PoliceByYearFile,
  story: Pick<Story, "theme" | "place"> | null,
): ExportSpec {
  return {
    id: "timeline-chart",
    title: series.title,
    subtitle: story
      ? `UN police deployed each December, with the story "${story.theme}" (${story.place}) marked`
      : "UN police deployed each December, with dated events and the five stories",
    source: series.source,
    asOf: series.asOf,
    fileBase: "un-police-timeline-2007-2024",
    csv: {
      header: ["year", "police_december", "as_of", "source"],
      rows: series.rows.map((r) => [r.year, r.police, `${r.year}-12`, r.source]),
    },
    altText: draftAltText({
      what: `Line chart of UN police officers deployed each December from ${FIRST_YEAR} to ${LAST_YEAR}`,
      rows: series.rows.map((r) => ({ name: String(r.year), value: r.police })),
      unit: { singular: "officer" },
      asOf: series.asOf,
      source: series.source,
      note: seriesEnd(series),
    }),
    ready: true,
  };
}
