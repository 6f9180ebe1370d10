import { type RefObject, useEffect, useLayoutEffect, useState } from "react";
import { pageIsLive, useRootTypeScale } from "../shared/use-element-width";
import * as C from "./constants";
import { labelScale, MIN_LABEL_PX } from "./labels";

/** Map units to screen px for an SVG box: the viewBox is fitted into it ("meet"), the smaller ratio wins. */
function pxPerUnitOf(width: number, height: number): number {
  return Math.min(width / C.MAP_WIDTH, height > 0 ? height / C.MAP_HEIGHT : Infinity);
}

/**
 * How much larger the mission labels (and the smallest dots) are drawn so that they keep a readable
 * size on a small map (labelScale), for the map's <svg> inside `wrapRef`. 1 until measured, as in the
 * pre-rendered page.
 *
 * Two inputs, each observed on its own: the map's size on screen, and the root type size, which
 * presentation mode raises for a projector (useRootTypeScale), so a change of either redraws them.
 * - During hydration the size comes from a ResizeObserver, which reports after the browser's own
 *   layout: a layout effect would force one inside hydration.
 * - A map mounted (or shown again by a Suspense boundary) once the page is live is measured in a
 *   layout effect, before it is painted: a presentation slide's map would otherwise show its labels
 *   at the unscaled size for a frame or more, then place them again.
 */
export function useLabelScale(wrapRef: RefObject<HTMLElement | null>): number {
  const [pxPerUnit, setPxPerUnit] = useState(0);
  const type = useRootTypeScale();
  useLayoutEffect(() => {
    if (!pageIsLive()) return;
    const box = wrapRef.current?.querySelector("svg")?.getBoundingClientRect();
    if (box && box.width > 0) setPxPerUnit(pxPerUnitOf(box.width, box.height));
  }, [wrapRef]);
  useEffect(() => {
    const svg = wrapRef.current?.querySelector("svg");
    if (!svg || typeof ResizeObserver !== "function") return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setPxPerUnit(pxPerUnitOf(entry.contentRect.width, entry.contentRect.height));
    });
    ro.observe(svg);
    return () => ro.disconnect();
  }, [wrapRef]);
  return labelScale(pxPerUnit, MIN_LABEL_PX * type);
}
