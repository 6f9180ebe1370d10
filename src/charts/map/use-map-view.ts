import { useCallback, useEffect, useMemo, useState } from "react";
import * as C from "./constants";
import { type Box, clampCentre, fitBox, focusBox, sameView } from "./geometry";
import type { MapGeometry } from "./use-map-geometry";
import type { MoveEnd } from "./ZoomGroup";

export interface MapView {
  center: [number, number];
  zoom: number;
}

/**
 * The map's centre and zoom: the whole world at first, a story's countries (or a search's) fitted
 * when `focus` changes, and whatever the buttons, the keys or a gesture make of it. The world box
 * always covers the frame; `frame` is the part of the map in view, in map units.
 */
export function useMapView(geo: MapGeometry, focus: readonly string[] | null) {
  const [view, setView] = useState<MapView>({ center: [0, 0], zoom: 1 });
  const { projection } = geo;

  /** The view at zoom `k` round a point of the map, moved so the world covers the frame. */
  const viewAt = useCallback(
    (p: [number, number], k: number): MapView => {
      const [x, y] = clampCentre(p, k, C.WORLD_BOX, C.MAP_WIDTH, C.MAP_HEIGHT);
      const c = projection.invert?.([x, y]);
      return { center: c ? [c[0], c[1]] : [0, 0], zoom: k };
    },
    [projection],
  );
  const home = useMemo(() => viewAt([C.MAP_WIDTH / 2, C.MAP_HEIGHT / 2], 1), [viewAt]);
  useEffect(() => setView(home), [home]);

  // A story fits its host and its contributors (with the arcs between them); a search, its country.
  const focusKey = focus?.join(" ") ?? "";
  useEffect(() => {
    const box = focusKey ? focusBox(geo.shapes, focusKey.split(" "), geo.path) : null;
    if (!box) return;
    const { centre, k } = fitBox(box, C.MAP_WIDTH, C.MAP_HEIGHT, C.STORY_ZOOM);
    setView(viewAt(centre, k));
  }, [focusKey, geo, viewAt]);

  const zoomBy = useCallback(
    (factor: number) =>
      setView((v) => {
        const p = projection(v.center);
        const k = Math.min(C.ZOOM_MAX, Math.max(C.ZOOM_MIN, v.zoom * factor));
        return p ? viewAt([p[0], p[1]], k) : v;
      }),
    [projection, viewAt],
  );
  const reset = useCallback(() => setView(home), [home]);

  /** The end of a pan or zoom gesture (ZoomGroup's onMoveEnd). */
  const onMoveEnd = useCallback(({ coordinates, zoom }: MoveEnd) => {
    // d3-zoom ends a gesture on every mouseup, a plain click too: keep the same view object
    // when nothing moved, so a click on a country re-renders the map once, not twice.
    if (coordinates && zoom)
      setView((v) => (sameView(v, coordinates, zoom) ? v : { center: coordinates, zoom }));
  }, []);

  /** The zoom keys: + (or =) and - zoom, 0 resets. True when the key was one of them. */
  const onZoomKey = (key: string): boolean => {
    if (key === "+" || key === "=") zoomBy(C.ZOOM_STEP);
    else if (key === "-") zoomBy(1 / C.ZOOM_STEP);
    else if (key === "0") reset();
    else return false;
    return true;
  };

  const frame = useMemo<Box>(() => {
    const [x, y] = projection(view.center) ?? [C.MAP_WIDTH / 2, C.MAP_HEIGHT / 2];
    const [hw, hh] = [C.MAP_WIDTH / (2 * view.zoom), C.MAP_HEIGHT / (2 * view.zoom)];
    return { x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh };
  }, [projection, view]);

  return { view, frame, zoomBy, reset, onMoveEnd, onZoomKey };
}

/** The world box as d3-zoom's translate extent: a drag or a pinch never takes it out of the frame. */
export const TRANSLATE_EXTENT: Array<[number, number]> = [
  [C.WORLD_BOX.x0, C.WORLD_BOX.y0],
  [C.WORLD_BOX.x1, C.WORLD_BOX.y1],
];

/**
 * Which events start a gesture on the map. One finger scrolls the page (the map's `touch-action`
 * lets the browser have it), so a touch moves the map only with a second finger down: two fingers
 * pan and pinch. The mouse drags and the wheel zooms as before, less ctrl (the browser's own zoom)
 * and buttons other than the main one.
 */
export function zoomFilter(e: Event): boolean {
  if ("touches" in e) return (e as TouchEvent).touches.length > 1;
  const m = e as MouseEvent;
  return !m.ctrlKey && !m.button;
}
