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

/**
 * The page's root type size over the 16 px it is designed at: 1 on the page, about 2 in presentation
 * mode, whose larger type a class reads from the back of the room. 1 where nothing is laid out.
 */
export function rootTypeScale(): number {
  if (typeof document === "undefined" || typeof getComputedStyle !== "function") return 1;
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return px > 0 ? px / 16 : 1;
}

/**
 * rootTypeScale, kept up to date: presentation mode sets its attribute on <html> after its views
 * have mounted, so the scale is read again when that attribute changes. Declare it after
 * useElementWidth: its layout effect then reads a style that measuring has already brought up to date.
 */
export function useRootTypeScale(): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const read = () => setScale(rootTypeScale());
    read();
    if (typeof MutationObserver === "undefined") return;
    const mo = new MutationObserver(read);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ["data-presenting"] });
    return () => mo.disconnect();
  }, []);
  return scale;
}

/** True when the visitor asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-reduced-motion: reduce)").matches
    : false;
}
