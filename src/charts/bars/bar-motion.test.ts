import { describe, expect, it } from "vitest";
import { easeInOut, lerp, progressAt } from "../shared/use-tween";
import { type BarRow, layoutBars } from "./bar-layout";
import { type BarFrame, barLength, frameOf, interpolateFrame, planTween, sameFrame } from "./bar-motion";

const row = (key: string, value: number, rank: number): BarRow => ({
  key,
  label: key,
  value,
  rank,
  tied: false,
});
const frame = (rows: [string, number][]): BarFrame =>
  frameOf(
    layoutBars(
      rows.map(([k, v], i) => row(k, v, i + 1)),
      600,
    ),
    24,
  );
const at = (f: BarFrame, key: string) => {
  const s = f.bars.find((b) => b.bar.key === key);
  if (!s) throw new Error(`no ${key}`);
  return s;
};

describe("easing and progress", () => {
  it("runs from 0 to 1, symmetric, clamped outside the tween", () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.25)).toBeCloseTo(1 - easeInOut(0.75));
    expect(easeInOut(-1)).toBe(0);
    expect(easeInOut(2)).toBe(1);
    for (let t = 0; t < 1; t += 0.1) expect(easeInOut(t + 0.1)).toBeGreaterThanOrEqual(easeInOut(t));
    expect(lerp(10, 20, 0.25)).toBe(12.5);
  });
  it("measures progress from the tween's first frame, and is done at once with no duration", () => {
    expect(progressAt(1000, 1000, 500)).toBe(0);
    expect(progressAt(1000, 1250, 500)).toBeCloseTo(0.5);
    expect(progressAt(1000, 1600, 500)).toBe(1);
    expect(progressAt(1000, 1000, 0)).toBe(1);
  });
});

describe("a bar chart race between two dates", () => {
  // 2010: a b c d; 2012: d overtakes to first, b leaves, e enters.
  const y2010 = frame([
    ["a", 400],
    ["b", 300],
    ["c", 200],
    ["d", 100],
  ]);
  const y2012 = frame([
    ["d", 900],
    ["a", 500],
    ["c", 250],
    ["e", 50],
  ]);
  const { from, to } = planTween(y2010, y2012);

  it("starts where the old date was and ends at the new one", () => {
    expect(at(interpolateFrame(from, to, 0), "d").y).toBe(at(y2010, "d").y);
    expect(at(interpolateFrame(from, to, 1), "d").y).toBe(at(y2012, "d").y);
    expect(at(interpolateFrame(from, to, 0), "d").value).toBe(100);
    expect(at(interpolateFrame(from, to, 1), "d").value).toBe(900);
    expect(interpolateFrame(from, to, 0).max).toBe(y2010.max);
    expect(interpolateFrame(from, to, 1).max).toBe(y2012.max);
  });

  it("slides a bar that climbs from 4th to 1st through the places between, its figure between the two", () => {
    const mid = at(interpolateFrame(from, to, 0.5), "d");
    expect(mid.y).toBeLessThan(at(y2010, "d").y);
    expect(mid.y).toBeGreaterThan(at(y2012, "d").y);
    expect(mid.value).toBe(500);
    expect(mid.opacity).toBe(1);
  });

  it("brings an entering bar up from below the rows, fading in, at its new figure", () => {
    expect(at(from, "e")).toMatchObject({ y: y2010.plotHeight, opacity: 0, value: 50, leaving: false });
    expect(at(interpolateFrame(from, to, 0.5), "e").opacity).toBe(0.5);
    expect(at(to, "e")).toMatchObject({ y: at(y2012, "e").y, opacity: 1 });
  });

  it("sinks a leaving bar below the rows and fades it out; it is marked as leaving throughout", () => {
    expect(at(from, "b")).toMatchObject({ y: at(y2010, "b").y, opacity: 1, leaving: true });
    expect(at(to, "b")).toMatchObject({ y: y2012.plotHeight, opacity: 0, leaving: true, value: 300 });
    expect(to.bars.filter((s) => !s.leaving).map((s) => s.bar.key)).toEqual(["d", "a", "c", "e"]);
  });

  it("keeps the drawing as tall as the taller date until the end", () => {
    const short = frame([["a", 1]]);
    const plan = planTween(y2010, short);
    expect(interpolateFrame(plan.from, plan.to, 0.5).boxHeight).toBe(y2010.plotHeight);
  });

  it("turns back from wherever a bar is when the date changes again mid-way", () => {
    const mid = interpolateFrame(from, to, 0.5);
    const back = planTween(mid, y2010);
    expect(at(back.from, "d").y).toBe(at(mid, "d").y);
    expect(at(back.from, "d").value).toBe(500);
    // b was half faded on its way out: it comes back from there.
    expect(at(back.from, "b")).toMatchObject({ opacity: 0.5, leaving: false });
    expect(at(back.to, "b")).toMatchObject({ y: at(y2010, "b").y, opacity: 1, leaving: false });
  });

  it("tells the same picture from a different one", () => {
    expect(sameFrame(y2010, frame(y2010.bars.map((s) => [s.bar.key, s.value])))).toBe(true);
    expect(sameFrame(y2010, y2012)).toBe(false);
    expect(sameFrame(null, y2010)).toBe(false);
  });

  it("measures a bar on the frame's scale", () => {
    expect(barLength(50, 100, 300)).toBe(150);
    expect(barLength(5, 0, 300)).toBe(0);
    const d = at(y2012, "d");
    expect(barLength(d.value, y2012.max, 600 - 0)).toBeGreaterThan(0);
  });
});
