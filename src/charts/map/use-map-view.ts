import { useCallback, useEffect, useMemo, useState } from "react";
import type { ZoomPanCallbackProps } from "react-simple-maps";
import * as C from "./constants";
import { sameView } from "./geometry";
import type { MapGeometry } from "./use-map-geometry";

export interface MapView {
  center: [number, number];
  zoom: number;
}

/**
 * The map's centre and zoom: the whole world at first, a story's (or a search's) country when
 * `focusCountry` changes, and whatever the buttons, the keys or a gesture make of it.
 */
export function useMapView(geo: MapGeometry, focusCountry: string | null) {
  const [view, setView] = useState<MapView>({ center: [0, 0], zoom: 1 });

  const home = useMemo<[number, number]>(() => {
    const c = geo.projection.invert?.([C.MAP_WIDTH / 2, C.MAP_HEIGHT / 2]);
    return c ? [c[0], c[1]] : [0, 0];
  }, [geo]);
  useEffect(() => setView({ center: home, zoom: 1 }), [home]);

  // A story (or a search) centres the map on its country.
  useEffect(() => {
    if (!focusCountry) return;
    const c = geo.centroids().get(focusCountry);
    if (c) setView({ center: c.lonLat, zoom: C.STORY_ZOOM });
  }, [focusCountry, geo]);

  const zoomBy = useCallback(
    (factor: number) =>
      setView((v) => ({ ...v, zoom: Math.min(C.ZOOM_MAX, Math.max(C.ZOOM_MIN, v.zoom * factor)) })),
    [],
  );
  const reset = useCallback(() => setView({ center: home, zoom: 1 }), [home]);

  /** The end of a pan or zoom gesture (react-simple-maps' onMoveEnd). */
  const onMoveEnd = useCallback(({ coordinates, zoom }: ZoomPanCallbackProps) => {
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

  return { view, zoomBy, reset, onMoveEnd, onZoomKey };
}
