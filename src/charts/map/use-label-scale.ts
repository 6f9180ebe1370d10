import { type RefObject, useEffect, useLayoutEffect, useState } from "react";
import { pageIsLive, rootTypeScale } from "../shared/use-element-width";
import * as C from "./constants";
import { labelScale, MIN_LABEL_PX } from "./labels";

/** The label scale for the map's SVG box at the page's current root type size. */
function scaleFor(width: number, height: number): number {
  // The viewBox is fitted into the box (preserveAspectRatio "meet"): the smaller ratio wins.
  const pxPerUnit = Math.min(width / C.MAP_WIDTH, height > 0 ? height / C.MAP_HEIGHT : Infinity);
  // The labels follow the root type size, which presentation mode raises for a projector.
  return labelScale(pxPerUnit, MIN_LABEL_PX * rootTypeScale());
}

/**
 * How much larger the mission labels (and the smallest dots) are drawn so that they keep a readable
 * size on a small map (labelScale), for the map's <svg> inside `wrapRef`. 1 until measured, as in the
 * pre-rendered page.
 * - During hydration the size comes from a ResizeObserver, which reports after the browser's own
 *   layout (not useElementWidth's layout effect, which would force a layout inside hydration); the
 *   SVG's height counts too.
 * - A map mounted (or shown again by a Suspense boundary) once the page is live is also measured
 *   in a layout effect, before it is painted: a presentation slide's map otherwise showed its labels
 *   at the page's size for a frame or more (15.4 px at 1920 x 1080), then placed them again.
 */
export function useLabelScale(wrapRef: RefObject<HTMLElement | null>): number {
  const [labelK, setLabelK] = useState(1);
  useLayoutEffect(() => {
    if (!pageIsLive()) return;
    const box = wrapRef.current?.querySelector("svg")?.getBoundingClientRect();
    if (box && box.width > 0) setLabelK(scaleFor(box.width, box.height));
  }, [wrapRef]);
  useEffect(() => {
    const svg = wrapRef.current?.querySelector("svg");
    if (!svg || typeof ResizeObserver !== "function") return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setLabelK(scaleFor(entry.contentRect.width, entry.contentRect.height));
    });
    ro.observe(svg);
    return () => ro.disconnect();
  }, [wrapRef]);
  return labelK;
}
