import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { motionHeld } from "../../lib/tasks";

/** Cubic ease in and out over t in [0, 1] (clamped). */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** A straight line from a to b, t in [0, 1]. */
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** How far a tween started at `start` and lasting `duration` ms is at `now`: 0..1, eased. */
export function progressAt(start: number, now: number, duration: number): number {
  return duration > 0 ? easeInOut((now - start) / duration) : 1;
}

export interface TweenOptions<T> {
  duration: number;
  /**
   * The change to the new target is drawn as a tween only when this key differs from the key of
   * the last target (the date a chart shows); other changes (a resize, a sort) apply at once.
   */
  key: string | number | null;
  /** No tween at all: every change applies at once (reduced motion). */
  still: boolean;
  /** The same picture: nothing to do. */
  same: (a: T, b: T) => boolean;
  /** The two ends of a tween from what is on screen to the target (entering and leaving marks added). */
  plan: (from: T, to: T) => { from: T; to: T };
  /** The picture at eased progress t (0..1) between the two ends. */
  interpolate: (from: T, to: T, t: number) => T;
}

const raf = (cb: FrameRequestCallback): number | null =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(cb) : null;

/**
 * The picture to draw on this frame: `target` itself at rest, and for `duration` ms after its key
 * changes, the steps from what was on screen to it, one per animation frame. `finish()` jumps to
 * the target at once (an export must show the final state, never a frame of the way there).
 */
export function useTween<T>(target: T, opts: TweenOptions<T>): { value: T; finish: () => void } {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  const last = useRef({ target, key: opts.key });
  const run = useRef<{ id: number | null; target: T } | null>(null);
  const optsRef = useRef(opts);
  optsRef.current = opts;

  const show = useCallback((v: T) => {
    shownRef.current = v;
    setShown(v);
  }, []);
  const stop = useCallback(() => {
    if (run.current?.id != null) cancelAnimationFrame(run.current.id);
    run.current = null;
  }, []);

  useLayoutEffect(() => {
    const o = optsRef.current;
    const prev = last.current;
    last.current = { target, key: o.key };
    if (prev.target === target || o.same(prev.target, target)) {
      // Same picture (a hover, a new array of the same rows): keep any tween running.
      if (!run.current && shownRef.current !== target && o.same(shownRef.current, target)) show(target);
      return;
    }
    stop();
    if (o.still || prev.key === o.key || typeof requestAnimationFrame !== "function") {
      show(target);
      return;
    }
    const { from, to } = o.plan(shownRef.current, target);
    let start: number | null = null;
    const tick = (now: number) => {
      if (!run.current) return;
      start ??= now;
      if (motionHeld()) {
        // A more urgent view is being drawn: skip this frame's render, keep the clock.
        run.current.id = raf(tick);
        return;
      }
      const t = progressAt(start, now, o.duration);
      if (t >= 1) {
        run.current = null;
        show(target);
        return;
      }
      show(o.interpolate(from, to, t));
      run.current.id = raf(tick);
    };
    run.current = { id: null, target };
    show(o.interpolate(from, to, 0));
    run.current.id = raf(tick);
  }, [target, show, stop]);

  useLayoutEffect(() => stop, [stop]);

  const finish = useCallback(() => {
    const r = run.current;
    if (!r) return;
    stop();
    flushSync(() => show(r.target));
  }, [show, stop]);

  return { value: shown, finish };
}
