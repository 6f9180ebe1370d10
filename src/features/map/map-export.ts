// The map's export: title, subtitle (the legend's title, the selection and the story), CSV of the
// countries shaded and the drafted alt text. Pure: from the figures shown, no React.
import { legendItems } from "../../charts/map/color-scale";
import type { Measure, MeasureData } from "../../data/measures";
import type { Story } from "../../data/schema";
import { draftAltText } from "../../export/alt-text";
import type { ExportSpec } from "../../export/types";
import { TITLES } from "./map-view-model";

export interface MapExportInput {
  measure: Measure;
  md: MeasureData;
  /** The date shown, ISO. */
  date: string;
  legendTitle: string;
  sources: string;
  /** The selected country's name, if any. */
  selectedName: string | undefined;
  story: Pick<Story, "theme" | "place"> | null;
  /** Whether the map has shapes to draw. */
  hasShapes: boolean;
}

export function mapExportSpec(input: MapExportInput): ExportSpec {
  const { measure, md, date, legendTitle, sources, selectedName, story } = input;
  return {
    id: "map",
    title: TITLES[measure],
    subtitle: `${legendTitle}${selectedName ? `. Selected: ${selectedName}` : ""}${story ? `. Story: ${story.theme}, ${story.place}` : ""}`,
    source: sources,
    asOf: date,
    fileBase: `un-police-${measure === "contributed" ? "contributors" : "host-countries"}-map-${date}`,
    legend: { title: legendTitle, items: legendItems() },
    csv: {
      header: [
        "country",
        "iso3",
        measure === "contributed" ? "police_contributed" : "police_hosted",
        "rank",
        "as_of",
        "source",
      ],
      rows: md.order.map((v) => [v.name, v.iso3, v.value, `${v.tied ? "=" : ""}${v.rank}`, date, sources]),
    },
    altText: draftAltText({
      what: `World map of ${measure === "contributed" ? "police officers contributed by each country" : "UN police officers serving in each host country"}, ${md.order.length} countries shaded`,
      rows: md.order.map((v) => ({ name: v.name, value: v.value })),
      unit: { singular: "officer" },
      asOf: date,
      source: sources,
      note: selectedName ? `${selectedName} is selected` : undefined,
    }),
    ready: input.hasShapes && md.known,
    notReadyReason: md.known ? "The map has no shapes to draw." : "The map has no figures to show.",
  };
}
