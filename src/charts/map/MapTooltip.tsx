import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { Sparkline } from "../shared/Sparkline";
import { itemKey, type MapItem, type TipContent, type TipSeries } from "./map-items";
import type { Tip } from "./tip";

/** Space kept between the tooltip and the map's edges, and between the tooltip and its point. */
const TIP_MARGIN = 4;
const TIP_GAP = 10;

interface Props {
  tip: Tip;
  describe: (item: MapItem) => TipContent;
  seriesFor?: (item: MapItem) => TipSeries | null;
}

/**
 * The tooltip: centred above its point, as drawn first; when that would cross the map's left, right
 * or top edge (a country at the edge of a phone's map), it is moved inside before the frame is
 * painted, or put below the point, so it never covers the controls above the map or leaves the
 * screen. Only this small element renders again for that.
 */
export default function MapTooltip({ tip, describe, seriesFor }: Props) {
  const { x, y } = tip;
  const key = itemKey(tip.item);
  // Made once per item shown, so the size check below does not run again on every pointer move.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the item; tip moves with the pointer
  const content = useMemo(() => describe(tip.item), [key, describe]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the item; tip moves with the pointer
  const series = useMemo(() => seriesFor?.(tip.item) ?? null, [key, seriesFor]);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new text or a line gives the box a new size to fit
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.offsetParent;
    if (!el || !(box instanceof HTMLElement)) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const maxLeft = box.clientWidth - w - TIP_MARGIN;
    let left = x - w / 2;
    let top = y - h - TIP_GAP;
    const inside = left >= TIP_MARGIN && left <= maxLeft && top >= 0;
    if (inside) return setPlace(null);
    left = Math.max(TIP_MARGIN, Math.min(left, maxLeft));
    if (top < 0) top = y + TIP_GAP * 2;
    setPlace({ left, top });
  }, [x, y, content, series]);
  return (
    <div
      ref={ref}
      role="tooltip"
      className="map__tooltip"
      style={place ? { left: place.left, top: place.top, transform: "none" } : { left: x, top: y }}
    >
      {[content.title, ...content.lines].map((line) => (
        <span key={line}>{line}</span>
      ))}
      {series ? (
        <span className="map__tooltip-series">
          <Sparkline points={series.points} year={series.year} width={112} height={22} />
          <small>{series.caption}</small>
        </span>
      ) : null}
    </div>
  );
}
