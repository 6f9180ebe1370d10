import { describe, expect, it } from "vitest";
import { composeSvg, planGraphic, type Rect, wrapText } from "./compose";
import { shortLink, viewLink } from "./share";
import { PRESETS } from "./sizes";
import type { ExportLegend } from "./types";

const chart = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}"/></svg>`;

const mapKey: ExportLegend = {
  title: "Police officers contributed, 30 June 2024",
  items: [
    ...["1–9", "10–49", "50–99", "100–299", "300–999", "1,000 or more", "None"].map((label) => ({
      label,
      color: "#37a",
    })),
    { label: "No data", color: "#ccc", pattern: "hatch" as const },
    { label: "UN mission", color: "#111", mark: "dot" as const },
  ],
};
const timelineKey: ExportLegend = {
  title: "Key",
  items: [
    { label: "UN police officers each December", color: "#15a", mark: "line" },
    { label: "Year shown: December 2024", color: "#15a", mark: "band" },
    { label: "Event in one of the stories", color: "#111", mark: "event" },
    { label: "Other dated event", color: "#666", mark: "event-open" },
    ...["South Sudan, 2010–2011", "Bangui, Central African Republic, 2017", "Timor-Leste, 2010"].map(
      (label, i) => ({ label, color: "#666", mark: "story" as const, text: String(i + 1) }),
    ),
  ],
};
const barKey: ExportLegend = { title: "Key", items: [{ label: "Police officers", color: "#37a" }] };

// The charts as the page draws them: the map's world box, and the reading column's bar charts and timeline.
const CHARTS = [
  { name: "map", box: { width: 960, height: 421.4 }, legend: mapKey, keyInset: true, minShare: [0.5, 0.35] },
  {
    name: "top contributors",
    box: { width: 437, height: 488 },
    legend: barKey,
    keyInset: false,
    minShare: [0.28, 0.4],
  },
  {
    name: "missions",
    box: { width: 437, height: 677 },
    legend: barKey,
    keyInset: false,
    minShare: [0.2, 0.3],
  },
  {
    name: "timeline",
    box: { width: 437, height: 330 },
    legend: timelineKey,
    keyInset: false,
    minShare: [0.4, 0.4],
  },
];

const base = {
  title: "Where UN police come from",
  subtitle: "On 30 June 2024, 80 countries sent 6,238 police officers; Rwanda sent the most (1,115).",
  source:
    'UN Department of Peace Operations, monthly report "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type", 30 June 2024',
  licence: "UN figures under the UN's terms of use; map shapes from Natural Earth (public domain)",
  link: "unpoliceatlas.example/?country=SEN&measure=hosted",
  background: "light" as const,
  credit: "Figures as of 30 June 2024",
  minTextPx: 14,
};

const inside = (r: Rect, W: number, H: number) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= W + 0.5 && r.y + r.height <= H + 0.5;

describe("the social and square presets", () => {
  for (const p of PRESETS)
    for (const c of CHARTS)
      it(`${p.label}: the ${c.name} fills the canvas, inside it, with no text under 14 px`, () => {
        const input = {
          ...base,
          ...c,
          chart: chart(c.box.width, c.box.height),
          width: p.width,
          height: p.height,
          pixelWidth: p.width,
        };
        const plan = planGraphic(input);
        const g = composeSvg(input);
        expect([g.pixelWidth, g.pixelHeight]).toEqual([p.width, p.height]);
        // The chart's box lies within the canvas and takes a large share of it.
        expect(inside(plan.chart, p.width, p.height), JSON.stringify(plan.chart)).toBe(true);
        const share = (plan.chart.width * plan.chart.height) / (p.width * p.height);
        const minShare = c.minShare[p.key === "social" ? 0 : 1] ?? 0;
        expect(share, `${c.name} ${p.key}: ${share.toFixed(2)}`).toBeGreaterThanOrEqual(minShare);
        // It fills the frame one way: the whole width within the margins, or most of the height.
        const fill = Math.max(plan.chart.width / (p.width - 60), plan.chart.height / p.height);
        expect(fill, `${c.name} ${p.key}`).toBeGreaterThan(0.65);
        // Every text of the frame at least 14 px (one layout unit is one pixel in a preset).
        const doc = new DOMParser().parseFromString(g.svg, "image/svg+xml");
        const sizes = Array.from(doc.querySelectorAll("svg > text, g > text")).map((t) =>
          Number(t.getAttribute("font-size")),
        );
        expect(sizes.length).toBeGreaterThan(5);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
        // Every text baseline inside the canvas; none over the chart unless it is the inset key.
        for (const t of Array.from(doc.querySelectorAll("svg > text"))) {
          const x = Number(t.getAttribute("x"));
          const y = Number(t.getAttribute("y"));
          expect(x >= 0 && x < p.width && y > 0 && y <= p.height, t.textContent ?? "").toBe(true);
          const overChart =
            x > plan.chart.x &&
            x < plan.chart.x + plan.chart.width &&
            y > plan.chart.y &&
            y < plan.chart.y + plan.chart.height;
          expect(overChart, `"${t.textContent}" over the chart`).toBe(false);
        }
        // The key names every mark; title, subtitle, source, licences and the link are all there.
        for (const item of c.legend.items) expect(g.svg).toContain(`>${item.label}</text>`);
        expect(g.svg).toContain("Source: UN Department of Peace Operations");
        expect(g.svg).toContain("Licences: UN figures");
        expect(g.svg).toContain("unpoliceatlas.example/?country=SEN");
      });

  it("puts the map's key inside the map's lower-left corner in a social card, on a panel", () => {
    const map = CHARTS[0];
    if (!map) throw new Error("no map");
    const plan = planGraphic({ ...base, ...map, width: 1200, height: 675, pixelWidth: 1200 });
    const panel = plan.key.panel;
    expect(panel).not.toBeNull();
    if (!panel) return;
    expect(panel.x).toBeLessThan(plan.chart.x + plan.chart.width * 0.35);
    expect(panel.y + panel.height).toBeLessThanOrEqual(plan.chart.y + plan.chart.height + 1);
    expect(panel.y).toBeGreaterThan(plan.chart.y + plan.chart.height * 0.4);
  });
});

describe("the link to the view", () => {
  it("drops the scheme, the embed key and the presentation step, and keeps the state", () => {
    expect(viewLink("https://www.example.org/?embed=map&country=SEN&step=3#x")).toBe(
      "https://www.example.org/?country=SEN",
    );
    expect(shortLink("https://www.example.org/?embed=map&country=SEN")).toBe("example.org/?country=SEN");
    expect(shortLink("https://example.org/")).toBe("example.org");
    expect(shortLink("http://127.0.0.1:4173/atlas/?date=2024-12-31")).toBe(
      "127.0.0.1:4173/atlas/?date=2024-12-31",
    );
  });

  it("wraps a long link at its '/', '?' or '&' instead of running off the image", () => {
    const link =
      "unpoliceatlas.example/?country=SEN&measure=hosted&date=2024-12-31&story=liberia-public-trust";
    const lines = wrapText(`Interactive version: ${link}`, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join("").replace("Interactive version:", "")).toBe(link);
  });
});
