import { type RefObject, startTransition, useEffect, useLayoutEffect, useState } from "react";

/**
 * The width of an element, kept up to date with ResizeObserver; null until it has been measured.
 * A chart draws its SVG only once this is a number. The first width comes from the observer's first
 * report, which the browser makes after its own layout of the frame: reading it then costs nothing,
 * where measuring in a layout effect made the browser lay the whole page out inside React's commit
 * (about 50 ms a chart at 4x CPU on the first load). Where nothing can be observed (jsdom) the width
 * is measured at once, and where nothing is laid out it is `fallback`.
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
    if (typeof ResizeObserver === "undefined") {
      measure();
      return;
    }
    // A transition: the chart drawn at its width (hundreds of SVG elements) renders in slices
    // instead of one task, and a resize never holds up input.
    const ro = new ResizeObserver(() => startTransition(measure));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}

/**
 * True once the app has started (App marks <html> data-app-ready after hydration): a component
 * mounting now is not being hydrated, so it may read the page's style and layout as it mounts.
 */
export function pageIsLive(): boolean {
  return typeof document !== "undefined" && document.documentElement.hasAttribute("data-app-ready");
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
 * rootTypeScale, kept up to date: read when the browser reports the page's layout (a
 * ResizeObserver on <html>, after its own layout, so reading the style forces no extra layout
 * inside React's commit) and again when presentation mode sets its attribute on <html>. 1 until
 * then, as on the pre-rendered page; at once where nothing can be observed (jsdom).
 */
export function useRootTypeScale(): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const read = () => setScale(rootTypeScale());
    const html = document.documentElement;
    if (typeof ResizeObserver === "undefined") read();
    const ro = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(read);
    ro?.observe(html);
    if (typeof MutationObserver === "undefined") return () => ro?.disconnect();
    const mo = new MutationObserver(read);
    mo.observe(html, { attributes: true, attributeFilter: ["data-presenting"] });
    return () => {
      ro?.disconnect();
      mo.disconnect();
    };
  }, []);
  return scale;
}

/** True when the visitor asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-reduced-motion: reduce)").matches
    : false;
}
