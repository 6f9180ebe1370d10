import type { MapItem } from "./map-items";

/** The item under the tooltip and its point, relative to the map's box. */
export interface Tip {
  item: MapItem;
  x: number;
  y: number;
}

/** A tooltip centred above an element (a focused shape): at its top edge, relative to `wrap`. */
export function tipAbove(item: MapItem, el: Element | null, wrap: Element | null): Tip {
  if (!wrap || !el) return { item, x: 0, y: 0 };
  const r = el.getBoundingClientRect();
  const w = wrap.getBoundingClientRect();
  return { item, x: r.left + r.width / 2 - w.left, y: r.top - w.top };
}
