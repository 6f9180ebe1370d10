// The map's colours against the surface the countries sit on, by WCAG 2 relative luminance and
// contrast ratio (computed here, not taken from a library): in either theme "none" and "no data"
// are quieter than any value, every value bin stands at 3:1 or more, and in the dark theme larger
// values are brighter (luminance rises with the bin).
import { describe, expect, it } from "vitest";
import { DARK, LIGHT } from "../../src/lib/palette";

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1], 16);
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Theme = Readonly<Record<keyof typeof LIGHT, string>>;
const bins = (t: Theme) => [t["map-1"], t["map-2"], t["map-3"], t["map-4"], t["map-5"], t["map-6"]];
const quiet = (t: Theme) => [t["map-none"], t["map-no-data"], t["map-hatch"]];

describe("WCAG helpers", () => {
  it("give the known ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});

describe.each([
  ["dark", DARK],
  ["light", LIGHT],
] as const)("the map's colours, %s theme", (_name, theme) => {
  const surface = theme.surface;

  it("puts every value bin at 3:1 or more against the map's surface", () => {
    for (const c of bins(theme)) expect(contrast(c, surface), c).toBeGreaterThanOrEqual(3);
  });

  it("keeps none, no data and its hatch quieter than every value bin", () => {
    const weakest = Math.min(...bins(theme).map((c) => contrast(c, surface)));
    for (const c of quiet(theme)) expect(contrast(c, surface), c).toBeLessThan(weakest);
  });

  it("steps every bin away from the surface, each further than the one before", () => {
    const ratios = bins(theme).map((c) => contrast(c, surface));
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeGreaterThan((ratios[i - 1] ?? 0) * 1.15);
  });
});

describe("the dark theme", () => {
  it("makes larger values brighter: luminance rises strictly with the bin", () => {
    const lum = bins(DARK).map(luminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeGreaterThan(lum[i - 1] ?? 0);
  });

  it("keeps none and no data close to the surface (under 1.5:1)", () => {
    for (const c of [DARK["map-none"], DARK["map-no-data"]])
      expect(contrast(c, DARK.surface)).toBeLessThan(1.5);
  });

  it("draws the bars, the highlight and the markers at 3:1 or more on the page and the map", () => {
    for (const bg of [DARK.bg, DARK.surface])
      for (const c of [DARK.bar, DARK.accent, DARK.text])
        expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});
