import { type KeyboardEvent, lazy, type Ref, Suspense, useCallback, useId, useRef, useState } from "react";
import { ComposableMap } from "react-simple-maps/core";
import { HatchPattern } from "../shared/HatchPattern";
import { CountriesLayer } from "./CountriesLayer";
import * as C from "./constants";
import { FlowsLayer } from "./FlowsLayer";
import type { ArcSpec, CountryShape } from "./geometry";
import { HighlightLayer } from "./HighlightLayer";
import { MarkersLayer } from "./MarkersLayer";
import {
  type MapItem,
  type MapValues,
  type MarkerSpec,
  type TipContent,
  type TipSeries,
  tipAnnouncement,
} from "./map-items";
import { type Tip, tipAbove } from "./tip";
import { useLabelScale } from "./use-label-scale";
import { useMapGeometry } from "./use-map-geometry";
import { TRANSLATE_EXTENT, useMapView, zoomFilter } from "./use-map-view";
import { usePointerHits } from "./use-pointer-hits";
import { useRovingFocus } from "./use-roving-focus";
import { ZoomButtons } from "./ZoomButtons";
import { ZoomGroup } from "./ZoomGroup";
import "./map.css";

// The tooltip (and its small line) is a chunk of its own, asked for when a pointer enters the map or
// the focus does: the first view has no tooltip to draw.
const loadTooltip = () => import("./MapTooltip");
const MapTooltip = lazy(loadTooltip);

interface Props {
  label: string;
  shapes: readonly CountryShape[];
  values: MapValues;
  /** Keyboard order: countries with data (rank order), then marker-only missions. */
  order: readonly MapItem[];
  markers: readonly MarkerSpec[];
  showMarkerSize: boolean;
  arcs: readonly ArcSpec[];
  selected: string | null;
  hovered: string | null;
  emphasised: readonly string[];
  /**
   * Fit the view to these countries when they change: a story's host, then its contributors (the
   * arcs between them in view too); a searched country.
   */
  focus: readonly string[] | null;
  /** What the tooltip says of an item; its parts joined are the item's accessible name. */
  describe: (item: MapItem) => TipContent;
  /** The country's police per December 2007–2024 for the tooltip's small line, once known. */
  seriesFor?: (item: MapItem) => TipSeries | null;
  onHover: (iso3: string | null) => void;
  onSelect: (item: MapItem | null) => void;
  /** The drawn <svg>, for the export. */
  svgRef?: Ref<SVGSVGElement>;
}

/** The world choropleth: one tab stop, arrow keys walk the countries with data. */
export function ChoroplethMap(props: Props) {
  const { shapes, onHover, onSelect, describe, order } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const patternId = `hatch-${useId().replace(/:/g, "")}`;
  const [tip, setTip] = useState<Tip | null>(null);
  const [announce, setAnnounce] = useState("");
  const labelK = useLabelScale(wrapRef);
  const geo = useMapGeometry(shapes);
  const { view, frame, zoomBy, reset, onMoveEnd, onZoomKey } = useMapView(geo, props.focus);

  const onFocusItem = useCallback(
    (item: MapItem, el: Element | null) => {
      setTip(tipAbove(item, el, wrapRef.current));
      setAnnounce(tipAnnouncement(describe(item)));
      if (item.kind === "country") onHover(item.iso3);
    },
    [describe, onHover],
  );
  const roving = useRovingFocus(order, wrapRef, onFocusItem);
  const pointer = usePointerHits({
    wrapRef,
    layerRef,
    nearest: geo.nearest,
    tip,
    setTip,
    onHover,
    onPick: (item) => {
      roving.markActive(item);
      onSelect(item);
    },
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (roving.onWalkKey(e) || onZoomKey(e.key)) return;
    if (e.key === "Enter" || e.key === " ") {
      const focused = roving.focused();
      if (!focused) return;
      e.preventDefault();
      onSelect(focused);
    } else if (e.key === "Escape") {
      setTip(null);
      onHover(null);
      onSelect(null);
    }
  };

  const highlighted = [...new Set([props.selected, ...props.emphasised].filter((x): x is string => !!x))];

  return (
    <div className="map" ref={wrapRef} data-map-ready={shapes.length ? "true" : undefined}>
      <ZoomButtons zoomBy={zoomBy} reset={reset} />
      {/* biome-ignore lint/a11y/useSemanticElements: a group of roving-focus shapes inside an SVG */}
      <div
        role="group"
        aria-label={props.label}
        aria-describedby="map-keys"
        className="map__frame"
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          void loadTooltip();
          roving.onFocus(e);
        }}
        onPointerEnter={loadTooltip}
        onPointerMove={pointer.onPointerMove}
        onPointerLeave={pointer.onPointerLeave}
        onClick={pointer.onClick}
      >
        <ComposableMap
          projection={geo.projection}
          width={C.MAP_WIDTH}
          height={C.MAP_HEIGHT}
          ref={props.svgRef}
          data-export-root=""
          aria-hidden={undefined}
          className="map__svg"
        >
          <defs>
            <HatchPattern id={patternId} />
          </defs>
          <ZoomGroup
            center={view.center}
            zoom={view.zoom}
            minZoom={C.ZOOM_MIN}
            maxZoom={C.ZOOM_MAX}
            translateExtent={TRANSLATE_EXTENT}
            filterZoomEvent={zoomFilter}
            onMoveEnd={onMoveEnd}
          >
            <g ref={layerRef}>
              <CountriesLayer
                shapes={shapes}
                d={geo.d}
                values={props.values}
                patternId={patternId}
                activeKey={roving.activeKey}
                describe={describe}
                focusable={order}
              />
              <HighlightLayer d={geo.d} highlighted={highlighted} hovered={props.hovered} />
              <FlowsLayer arcs={props.arcs} path={geo.path} />
              <MarkersLayer
                markers={props.markers}
                showMarkerSize={props.showMarkerSize}
                projection={geo.projection}
                k={view.zoom}
                labelK={labelK}
                frame={frame}
                activeKey={roving.activeKey}
                inOrder={roving.inOrder}
                describe={describe}
              />
            </g>
          </ZoomGroup>
        </ComposableMap>
      </div>
      <p id="map-keys" className="visually-hidden">
        Use the arrow keys to move between countries with data, in rank order, then the missions; Enter to
        select; Escape to clear; plus and minus to zoom, 0 to reset.
      </p>
      {tip ? (
        <Suspense fallback={null}>
          <MapTooltip tip={tip} describe={describe} seriesFor={props.seriesFor} />
        </Suspense>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
