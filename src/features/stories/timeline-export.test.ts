import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import type { PoliceByYearFile } from "../../data/schema";
import { seriesEnd, timelineExportSpec } from "./timeline-export";

const series = readData("police-by-year.json") as PoliceByYearFile;

describe("the timeline's export", () => {
  it("is a CSV of every December, with its month and source", () => {
    const spec = timelineExportSpec(series, null);
    expect(spec.id).toBe("timeline-chart");
    expect(spec.fileBase).toBe("un-police-timeline-2007-2024");
    expect(spec.csv.header).toEqual(["year", "police_december", "as_of", "source"]);
    expect(spec.csv.rows).toHaveLength(18);
    expect(spec.csv.rows[0]).toEqual([2007, 11077, "2007-12", series.rows[0]?.source]);
    expect(spec.csv.rows.at(-1)?.slice(0, 3)).toEqual([2024, series.rows.at(-1)?.police, "2024-12"]);
    expect(spec.ready).toBe(true);
  });

  it("names the story marked in its subtitle, or all five", () => {
    expect(timelineExportSpec(series, null).subtitle).toBe(
      "UN police deployed each December, with dated events and the five stories",
    );
    expect(timelineExportSpec(series, { theme: "Rebuilding public trust", place: "Liberia" }).subtitle).toBe(
      'UN police deployed each December, with the story "Rebuilding public trust" (Liberia) marked',
    );
  });

  it("drafts alt text that ends the series with its last figure and names the source", () => {
    const last = series.rows.at(-1);
    const end = `The series ends at ${last?.police.toLocaleString("en-US")} in ${last?.year}`;
    expect(seriesEnd(series)).toBe(end);
    const alt = timelineExportSpec(series, null).altText;
    expect(alt).toMatch(/^Line chart of UN police officers deployed each December from 2007 to 2024, as of /);
    expect(alt).toContain(`${end}.`);
    expect(alt).toMatch(/Source: .+\.$/);
    expect(seriesEnd({ ...series, rows: [] })).toBeUndefined();
  });
});
