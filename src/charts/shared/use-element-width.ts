import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * The width of an element, kept up to date with ResizeObserver; null until it has been measured.
 * A chart draws its SVG only once this is a number: measured in a layout effect, before the first
 * paint, so a visitor never sees it, and the page is laid out once with the chart at its real width
 * instead of once at a guess and again at the real width. Where nothing can be measured (no layout,
 * as in jsdom) the width is `fallback`.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      // A hidden element measures 0: keep the last width.
      setWidth((last) => (w > 0 ? w : (last ?? fallback)));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}

/** True when the visitor asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-reduced-motion: reduce)").matches
    : false;
}
