import { describe, expect, it } from "vitest";
import { mapExportSpec } from "./map-export";
import { contributed, contributors, hosted, missions, snapshot } from "./map-fixtures";

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

// What the figure counts, from the report file itself: every country that sent police.
const sent = contributors.rows.filter((r) => r.total > 0);
const reportTotal = sent.reduce((n, r) => n + r.total, 0);

describe("the map's export", () => {
  it("has a CSV row for every country the figure counts, drawn on the map or not, adding up to the report", () => {
    const spec = mapExportSpec(input);
    expect(spec).toMatchObject({
      id: "map",
      title: "Where UN police come from",
      asOf: "2024-06-30",
      ready: true,
    });
    expect(spec.fileBase).toBe("un-police-contributors-map-2024-06-30");
    expect(spec.csv.header).toEqual([
      "country",
      "iso3",
      "police_contributed",
      "rank",
      "tied",
      "drawn_on_map",
      "as_of",
      "source",
    ]);
    expect(spec.csv.rows[0]).toEqual(["Rwanda", "RWA", 1115, 1, "no", "yes", "2024-06-30", "UN DPO"]);
    expect(spec.csv.rows).toHaveLength(sent.length);
    expect(spec.csv.rows).toHaveLength(80);
    expect(spec.csv.rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(reportTotal);
    expect(reportTotal).toBe(6238);
    // Kiribati and Sao Tome and Principe have no shape at this scale: listed, marked as not drawn.
    for (const iso3 of ["KIR", "STP"]) expect(spec.csv.rows.find((r) => r[1] === iso3)?.[5], iso3).toBe("no");
    expect(spec.csv.rows.filter((r) => r[5] === "yes")).toHaveLength(contributed.order.length);
  });

  it("hosted: counts the Abyei area (UNISFA, no country) in the CSV and the total, as the page does", () => {
    const police = snapshot.missionPolice ?? new Map<string, number>();
    const otherHosts = missions.rows
      .filter((m) => !m.host.iso3)
      .map((m) => ({ name: m.host.name, value: police.get(m.acronym) ?? 0 }));
    const spec = mapExportSpec({ ...input, measure: "hosted", md: hosted, otherHosts });
    const total = [...police.values()].reduce((n, v) => n + v, 0);
    expect(total).toBe(6238);
    expect(spec.csv.rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(total);
    const abyei = spec.csv.rows.find((r) => String(r[0]).startsWith("Abyei"));
    expect(abyei?.slice(1, 6)).toEqual(["", 46, 7, "no", "no"]);
    expect(spec.subtitle).toMatch(
      /^On 30 June 2024, 6,238 UN police officers served in 10 host countries and territories and the Abyei area/,
    );
  });

  it("writes ranks as plain numbers and ties in their own column (no '=' a spreadsheet reads as a formula)", () => {
    const { rows } = mapExportSpec(input).csv;
    for (const r of rows) {
      expect(typeof r[3]).toBe("number");
      expect(["yes", "no"]).toContain(r[4]);
      for (const cell of r) expect(String(cell)).not.toMatch(/^[=+\-@]/);
    }
    const tied = rows.filter((r) => r[4] === "yes");
    expect(tied.length).toBeGreaterThan(0);
    // Every tied rank is shared by at least two rows.
    for (const r of tied) expect(rows.filter((o) => o[3] === r[3]).length).toBeGreaterThan(1);
  });

  it("has a key for every mark, a subtitle with the date's totals, the licences and the hosted measure's file name", () => {
    const spec = mapExportSpec({ ...input, arcs: true, selectedName: "Senegal" });
    const labels = spec.legend?.items.map((i) => i.label) ?? [];
    expect(labels).toEqual(
      expect.arrayContaining(["1–9", "None", "No data", "UN mission", "Selected: Senegal"]),
    );
    expect(spec.legend?.items.find((i) => i.mark === "arc")).toBeTruthy();
    expect(spec.subtitle).toBe(
      "On 30 June 2024, 80 countries sent 6,238 police officers; Rwanda sent the most (1,115). Selected: Senegal.",
    );
    expect(spec.licence).toMatch(/Natural Earth/);
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
    expect(spec.subtitle).toMatch(/Selected: Egypt\. Story: Rebuilding public trust, Liberia\.$/);
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
