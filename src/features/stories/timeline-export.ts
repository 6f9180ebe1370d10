// The timeline's export: title, a subtitle with the series' course (and the story marked), a key for
// the line, the events, the year shown and each numbered story, a CSV of the December series and the
// drafted alt text. Pure: from the series file and the stories drawn, no React.
import type { PoliceByYearFile, Story } from "../../data/schema";
import { licenceLine, shortSource } from "../../data/sources";
import { draftAltText } from "../../export/alt-text";
import type { ExportSpec, KeyItem } from "../../export/types";
import { FIRST_YEAR, LAST_YEAR, YEAR_SPAN } from "../../lib/calendar";
import { formatCount, formatYearSpan } from "../../lib/format";
import { LIGHT } from "../../lib/palette";

export const TIMELINE_EXPORT_TITLE = `UN police deployed each December, ${YEAR_SPAN}`;

/** "The series ends at 6,133 in 2024", for the timeline's alt text. */
export function seriesEnd(series: PoliceByYearFile): string | undefined {
  const last = series.rows.at(-1);
  return last ? `The series ends at ${formatCount(last.police)} in ${last.year}` : undefined;
}

/** "From 11,077 in 2007 to a peak of 14,322 in 2010, then 6,133 in 2024." */
export function seriesCourse(series: PoliceByYearFile): string {
  const rows = [...series.rows].sort((a, b) => a.year - b.year);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return "No figures are on record.";
  const peak = rows.reduce((m, r) => (r.police > m.police ? r : m), first);
  const mid =
    peak !== first && peak !== last
      ? ` to a peak of ${formatCount(peak.police)} in ${peak.year}, then`
      : " to";
  return `From ${formatCount(first.police)} in ${first.year}${mid} ${formatCount(last.police)} in ${last.year}.`;
}

/** A row's source as a readable line with its date: "Our World in Data, from UN reports, December 2009". */
function datedSource(source: string, year: number): string {
  const line = shortSource(source);
  return line.includes(String(year)) ? line : `${line}, December ${year}`;
}

interface Drawn {
  /** The stories drawn, in their order on the timeline (numbered from 1). */
  stories?: readonly Pick<Story, "theme" | "place" | "years">[];
  /** Whether the events file is drawn (its dots). */
  events?: boolean;
  /** The year the band and the labelled point mark. */
  year?: number;
}

/** The timeline as drawn: with `story` marked, or with all five stories. */
export function timelineExportSpec(
  series: PoliceByYearFile,
  story: Pick<Story, "theme" | "place"> | null,
  drawn: Drawn = {},
): ExportSpec {
  const key: KeyItem[] = [
    { mark: "line", color: LIGHT.link, label: "UN police officers each December" },
    ...(drawn.year
      ? [{ mark: "band" as const, color: LIGHT.link, label: `Year shown: December ${drawn.year}` }]
      : []),
    ...(drawn.events
      ? [
          { mark: "event" as const, color: LIGHT.text, label: "Event in one of the stories" },
          { mark: "event-open" as const, color: LIGHT.muted, label: "Other dated event" },
        ]
      : []),
    ...(drawn.stories ?? []).map((s, i) => ({
      mark: "story" as const,
      color: LIGHT.muted,
      text: String(i + 1),
      label: `${s.place}, ${formatYearSpan(...s.years)}`,
    })),
  ];
  return {
    id: "timeline-chart",
    title: series.title,
    subtitle: `${seriesCourse(series)} Police in all UN operations, individual officers and formed units.${
      story ? ` Marked: the story "${story.theme}" (${story.place}).` : ""
    }`,
    source: series.source,
    licence: licenceLine(series.source),
    asOf: series.asOf,
    fileBase: "un-police-timeline-2007-2024",
    legend: { title: "Key", items: key },
    csv: {
      header: ["year", "police_december", "as_of", "source"],
      rows: series.rows.map((r) => [r.year, r.police, `${r.year}-12-31`, datedSource(r.source, r.year)]),
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
