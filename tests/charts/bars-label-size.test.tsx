// The ranked bars' type: at least the page's small type (14 px) on the page, and on a presentation
// slide (labelSize) names, figures and ticks at the size asked for, with the top ten still fitting.
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BarRow } from "../../src/charts/bars/bar-layout";
import { RankedBars } from "../../src/charts/bars/RankedBars";

const TEN: BarRow[] = Array.from({ length: 10 }, (_, i) => ({
  key: `K${i}`,
  label: i === 3 ? "Democratic Republic of the Congo" : `Country ${i}`,
  value: 1000 - i * 90,
  rank: i + 1,
  tied: false,
}));

afterEach(() => vi.restoreAllMocks());

/** Draws the chart in a box `width` px wide; returns the px size of its text and its height. */
function drawn(width: number, labelSize?: number) {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({ width } as DOMRect);
  const { container, unmount } = render(
    <RankedBars
      rows={TEN}
      labelSize={labelSize}
      label="Bar chart: test"
      descriptionId="d"
      nameFor={(b) => b.label}
      selected={null}
      highlighted={new Set()}
      onHover={() => {}}
      onSelect={() => {}}
    />,
  );
  const svg = container.querySelector("svg") as SVGSVGElement;
  const [, , vbWidth] = (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
  const px = Number(svg.getAttribute("width")) / (vbWidth ?? 1);
  const sizes = (sel: string) =>
    [...svg.querySelectorAll(sel)].map((t) => Number(t.getAttribute("font-size")) * px);
  const out = {
    names: sizes(".bars__name"),
    values: sizes(".bars__value"),
    ticks: sizes(".bars__tick"),
    width: Number(svg.getAttribute("width")),
    height: Number(svg.getAttribute("height")),
  };
  unmount();
  return out;
}

describe("the ranked bars' type", () => {
  it("draws names, figures and ticks at 14 px or more on a laptop", () => {
    const d = drawn(640);
    for (const s of [...d.names, ...d.values, ...d.ticks]) expect(s).toBeGreaterThanOrEqual(14);
    expect(d.ticks.length).toBeGreaterThan(1);
  });

  it("draws them at 26 px on a 1920 × 1080 slide, the top ten in the slide's height", () => {
    const d = drawn(1100, 26);
    expect(d.names).toHaveLength(10);
    for (const s of [...d.names, ...d.values, ...d.ticks]) expect(s).toBeCloseTo(26);
    expect(d.width).toBeLessThanOrEqual(1100);
    // Room left for the slide's title and source: the chart takes at most 800 of 1080 px.
    expect(d.height).toBeLessThanOrEqual(800);
  });
});
