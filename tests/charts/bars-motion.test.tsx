// The ranked bars as a bar chart race: on a change of date each country's bar slides to its new
// rank and its figure runs to the new one, frame by frame; none of it under reduced motion; and
// whatever is on screen, the export's <svg> shows the new date's final picture.
import { act, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BarRow } from "../../src/charts/bars/bar-layout";
import { TWEEN_MS } from "../../src/charts/bars/constants";
import { RankedBars } from "../../src/charts/bars/RankedBars";
import { holdMotion } from "../../src/lib/tasks";

const rows = (...r: [string, number][]): BarRow[] =>
  r.map(([key, value], i) => ({ key, label: `Country ${key}`, value, rank: i + 1, tied: false }));
const Y2010 = rows(["AAA", 400], ["BBB", 300], ["CCC", 200], ["DDD", 100]);
const Y2012 = rows(["DDD", 900], ["AAA", 500], ["CCC", 250], ["EEE", 50]);

// Animation frames run by hand: each call to frame(ms) advances the clock and runs one frame.
let queue: FrameRequestCallback[] = [];
let clock = 0;
const frame = (ms: number) =>
  act(() => {
    clock += ms;
    const run = queue;
    queue = [];
    for (const cb of run) cb(clock);
  });

function reducedMotion(on: boolean) {
  vi.stubGlobal("matchMedia", (q: string) => ({
    matches: on && q.includes("reduce"),
    media: q,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

beforeEach(() => {
  queue = [];
  clock = 0;
  vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => queue.push(cb));
  vi.stubGlobal("cancelAnimationFrame", () => {});
  reducedMotion(false);
});
afterEach(() => vi.unstubAllGlobals());

function Chart({
  data,
  date,
  settle,
}: {
  data: BarRow[];
  date: string;
  settle?: { current: (() => void) | null };
}) {
  return (
    <RankedBars
      rows={data}
      motionKey={date}
      settleRef={settle}
      label="Bar chart: test"
      descriptionId="d"
      nameFor={(b) => `${b.label}, ${b.value}`}
      selected={null}
      highlighted={new Set()}
      onHover={() => {}}
      onSelect={() => {}}
    />
  );
}

const bar = (key: string) => document.querySelector(`[data-key="${key}"]`) as SVGGElement;
const yOf = (el: Element | null) =>
  Number(/translate\(0,([-\d.e]+)\)/.exec(el?.getAttribute("transform") ?? "")?.[1]);
const figureOf = (key: string) => bar(key).querySelector(".bars__value")?.textContent;
const group = () => screen.getByRole("group", { name: "Bar chart: test" });

/** The bars at rest for one date (drawn alone), to compare places with. */
function restingY(data: BarRow[]) {
  const { unmount } = render(<Chart data={data} date="x" />);
  const ys = Object.fromEntries(data.map((r) => [r.key, yOf(bar(r.key))]));
  unmount();
  return ys;
}

describe("the ranked bars when the date changes", () => {
  it("slides a country from 4th to 1st through the places between while its figure runs up", () => {
    const from = restingY(Y2010);
    const to = restingY(Y2012);
    const { rerender } = render(<Chart data={Y2010} date="2010" />);
    rerender(<Chart data={Y2012} date="2012" />);
    // The first frame is still the old picture.
    expect(yOf(bar("DDD"))).toBeCloseTo(from.DDD ?? Number.NaN);
    expect(figureOf("DDD")).toBe("100");
    frame(16);
    frame(TWEEN_MS / 2);
    const mid = yOf(bar("DDD"));
    expect(mid).toBeLessThan(from.DDD ?? 0);
    expect(mid).toBeGreaterThan(to.DDD ?? 0);
    const figure = Number(figureOf("DDD")?.replace(/,/g, ""));
    expect(figure).toBeGreaterThan(100);
    expect(figure).toBeLessThan(900);
    // BBB is leaving: still drawn, fading, but no longer a bar anyone can reach.
    expect(within(group()).queryByRole("button", { name: /^Country BBB/ })).toBeNull();
    expect(Number(bar("BBB").getAttribute("opacity"))).toBeLessThan(1);
    frame(TWEEN_MS);
    expect(yOf(bar("DDD"))).toBeCloseTo(to.DDD ?? Number.NaN);
    expect(figureOf("DDD")).toBe("900");
    expect(bar("BBB")).toBeNull();
    expect(queue).toHaveLength(0);
  });

  it("gives the bars their new names and order at once, for screen readers and the keyboard", () => {
    const { rerender } = render(<Chart data={Y2010} date="2010" />);
    rerender(<Chart data={Y2012} date="2012" />);
    frame(16);
    frame(TWEEN_MS / 4);
    // Mid-way on screen…
    expect(Number(figureOf("DDD")?.replace(/,/g, ""))).toBeLessThan(900);
    // …but every bar already says the new date's figure and rank order.
    const names = within(group())
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label"));
    expect(names).toEqual(["Country DDD, 900", "Country AAA, 500", "Country CCC, 250", "Country EEE, 50"]);
  });

  it("keeps still while motion is held (the map drawing a new date), then goes on by the clock", () => {
    const from = restingY(Y2010);
    const to = restingY(Y2012);
    const { rerender } = render(<Chart data={Y2010} date="2010" />);
    rerender(<Chart data={Y2012} date="2012" />);
    frame(16);
    frame(TWEEN_MS / 4);
    const before = yOf(bar("DDD"));
    expect(before).toBeLessThan(from.DDD ?? 0);
    const release = holdMotion();
    frame(TWEEN_MS / 4);
    frame(16);
    // No new picture while held, but the race is still running.
    expect(yOf(bar("DDD"))).toBe(before);
    expect(queue.length).toBeGreaterThan(0);
    release();
    release();
    frame(16);
    const after = yOf(bar("DDD"));
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(to.DDD ?? 0);
    frame(TWEEN_MS);
    expect(yOf(bar("DDD"))).toBeCloseTo(to.DDD ?? Number.NaN);
    expect(queue).toHaveLength(0);
  });

  it("jumps to the new places on the first frame under reduced motion", () => {
    const to = restingY(Y2012);
    const { rerender } = render(<Chart data={Y2010} date="2010" />);
    rerender(<Chart data={Y2012} date="2012" />);
    expect(queue.length).toBeGreaterThan(0);
    frame(16);
    frame(TWEEN_MS);
    reducedMotion(true);
    rerender(<Chart data={Y2010} date="2010" />);
    rerender(<Chart data={Y2012} date="2012" />);
    expect(yOf(bar("DDD"))).toBeCloseTo(to.DDD ?? Number.NaN);
    expect(figureOf("DDD")).toBe("900");
    expect(bar("BBB")).toBeNull();
    expect(queue).toHaveLength(0);
  });

  it("does not animate a change that is not a change of date (a sort, a longer list)", () => {
    const to = restingY(Y2012);
    const { rerender } = render(<Chart data={Y2010} date="2010" />);
    rerender(<Chart data={Y2012} date="2012" />);
    expect(queue.length).toBeGreaterThan(0);
    frame(16);
    frame(TWEEN_MS);
    rerender(<Chart data={Y2010} date="2012" />);
    rerender(<Chart data={Y2012} date="2012" />);
    expect(yOf(bar("DDD"))).toBeCloseTo(to.DDD ?? Number.NaN);
    expect(queue).toHaveLength(0);
  });

  it("hands the export the final picture even mid-way", () => {
    const settle = createRef<(() => void) | null>() as { current: (() => void) | null };
    const to = restingY(Y2012);
    const { rerender } = render(<Chart data={Y2010} date="2010" settle={settle} />);
    rerender(<Chart data={Y2012} date="2012" settle={settle} />);
    frame(16);
    frame(TWEEN_MS / 3);
    expect(yOf(bar("DDD"))).not.toBeCloseTo(to.DDD ?? Number.NaN);
    act(() => settle.current?.());
    expect(yOf(bar("DDD"))).toBeCloseTo(to.DDD ?? Number.NaN);
    expect(figureOf("DDD")).toBe("900");
    expect(bar("BBB")).toBeNull();
  });
});
