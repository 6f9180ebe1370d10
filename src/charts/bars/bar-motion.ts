// The bars' motion when the date changes, as pure functions of two pictures (frames): each bar's
// place, value and opacity, the scale's maximum and the plot's height. A bar in both slides to its
// new place while its value (and so its length) runs from the old figure to the new; a bar that
// enters rises from below the last row and fades in; one that leaves sinks below it and fades out.
import { lerp } from "../shared/use-tween";
import type { BarLayout, PlacedBar } from "./bar-layout";

export interface BarState {
  bar: PlacedBar;
  /** Top of the bar's row, in layout units. */
  y: number;
  /** The figure drawn: its label, and its length on the frame's scale. */
  value: number;
  opacity: number;
  /** Leaving: drawn, but no longer a bar a visitor can reach. */
  leaving: boolean;
}

export interface BarFrame {
  bars: BarState[];
  /** The top of the scale (the largest tick's value or above); lengths are value / max of the plot. */
  max: number;
  /** The height of the rows, above the axis. */
  plotHeight: number;
  /** The drawing's height above the axis: during a tween the taller of the two ends, so nothing is cut. */
  boxHeight: number;
}

/** The frame at rest for a layout. */
export function frameOf(layout: BarLayout, axisHeight: number): BarFrame {
  const plotHeight = layout.height - axisHeight;
  return {
    bars: layout.bars.map((bar) => ({ bar, y: bar.y, value: bar.value ?? 0, opacity: 1, leaving: false })),
    max: layout.max,
    plotHeight,
    boxHeight: plotHeight,
  };
}

/** Two frames that draw the same picture (same bars, places, figures and scale). */
export function sameFrame(a: BarFrame | null, b: BarFrame | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.max !== b.max || a.plotHeight !== b.plotHeight || a.bars.length !== b.bars.length)
    return false;
  return a.bars.every((s, i) => {
    const o = b.bars[i];
    return (
      !!o &&
      s.bar.key === o.bar.key &&
      s.y === o.y &&
      s.value === o.value &&
      s.opacity === o.opacity &&
      s.bar.value === o.bar.value &&
      s.bar.label === o.bar.label &&
      s.bar.rank === o.bar.rank &&
      s.bar.tied === o.bar.tied &&
      s.bar.height === o.bar.height &&
      s.bar.lines.join("\n") === o.bar.lines.join("\n")
    );
  });
}

/**
 * The two ends of a tween from what is drawn (`from`, maybe itself mid-tween) to `to`: every bar of
 * either in both, in the target's order with the leaving ones after. Entering bars start below the
 * rows at their new figure, transparent; leaving ones end below the rows, transparent.
 */
export function planTween(from: BarFrame | null, to: BarFrame): { from: BarFrame; to: BarFrame } {
  if (!from) return { from: to, to };
  const before = new Map(from.bars.filter((s) => !s.leaving || s.opacity > 0).map((s) => [s.bar.key, s]));
  const after = new Set(to.bars.map((s) => s.bar.key));
  const start: BarState[] = to.bars.map((s) => {
    const was = before.get(s.bar.key);
    // A bar on its way out that comes back turns round where it is.
    return was ? { ...was, leaving: false } : { ...s, y: from.plotHeight, opacity: 0 };
  });
  const end: BarState[] = [...to.bars];
  for (const s of before.values()) {
    if (after.has(s.bar.key)) continue;
    start.push({ ...s, leaving: true });
    end.push({ ...s, y: to.plotHeight, opacity: 0, leaving: true });
  }
  const boxHeight = Math.max(from.boxHeight, to.plotHeight);
  return {
    from: { ...from, bars: start, boxHeight },
    to: { ...to, bars: end, boxHeight },
  };
}

/** The frame at eased progress t between two ends planned by `planTween` (same bars, same order). */
export function interpolateFrame(from: BarFrame, to: BarFrame, t: number): BarFrame {
  return {
    bars: to.bars.map((b, i) => {
      const a = from.bars[i] ?? b;
      return {
        bar: b.bar,
        y: lerp(a.y, b.y, t),
        value: lerp(a.value, b.value, t),
        opacity: lerp(a.opacity, b.opacity, t),
        leaving: b.leaving,
      };
    }),
    max: lerp(from.max, to.max, t),
    plotHeight: lerp(from.plotHeight, to.plotHeight, t),
    boxHeight: to.boxHeight,
  };
}

/** A bar's length on a frame: its drawn figure over the frame's maximum, of the plot's width. */
export const barLength = (value: number, max: number, plotWidth: number): number =>
  max > 0 ? Math.max(0, (value / max) * plotWidth) : 0;
