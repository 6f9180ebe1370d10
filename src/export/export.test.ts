import { describe, expect, it } from "vitest";
import { draftAltText } from "./alt-text";
import { composeSvg, escapeXml, wrapText } from "./compose";
import { BOM, csvField, toCsv } from "./csv";
import { fileName, slugify } from "./file-name";
import { draftCitation, embedSnippet, embedTarget, embedUrl } from "./share";
import { capWidth, frameFor, pixelSize } from "./sizes";

const base = {
  title: "Top police contributors",
  subtitle: "Police officers contributed by each country, 30 June 2024",
  source: 'UN DPO, "Contribution of Uniformed Personnel", 30 June 2024',
  chart: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"><rect width="10" height="10"/></svg>',
  box: { width: 600, height: 300 },
  width: 800,
  height: null,
  pixelWidth: 1600,
  background: "light" as const,
};

describe("SVG assembly", () => {
  it("has the title, subtitle, source, credit and the chart, at the asked pixel width", () => {
    const g = composeSvg(base);
    expect(g.svg).toContain("<title>Top police contributors</title>");
    expect(g.svg).toContain(">Top police contributors</text>");
    expect(g.svg).toContain("Police officers contributed by each country, 30 June 2024");
    expect(g.svg).toContain("Source: UN DPO, &quot;Contribution of Uniformed Personnel&quot;, 30 June 2024");
    expect(g.svg).toContain("UN Police Atlas");
    expect(g.svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" preserveAspectRatio/);
    expect(g.pixelWidth).toBe(1600);
    expect(g.pixelHeight).toBe(Math.round((g.height * 1600) / 800));
    expect(new DOMParser().parseFromString(g.svg, "image/svg+xml").querySelector("parsererror")).toBeNull();
  });
  it("draws the legend with a hatched 'No data' swatch", () => {
    const g = composeSvg({
      ...base,
      legend: {
        title: "Officers",
        items: [
          { color: "#d4e4f4", label: "1–9" },
          { color: "#ccc", label: "No data", pattern: "hatch" },
        ],
      },
    });
    expect(g.svg).toContain(">Officers</text>");
    expect(g.svg).toContain(">1–9</text>");
    expect(g.svg).toContain('fill="url(#export-hatch)"');
    expect(g.svg).toContain('<pattern id="export-hatch"');
  });
  it("keeps non-Latin names and quotes intact, escaped", () => {
    const g = composeSvg({ ...base, title: `Côte d'Ivoire & "Timor-Leste" <東ティモール>` });
    expect(g.svg).toContain("Côte d&apos;Ivoire &amp; &quot;Timor-Leste&quot; &lt;東ティモール&gt;");
    expect(new DOMParser().parseFromString(g.svg, "image/svg+xml").querySelector("title")?.textContent).toBe(
      `Côte d'Ivoire & "Timor-Leste" <東ティモール>`,
    );
    expect(escapeXml("a\u0001b")).toBe("ab");
  });
  it("fits the chart inside a fixed frame (social card) and leaves out the background when transparent", () => {
    const g = composeSvg({ ...base, width: 1200, height: 675, pixelWidth: 1200, background: "transparent" });
    expect(g.pixelWidth).toBe(1200);
    expect(g.pixelHeight).toBe(675);
    expect(g.svg).not.toContain('fill="#ffffff"/>');
  });
  it("wraps long lines", () => {
    expect(wrapText("one two three four five", 10)).toEqual(["one two", "three four", "five"]);
  });
});

describe("CSV writer", () => {
  it("quotes commas, quotes and line breaks; writes numbers plainly; starts with a BOM", () => {
    expect(csvField('Congo, "Republic"')).toBe('"Congo, ""Republic"""');
    expect(csvField(6238)).toBe("6238");
    expect(csvField(null)).toBe("");
    expect(csvField("a\nb")).toBe('"a\nb"');
    const csv = toCsv(
      ["country", "value"],
      [
        ["Côte d'Ivoire", 66],
        ["Türkiye", null],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("country,value\r\nCôte d'Ivoire,66\r\nTürkiye,\r\n");
  });
});

describe("file names, sizes and sharing", () => {
  it("say what the file is", () => {
    expect(fileName("un-police-top-contributors-2024", "png", "1200x675")).toBe(
      "un-police-top-contributors-2024-1200x675.png",
    );
    expect(slugify("Côte d'Ivoire / Timor-Leste")).toBe("cote-divoire-timor-leste");
    expect(fileName("///", "csv")).toBe("un-police-atlas.csv");
  });
  it("cap a huge width with a message and keep PNGs under 16 megapixels", () => {
    expect(capWidth("50000")).toEqual({
      width: 4000,
      message: "Width capped at 4,000 px (you asked for 50,000 px).",
    });
    expect(capWidth("abc").message).toMatch(/Enter a width/);
    expect(frameFor({ kind: "screen", scale: 2 }, 700)).toEqual({
      width: 700,
      height: null,
      pixelWidth: 1400,
    });
    const big = pixelSize(1000, 5000, 4000);
    expect(big.width * big.height).toBeLessThanOrEqual(16_000_000);
    expect(big.message).toMatch(/16 megapixels/);
  });
  it("names the three largest values in alt text, skipping missing ones, ties in their given order", () => {
    const alt = (values: (number | null)[]) =>
      draftAltText({
        what: "Chart",
        rows: values.map((value, i) => ({ name: `C${i}`, value })),
        unit: { singular: "officer" },
        asOf: "2024",
        source: "S",
      });
    expect(alt([5, null, 9, Number.NaN, 7, 1, 9])).toBe(
      "Chart, as of 2024. The top 3: C2 (9 officers), C6 (9 officers) and C4 (7 officers). Source: S.",
    );
    expect(alt([1, 2])).toBe("Chart, as of 2024. The top 2: C1 (2 officers) and C0 (1 officer). Source: S.");
    expect(alt([null])).toBe("Chart, as of 2024. No values are shown. Source: S.");
  });
  it("draft alt text, citation and embed code from the data", () => {
    const alt = draftAltText({
      what: "Bar chart of the top contributors",
      rows: [
        { name: "Senegal", value: 1090 },
        { name: "Rwanda", value: 1115 },
        { name: "Egypt", value: 393 },
        { name: "Nepal", value: 215 },
      ],
      unit: { singular: "officer" },
      asOf: "2024-06-30",
      source: "UN DPO",
    });
    expect(alt).toBe(
      "Bar chart of the top contributors, as of 30 June 2024. The top 3: Rwanda (1,115 officers), Senegal (1,090 officers) and Egypt (393 officers). Source: UN DPO.",
    );
    expect(
      draftCitation({ title: "Map", source: "UN DPO", asOf: "2024-06-30" }, "https://x.org/?country=SEN"),
    ).toBe("Map. Source: UN DPO, 30 June 2024. UN Police Atlas, https://x.org/?country=SEN");
    expect(embedUrl("https://x.org/?step=3&country=SEN", "map")).toBe("https://x.org/?country=SEN&embed=map");
    expect(embedSnippet({ id: "map", title: 'A "map"' }, "https://x.org/")).toContain(
      'title="A &quot;map&quot;"',
    );
    expect(embedTarget("?embed=missions-chart")).toBe("missions-chart");
    expect(embedTarget("?embed=<script>")).toBeNull();
  });
});
