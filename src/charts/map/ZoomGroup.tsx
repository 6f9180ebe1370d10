import type { ZoomTransform } from "d3-zoom";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useMapContext } from "react-simple-maps/core";
import { whenIdle } from "../../lib/tasks";

/** Where a gesture ended: the map's centre as longitude and latitude, and the zoom. */
export interface MoveEnd {
  coordinates: [number, number] | undefined;
  zoom: number;
}

interface Props {
  center: [number, number];
  zoom: number;
  minZoom: number;
  maxZoom: number;
  translateExtent: Array<[number, number]>;
  /** Which events may start a gesture (d3-zoom's filter). */
  filterZoomEvent: (e: Event) => boolean;
  onMoveEnd: (end: MoveEnd) => void;
  children: ReactNode;
}

interface Position {
  x: number;
  y: number;
  k: number;
}

interface Behaviour {
  apply: (p: Position) => void;
  detach: () => void;
}

/** d3-zoom and d3-selection, fetched once: the first view draws without them. */
let gestureModules: Promise<[typeof import("d3-zoom"), typeof import("d3-selection")]> | null = null;
const loadGestures = () => {
  gestureModules ??= Promise.all([import("d3-zoom"), import("d3-selection")]);
  return gestureModules;
};

/**
 * The map's pan and zoom group: react-simple-maps' ZoomableGroup (the same markup, transform and
 * gestures), except that d3-zoom is attached after the first paint, when the browser is idle or a
 * pointer or the focus comes to the map, so its code (about 15 KB) is not in the first chunk and
 * hydration does not wait for it. Until then the group follows `center` and `zoom` as before.
 */
export function ZoomGroup({
  center,
  zoom,
  minZoom,
  maxZoom,
  translateExtent,
  filterZoomEvent,
  onMoveEnd,
  children,
}: Props) {
  const { width, height, projection } = useMapContext();
  const target = useMemo<Position>(() => {
    const p = projection(center);
    return p ? { x: width / 2 - p[0] * zoom, y: height / 2 - p[1] * zoom, k: zoom } : { x: 0, y: 0, k: 1 };
  }, [projection, width, height, center, zoom]);
  // Where a gesture has taken the map, until the parent's view catches up with it.
  const [moved, setMoved] = useState<Position | null>(null);
  const pos = moved ?? target;
  const rootRef = useRef<SVGGElement>(null);
  const behaviour = useRef<Behaviour | null>(null);
  const posRef = useRef(pos);
  posRef.current = pos;
  const callbacks = useRef({ filterZoomEvent, onMoveEnd });
  useEffect(() => {
    callbacks.current = { filterZoomEvent, onMoveEnd };
  });

  // Attach the gestures once: at idle after the first paint, or at once when a pointer, a touch or
  // the focus reaches the map first.
  const [x0, y0] = translateExtent[0] ?? [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const [x1, y1] = translateExtent[1] ?? [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  useEffect(() => {
    const el = rootRef.current;
    const svg = el?.ownerSVGElement;
    if (!el || !svg) return;
    let cancelled = false;
    let programmatic = false;
    const attach = () => {
      cleanup();
      void loadGestures().then(([{ zoom: makeZoom, zoomIdentity }, { select }]) => {
        if (cancelled || behaviour.current) return;
        const z = makeZoom<SVGGElement, unknown>()
          .extent([
            [0, 0],
            [width, height],
          ])
          .filter((e: Event) => callbacks.current.filterZoomEvent(e))
          .scaleExtent([minZoom, maxZoom])
          .translateExtent([
            [x0, y0],
            [x1, y1],
          ])
          .on("zoom", (e: { transform: ZoomTransform }) => {
            if (programmatic) return;
            const { x, y, k } = e.transform;
            setMoved({ x, y, k });
          })
          .on("end", (e: { transform: ZoomTransform }) => {
            if (programmatic) {
              programmatic = false;
              return;
            }
            const { x, y, k } = e.transform;
            const c = projection.invert?.([(width / 2 - x) / k, (height / 2 - y) / k]);
            callbacks.current.onMoveEnd({ coordinates: c ? [c[0], c[1]] : undefined, zoom: k });
          });
        const sel = select(el);
        sel.call(z);
        const apply = (p: Position) => {
          programmatic = true;
          sel.call(z.transform, zoomIdentity.translate(p.x, p.y).scale(p.k));
          programmatic = false;
        };
        apply(posRef.current);
        behaviour.current = { apply, detach: () => sel.on(".zoom", null) };
      });
    };
    const events = ["pointerenter", "touchstart", "focusin", "wheel"] as const;
    const cleanup = () => {
      for (const type of events) svg.removeEventListener(type, attach);
    };
    for (const type of events) svg.addEventListener(type, attach, { passive: true });
    const cancel = whenIdle(attach, { timeout: 3000, fallback: 500 });
    return () => {
      cancelled = true;
      cleanup();
      cancel();
      behaviour.current?.detach();
      behaviour.current = null;
    };
  }, [projection, width, height, minZoom, maxZoom, x0, y0, x1, y1]);

  // A new view from the parent (the buttons, the keys, a story's fit, or a gesture's end coming
  // back): the group shows it, and d3-zoom starts its next gesture from it.
  useEffect(() => {
    setMoved(null);
    behaviour.current?.apply(target);
  }, [target]);

  return (
    <g ref={rootRef}>
      <rect width={width} height={height} fill="transparent" />
      <g transform={`translate(${pos.x} ${pos.y}) scale(${pos.k})`} className="rsm-zoomable-group">
        {children}
      </g>
    </g>
  );
}
