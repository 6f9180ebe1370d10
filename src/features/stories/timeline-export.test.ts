import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import type { PoliceByYearFile } from "../../data/schema";
import { seriesEnd, timelineExportSpec } from "./timeline-export";

const series = readData("police-by-year.json") as PoliceByYearFile;

describe("the timeline's export", () => {
  it("is a CSV of every December, with its date and a readable, dated source", () => {
    const spec = timelineExportSpec(series, null);
    expect(spec.id).toBe("timeline-chart");
    expect(spec.fileBase).toBe("un-police-timeline-2007-2024");
    expect(spec.csv.header).toEqual(["year", "police_december", "as_of", "source"]);
    expect(spec.csv.rows).toHaveLength(18);
    expect(spec.csv.rows[0]).toEqual([
      2007,
      11077,
      "2007-12-31",
      "Our World in Data, from UN reports, December 2007",
    ]);
    expect(spec.csv.rows.at(-1)).toEqual([
      2024,
      series.rows.at(-1)?.police,
      "2024-12-31",
      "UN DPO report, December 2024",
    ]);
    for (const r of spec.csv.rows) expect(String(r[3])).not.toMatch(/owid|\.pdf|kl371218|parsed|same file/i);
    expect(spec.ready).toBe(true);
  });

  it("has a subtitle with the series' course, the story marked, and a key for every mark", () => {
    expect(timelineExportSpec(series, null).subtitle).toBe(
      "From 11,077 in 2007 to a peak of 14,322 in 2010, then 6,133 in 2024. Police in all UN operations, individual officers and formed units.",
    );
    const marked = timelineExportSpec(
      series,
      { theme: "Rebuilding public trust", place: "Liberia" },
      {
        stories: [{ theme: "Rebuilding public trust", place: "Liberia", years: [2007, 2016] }],
        events: true,
        year: 2012,
      },
    );
    expect(marked.subtitle).toMatch(/Marked: the story "Rebuilding public trust" \(Liberia\)\.$/);
    expect(marked.subtitle).not.toBe(marked.title);
    expect(marked.legend?.items.map((i) => i.mark)).toEqual(["line", "band", "event", "event-open", "story"]);
    expect(marked.legend?.items.at(-1)).toMatchObject({ text: "1", label: "Liberia, 2007–2016" });
    expect(marked.licence).toBe("UN figures under the UN's terms of use; Our World in Data, CC BY 4.0");
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
