import type { MouseEvent, PointerEvent, RefObject } from "react";
import * as C from "./constants";
import { itemAt, type MapItem } from "./map-items";
import type { Tip } from "./tip";
import type { Finder } from "./use-map-geometry";

interface Options {
  wrapRef: RefObject<HTMLElement | null>;
  /** The group drawn in map units (inside the zoom), to turn a pointer into a point of the map. */
  layerRef: RefObject<SVGGElement | null>;
  nearest: () => Finder | null;
  tip: Tip | null;
  setTip: (tip: Tip | null) => void;
  onHover: (iso3: string | null) => void;
  onPick: (item: MapItem) => void;
}

/** The item under a pointer: its mark, or the nearest small shape within reach (micro states). */
function hit(e: PointerEvent, layer: SVGGElement | null, nearest: () => Finder | null): MapItem | null {
  const item = itemAt(e.target);
  if (item || !layer || typeof layer.getScreenCTM !== "function" || typeof DOMPoint !== "function")
    return item;
  const ctm = layer.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
  return nearest()?.(p.x, p.y, C.NEAREST_RADIUS_PX / ctm.a) ?? null;
}

/** Pointer moves show the tooltip and the hover of the item under the pointer; a click picks it. */
export function usePointerHits({ wrapRef, layerRef, nearest, tip, setTip, onHover, onPick }: Options) {
  const onPointerMove = (e: PointerEvent) => {
    const item = hit(e, layerRef.current, nearest);
    const wrap = wrapRef.current?.getBoundingClientRect();
    if (!item || !wrap) {
      if (tip) setTip(null);
      onHover(null);
      return;
    }
    setTip({ item, x: e.clientX - wrap.left, y: e.clientY - wrap.top });
    // A mission's marker keeps the country hovered before it; a shape with no country has none.
    if (item.kind === "country") onHover(item.iso3);
    else if (item.kind === "unknown-shape") onHover(null);
  };

  const onPointerLeave = () => {
    setTip(null);
    onHover(null);
  };

  // A click between shapes picks the item the tooltip shows (the nearest small shape).
  const onClick = (e: MouseEvent) => {
    const item = itemAt(e.target) ?? tip?.item ?? null;
    if (item) onPick(item);
  };

  return { onPointerMove, onPointerLeave, onClick };
}
