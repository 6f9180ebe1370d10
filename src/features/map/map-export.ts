// The map's export: title, a subtitle with the date's totals, the selection and the story, a key
// for every mark, a CSV of every country the figures count (drawn on the map or not) and the drafted
// alt text. Pure: from the figures shown, no React.
import { legendItems } from "../../charts/map/color-scale";
import { WORLD_BOX } from "../../charts/map/constants";
import { relabelForExport } from "../../charts/map/export-labels";
import type { Measure, MeasureData, MeasureValue } from "../../data/measures";
import type { Story } from "../../data/schema";
import { rankBy } from "../../data/selectors";
import { licenceLine } from "../../data/sources";
import { draftAltText } from "../../export/alt-text";
import type { ExportSpec, KeyItem } from "../../export/types";
import { formatCount, formatDate } from "../../lib/format";
import { LIGHT } from "../../lib/palette";
import { TITLES } from "./map-view-model";

export interface MapExportInput {
  measure: Measure;
  md: MeasureData;
  /** The date shown, ISO. */
  date: string;
  /** The page legend's title (the key of an image names the measure alone). */
  legendTitle?: string;
  sources: string;
  /** The selected country's name, if any. */
  selectedName: string | undefined;
  story: Pick<Story, "theme" | "place"> | null;
  /** Whether the map has shapes to draw. */
  hasShapes: boolean;
  /** Whether lines between contributors and missions are drawn (a selection or a story). */
  arcs?: boolean;
  /** Whether mission markers are drawn. */
  markers?: boolean;
  /**
   * Police hosted: missions whose host is no country (UNISFA in the Abyei area), counted in the
   * total but on no country's shape: their rows join the CSV, not drawn on the map as a country.
   */
  otherHosts?: readonly { name: string; value: number }[];
}

interface CsvRow {
  name: string;
  iso3: string;
  value: number;
  rank: number;
  tied: boolean;
  drawn: boolean;
}

/**
 * Ties in name order by code unit: no Intl collator, whose first use costs tens of milliseconds on a
 * slow phone, on the map's first render.
 */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The rows ranked again together (data/selectors' rankBy: 1, 2, 2, 4), ties in name order. */
function ranked(rows: readonly Omit<CsvRow, "rank" | "tied">[]): CsvRow[] {
  return rankBy(rows, (r) => r.value, byName).map((r) => ({ ...r.item, rank: r.rank, tied: r.tied }));
}

/** Every country the figures count (value above 0), in rank order, drawn on the map or not. */
export function countedRows(md: MeasureData): MeasureValue[] {
  return [...md.byIso3.values()].filter((v) => v.value > 0).sort((a, b) => a.rank - b.rank || byName(a, b));
}

/** "On 30 June 2024, 80 countries sent 6,238 police officers; Rwanda sent the most (1,115)." */
export function mapFinding(
  measure: Measure,
  rows: readonly { name: string; value: number }[],
  date: string,
  others: readonly { name: string; value: number }[] = [],
): string {
  const total = [...rows, ...others].reduce((s, r) => s + r.value, 0);
  const top = rows[0];
  const where = `${formatCount(rows.length)} host countries and territories${others.map((o) => ` and the ${o.name}`).join("")}`;
  const when =
    date.endsWith("-12-31") && date < "2024" ? `In December ${date.slice(0, 4)}` : `On ${formatDate(date)}`;
  if (!top) return `${when}, no figures are on record.`;
  return measure === "contributed"
    ? `${when}, ${formatCount(rows.length)} countries sent ${formatCount(total)} police officers; ${top.name} sent the most (${formatCount(top.value)}).`
    : `${when}, ${formatCount(total)} UN police officers served in ${where}; ${top.name} hosted the most (${formatCount(top.value)}).`;
}

export function mapExportSpec(input: MapExportInput): ExportSpec {
  const { measure, md, date, sources, selectedName, story } = input;
  const counted = countedRows(md);
  const drawn = new Set(md.order.map((v) => v.iso3));
  const others = measure === "hosted" ? (input.otherHosts ?? []).filter((o) => o.value > 0) : [];
  const rows: CsvRow[] = others.length
    ? ranked([
        ...counted.map((v) => ({ name: v.name, iso3: v.iso3, value: v.value, drawn: drawn.has(v.iso3) })),
        ...others.map((o) => ({ name: o.name, iso3: "", value: o.value, drawn: false })),
      ])
    : counted.map((v) => ({ ...v, drawn: drawn.has(v.iso3) }));
  const marks: KeyItem[] = [];
  if (input.markers !== false)
    marks.push(
      measure === "hosted"
        ? { mark: "ring", color: LIGHT.text, label: "Ring: a mission's police" }
        : { mark: "dot", color: LIGHT.text, label: "UN mission" },
    );
  if (selectedName) marks.push({ mark: "outline", color: LIGHT.accent, label: `Selected: ${selectedName}` });
  else if (story)
    marks.push({ mark: "outline", color: LIGHT.accent, label: `Story: ${story.place} and its contributors` });
  if (input.arcs) marks.push({ mark: "arc", color: LIGHT.accent, label: "Officers sent" });
  const what = measure === "contributed" ? "police_contributed" : "police_hosted";
  return {
    id: "map",
    title: TITLES[measure],
    subtitle: [
      md.known
        ? mapFinding(measure, counted, date, others)
        : `No figures by country are on record for ${formatDate(date)}.`,
      selectedName ? `Selected: ${selectedName}.` : "",
      story ? `Story: ${story.theme}, ${story.place}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
    source: sources,
    licence: licenceLine(sources, { map: true }),
    asOf: date,
    fileBase: `un-police-${measure === "contributed" ? "contributors" : "host-countries"}-map-${date}`,
    // The key's title names the measure; the date is in the subtitle and the credit.
    legend: {
      title: measure === "contributed" ? "Police officers sent" : "Police officers hosted",
      items: [...legendItems(), ...marks],
    },
    keyInset: true,
    box: {
      x: WORLD_BOX.x0,
      y: WORLD_BOX.y0,
      width: WORLD_BOX.x1 - WORLD_BOX.x0,
      height: WORLD_BOX.y1 - WORLD_BOX.y0,
    },
    adaptChart: relabelForExport,
    csv: {
      header: ["country", "iso3", what, "rank", "tied", "drawn_on_map", "as_of", "source"],
      rows: rows.map((v) => [
        v.name,
        v.iso3,
        v.value,
        v.rank,
        v.tied ? "yes" : "no",
        v.drawn ? "yes" : "no",
        date,
        sources,
      ]),
    },
    altText: draftAltText({
      what: `World map of ${measure === "contributed" ? "police officers contributed by each country" : "UN police officers serving in each host country"}, ${md.order.length} countries shaded`,
      rows: counted.map((v) => ({ name: v.name, value: v.value })),
      unit: { singular: "officer" },
      asOf: date,
      source: sources,
      note: selectedName ? `${selectedName} is selected` : undefined,
    }),
    ready: input.hasShapes && md.known,
    notReadyReason: md.known ? "The map has no shapes to draw." : "The map has no figures to show.",
  };
}
