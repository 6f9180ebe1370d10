import { type RefObject, useEffect, useState } from "react";
import { rootTypeScale } from "../shared/use-element-width";
import * as C from "./constants";
import { labelScale, MIN_LABEL_PX } from "./labels";

/**
 * How much larger the mission labels (and the smallest dots) are drawn so that they keep a readable
 * size on a small map (labelScale), for the map's <svg> inside `wrapRef`. 1 until measured, as in the
 * pre-rendered page. Not useElementWidth: that measures in a layout effect, which would force a
 * layout inside hydration; the observer reports after layout, and the SVG's height counts too.
 */
export function useLabelScale(wrapRef: RefObject<HTMLElement | null>): number {
  const [labelK, setLabelK] = useState(1);
  useEffect(() => {
    const svg = wrapRef.current?.querySelector("svg");
    if (!svg || typeof ResizeObserver !== "function") return;
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      // The viewBox is fitted into the box (preserveAspectRatio "meet"): the smaller ratio wins.
      const { width, height } = entry.contentRect;
      // The labels follow the root type size, which presentation mode raises for a projector.
      setLabelK(
        labelScale(
          Math.min(width / C.MAP_WIDTH, height > 0 ? height / C.MAP_HEIGHT : Infinity),
          MIN_LABEL_PX * rootTypeScale(),
        ),
      );
    });
    ro.observe(svg);
    return () => ro.disconnect();
  }, [wrapRef]);
  return labelK;
}
