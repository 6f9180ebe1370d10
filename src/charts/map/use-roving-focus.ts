import { type FocusEvent, type KeyboardEvent, type RefObject, useCallback, useMemo, useState } from "react";
import { itemAt, itemKey, type MapItem } from "./map-items";

/**
 * One tab stop for the map's marks: the arrow keys, Home and End walk `order` (rank order), and the
 * tab stop follows the focus however it arrived (a click, a screen reader's cursor), so Tab comes
 * back to that mark. `onFocusItem` hears of each mark the keys move the focus to.
 */
export function useRovingFocus(
  order: readonly MapItem[],
  wrapRef: RefObject<HTMLElement | null>,
  onFocusItem: (item: MapItem, el: Element | null) => void,
) {
  const [active, setActive] = useState(0);
  const activeItem = order[Math.min(active, order.length - 1)] ?? null;
  const activeKey = activeItem ? itemKey(activeItem) : null;
  const indexOf = useMemo(() => new Map(order.map((o, i) => [itemKey(o), i])), [order]);

  const focusIndex = useCallback(
    (index: number) => {
      const item = order[index];
      if (!item) return;
      setActive(index);
      const el = wrapRef.current?.querySelector<SVGElement>(`[data-key="${itemKey(item)}"]`) ?? null;
      el?.focus();
      onFocusItem(item, el);
    },
    [order, wrapRef, onFocusItem],
  );

  /** The arrow keys, Home and End. True when the key was one of them. */
  const onWalkKey = (e: KeyboardEvent): boolean => {
    const n = order.length;
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active - 1,
      ArrowUp: active - 1,
      Home: 0,
      End: n - 1,
    };
    if (!(e.key in moves && n)) return false;
    e.preventDefault();
    focusIndex(((moves[e.key] ?? 0) + n) % n);
    return true;
  };

  /** Makes an item of the order (a clicked one) the tab stop. */
  const markActive = (item: MapItem) => {
    const idx = indexOf.get(itemKey(item));
    if (idx !== undefined && idx !== active) setActive(idx);
  };

  const onFocus = (e: FocusEvent) => {
    const item = itemAt(e.target);
    if (item) markActive(item);
  };

  /** The focused mark, whichever way it got the focus; else the tab stop. */
  const focused = (): MapItem | null => itemAt(document.activeElement) ?? activeItem;

  /** Is this mark's key one the keys walk? */
  const inOrder = (key: string) => indexOf.has(key);

  return { activeKey, onWalkKey, onFocus, markActive, focused, inOrder };
}
