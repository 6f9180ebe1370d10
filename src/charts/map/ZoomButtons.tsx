import * as C from "./constants";

/** The map's zoom buttons: in, out, and back to the whole world. */
export function ZoomButtons({ zoomBy, reset }: { zoomBy: (factor: number) => void; reset: () => void }) {
  return (
    <div className="map__zoom">
      <button type="button" onClick={() => zoomBy(C.ZOOM_STEP)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomBy(1 / C.ZOOM_STEP)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={reset} aria-label="Reset view">
        ⟲
      </button>
    </div>
  );
}
