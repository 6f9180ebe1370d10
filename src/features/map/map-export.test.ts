import { describe, expect, it } from "vitest";
import { mapExportSpec } from "./map-export";
import { contributed, hosted } from "./map-fixtures";

const input = {
  measure: "contributed" as const,
  md: contributed,
  date: "2024-06-30",
  legendTitle: "Police officers contributed, 30 June 2024",
  sources: "UN DPO",
  selectedName: undefined,
  story: null,
  hasShapes: true,
};

describe("the map's export", () => {
  it("has the measure's title and file name, and a CSV row per country shaded, in rank order", () => {
    const spec = mapExportSpec(input);
    expect(spec).toMatchObject({
      id: "map",
      title: "Where UN police come from",
      asOf: "2024-06-30",
      ready: true,
    });
    expect(spec.fileBase).toBe("un-police-contributors-map-2024-06-30");
    expect(spec.csv.header).toEqual(["country", "iso3", "police_contributed", "rank", "as_of", "source"]);
    expect(spec.csv.rows[0]).toEqual(["Rwanda", "RWA", 1115, "1", "2024-06-30", "UN DPO"]);
    expect(spec.csv.rows).toHaveLength(contributed.order.length);
    expect(mapExportSpec({ ...input, measure: "hosted", md: hosted }).fileBase).toBe(
      "un-police-host-countries-map-2024-06-30",
    );
  });

  it("names the selection and the story in the subtitle and the selection in the alt text", () => {
    const spec = mapExportSpec({
      ...input,
      selectedName: "Egypt",
      story: { theme: "Rebuilding public trust", place: "Liberia" },
    });
    expect(spec.subtitle).toBe(
      "Police officers contributed, 30 June 2024. Selected: Egypt. Story: Rebuilding public trust, Liberia",
    );
    expect(spec.altText).toMatch(/countries shaded, as of 30 June 2024\. The top 3: Rwanda/);
    expect(spec.altText).toContain("Egypt is selected.");
  });

  it("is not ready without figures or shapes, and says why", () => {
    const noFigures = mapExportSpec({ ...input, md: { ...contributed, known: false, order: [] } });
    expect(noFigures).toMatchObject({ ready: false, notReadyReason: "The map has no figures to show." });
    expect(mapExportSpec({ ...input, hasShapes: false })).toMatchObject({
      ready: false,
      notReadyReason: "The map has no shapes to draw.",
    });
  });
});
