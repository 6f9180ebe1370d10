import { geoEqualEarth, geoPath } from "d3-geo";
import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { ComposableMap, Marker, ZoomableGroup } from "react-simple-maps";
import { HatchPattern } from "../shared/HatchPattern";
import { Sparkline } from "../shared/Sparkline";
import type { SparkPoint } from "../shared/sparkline";
import { rootTypeScale } from "../shared/use-element-width";
import { fillFor } from "./color-scale";
import * as C from "./constants";
import {
  type ArcSpec,
  arcWidth,
  type CountryShape,
  centroids,
  type PathStrings,
  pathStrings,
  sameView,
} from "./geometry";
import {
  LABEL_SIZE,
  type LabelInput,
  type LabelSide,
  labelBox,
  labelScale,
  MIN_LABEL_PX,
  placeLabels,
} from "./labels";
import "./map.css";

export type MapItem = { kind: "country"; iso3: string } | { kind: "mission"; acronym: string };

export interface MarkerSpec {
  acronym: string;
  name: string;
  coordinates: [number, number];
  police: number | null;
  /** Screen-reader and tooltip text. */
  label: string;
}

interface Props {
  label: string;
  shapes: CountryShape[];
  values: Map<string, number>;
  /** Keyboard order: countries with data (rank order), then marker-only missions. */
  order: MapItem[];
  markers: MarkerSpec[];
  showMarkerSize: boolean;
  arcs: ArcSpec[];
  selected: string | null;
  hovered: string | null;
  emphasised: string[];
  /** Centre and zoom on this country (a story's host) when it changes. */
  focusCountry: string | null;
  describe: (item: MapItem) => string;
  /** The country's police per December 2007–2024 for the tooltip's small line, once known. */
  seriesFor?: (
    item: MapItem,
  ) => { points: readonly SparkPoint[]; year: number | null; caption: string } | null;
  onHover: (iso3: string | null) => void;
  onSelect: (item: MapItem | null) => void;
  /** The drawn <svg>, for the export. */
  svgRef?: Ref<SVGSVGElement>;
}

interface Tip {
  item: MapItem;
  x: number;
  y: number;
}

type Finder = (x: number, y: number, radius: number) => string | null;
let nearestModule: typeof import("./nearest") | null = null;
/** Fetches the nearest-shape finder's chunk once. */
function loadNearest() {
  if (!nearestModule)
    void import("./nearest").then((m) => {
      nearestModule = m;
    });
}

/** A value computed on first call and kept. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}

/**
 * SVG text position for a label on `side` of a marker of radius `r` at zoom `k` (text `scale` times
 * LABEL_SIZE), relative to the marker: the baseline and anchor that put the text in the box
 * placeLabels reserved for it.
 */
function labelPosition(side: LabelSide, r: number, k: number, scale: number) {
  const b = labelBox({ x: 0, y: 0, r, text: "" }, side, k, scale);
  const h = (LABEL_SIZE * scale) / k;
  if (side === "above") return { x: 0, y: b.y1, textAnchor: "middle" } as const;
  if (side === "below") return { x: 0, y: b.y0 + h * 0.8, textAnchor: "middle" } as const;
  // A side label starts (right) or ends (left) at the marker's edge plus the gap: with no text the
  // box is that one point.
  return { x: b.x0, y: b.y0 + h * 0.85, textAnchor: side === "right" ? "start" : "end" } as const;
}

const itemKey = (i: MapItem) => (i.kind === "country" ? i.iso3 : `m:${i.acronym}`);

/** The map item an element (a shape, a marker) stands for, if any. */
function itemOf(el: EventTarget | Element | null): MapItem | null {
  const key = el instanceof Element ? el.getAttribute("data-key") : null;
  if (!key) return null;
  return key.startsWith("m:") ? { kind: "mission", acronym: key.slice(2) } : { kind: "country", iso3: key };
}

/** The world choropleth: one tab stop, arrow keys walk the countries with data. */
export function ChoroplethMap(props: Props) {
  const { shapes, onHover, onSelect, describe, order } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const patternId = `hatch-${useId().replace(/:/g, "")}`;
  const [view, setView] = useState<{ center: [number, number]; zoom: number }>({ center: [0, 0], zoom: 1 });
  const [active, setActive] = useState(0);
  const [tip, setTip] = useState<Tip | null>(null);
  const [announce, setAnnounce] = useState("");
  // Mission labels keep a readable size on a small map (labelScale). 1 until measured, as in the
  // pre-rendered page. Not useElementWidth: that measures in a layout effect, which would force a
  // layout inside hydration; the observer reports after layout, and the SVG's height counts too.
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
  }, []);

  const geo = useMemo(() => {
    const projection = geoEqualEarth().scale(C.PROJECTION_SCALE).translate(C.PROJECTION_TRANSLATE);
    const path = geoPath(projection).digits(1);
    // The first paint needs the paths only: centroids (story focus) and the nearest-shape finder
    // (pointer misses) are built on first use, which keeps them out of hydration. The finder's code
    // (d3-quadtree) is a chunk of its own, asked for after the first paint; until it is in, a pointer
    // that misses every shape finds nothing.
    let finder: Finder | null = null;
    return {
      projection,
      path,
      d: pathStrings(shapes, projection),
      centroids: once(() => centroids(shapes, projection)),
      nearest: (): Finder | null => {
        if (!finder && nearestModule) finder = nearestModule.nearestFinder(shapes, path);
        return finder;
      },
    };
  }, [shapes]);

  // Build the centroids and the nearest-shape finder while the browser is idle after the first
  // paint, so neither the first paint nor a visitor's first story step or pointer miss waits for them.
  // One idle task each: together they would be one long task that a tap could land behind.
  useEffect(() => {
    loadNearest();
    const steps = [geo.centroids, geo.nearest];
    let id = 0;
    const idle = typeof window.requestIdleCallback === "function";
    const next = () => {
      const step = steps.shift();
      if (!step) return;
      const run = () => {
        step();
        next();
      };
      id = idle ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 200);
    };
    next();
    return () => (idle ? window.cancelIdleCallback(id) : window.clearTimeout(id));
  }, [geo]);

  const home = useMemo<[number, number]>(() => {
    const c = geo.projection.invert?.([C.MAP_WIDTH / 2, C.MAP_HEIGHT / 2]);
    return c ? [c[0], c[1]] : [0, 0];
  }, [geo]);
  useEffect(() => setView({ center: home, zoom: 1 }), [home]);

  // A story (or a search) centres the map on its country.
  useEffect(() => {
    if (!props.focusCountry) return;
    const c = geo.centroids().get(props.focusCountry);
    if (c) setView({ center: c.lonLat, zoom: C.STORY_ZOOM });
  }, [props.focusCountry, geo]);

  const zoomBy = useCallback(
    (factor: number) =>
      setView((v) => ({ ...v, zoom: Math.min(C.ZOOM_MAX, Math.max(C.ZOOM_MIN, v.zoom * factor)) })),
    [],
  );
  const reset = useCallback(() => setView({ center: home, zoom: 1 }), [home]);

  const activeItem = order[Math.min(active, order.length - 1)] ?? null;
  const activeKey = activeItem ? itemKey(activeItem) : null;

  const placeTip = useCallback((item: MapItem, el: Element | null) => {
    const wrap = wrapRef.current;
    if (!wrap || !el) return setTip({ item, x: 0, y: 0 });
    const r = el.getBoundingClientRect();
    const w = wrap.getBoundingClientRect();
    setTip({ item, x: r.left + r.width / 2 - w.left, y: r.top - w.top });
  }, []);

  const focusItem = useCallback(
    (index: number) => {
      const item = order[index];
      if (!item) return;
      setActive(index);
      const el = wrapRef.current?.querySelector<SVGElement>(`[data-key="${itemKey(item)}"]`);
      el?.focus();
      placeTip(item, el ?? null);
      setAnnounce(describe(item));
      if (item.kind === "country") onHover(item.iso3);
    },
    [order, describe, onHover, placeTip],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const n = order.length;
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active - 1,
      ArrowUp: active - 1,
      Home: 0,
      End: n - 1,
    };
    if (e.key in moves && n) {
      e.preventDefault();
      focusItem(((moves[e.key] ?? 0) + n) % n);
    } else if (e.key === "Enter" || e.key === " ") {
      // The focused shape, whichever way it got the focus (a click, a screen reader's cursor).
      const focused = itemOf(document.activeElement) ?? activeItem;
      if (!focused) return;
      e.preventDefault();
      onSelect(focused);
    } else if (e.key === "Escape") {
      setTip(null);
      onHover(null);
      onSelect(null);
    } else if (e.key === "+" || e.key === "=") zoomBy(C.ZOOM_STEP);
    else if (e.key === "-") zoomBy(1 / C.ZOOM_STEP);
    else if (e.key === "0") reset();
  };

  // The roving tab stop follows the focus, however it arrived, so Tab comes back to that shape.
  const onFocus = (e: React.FocusEvent) => {
    const item = itemOf(e.target);
    if (!item) return;
    const key = itemKey(item);
    const idx = order.findIndex((o) => itemKey(o) === key);
    if (idx >= 0 && idx !== active) setActive(idx);
  };

  // Pointer: the shape under the pointer, or the nearest small one within reach.
  const onPointerMove = (e: PointerEvent) => {
    const target = e.target as Element;
    let key = target.closest("[data-key]")?.getAttribute("data-key") ?? null;
    const layer = layerRef.current;
    if (!key && layer && typeof layer.getScreenCTM === "function" && typeof DOMPoint === "function") {
      const ctm = layer.getScreenCTM();
      if (ctm) {
        const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
        key = geo.nearest()?.(p.x, p.y, C.NEAREST_RADIUS_PX / ctm.a) ?? null;
      }
    }
    const wrap = wrapRef.current?.getBoundingClientRect();
    if (!key || !wrap) {
      if (tip) setTip(null);
      onHover(null);
      return;
    }
    const item: MapItem = key.startsWith("m:")
      ? { kind: "mission", acronym: key.slice(2) }
      : { kind: "country", iso3: key };
    setTip({ item, x: e.clientX - wrap.left, y: e.clientY - wrap.top });
    if (item.kind === "country") onHover(item.iso3);
  };

  const onClick = (e: React.MouseEvent) => {
    const key =
      (e.target as Element).closest("[data-key]")?.getAttribute("data-key") ??
      (tip ? itemKey(tip.item) : null);
    if (!key) return;
    const item: MapItem = key.startsWith("m:")
      ? { kind: "mission", acronym: key.slice(2) }
      : { kind: "country", iso3: key };
    const idx = order.findIndex((o) => itemKey(o) === key);
    if (idx >= 0) setActive(idx);
    onSelect(item);
  };

  // Made once per item shown, so the tooltip's size check does not run again on every pointer move.
  const { seriesFor } = props;
  const tipKey = tip ? itemKey(tip.item) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the item; tip moves with the pointer
  const tipSeries = useMemo(() => (tip ? (seriesFor?.(tip.item) ?? null) : null), [tipKey, seriesFor]);

  const maxArc = Math.max(0, ...props.arcs.map((a) => a.total));
  const k = view.zoom;
  const { markers, showMarkerSize } = props;
  // The smallest dot grows with the labels on a small map, so it stays visible and can be tapped
  // (on a 390 px phone 2.5 map units would be under a pixel across).
  const radius = useMemo(() => {
    const maxPolice = Math.max(1, ...markers.map((m) => m.police ?? 0));
    const minR = C.MARKER_MIN_R * labelK;
    return (m: MarkerSpec) =>
      showMarkerSize ? Math.max(minR, C.MARKER_MAX_R * Math.sqrt((m.police ?? 0) / maxPolice)) : minR;
  }, [markers, showMarkerSize, labelK]);
  // Labels that would overlap at this zoom move to another side of their marker or wait for a
  // closer zoom; the larger missions are placed first.
  const labelInputs = useMemo<LabelInput[]>(
    () =>
      [...markers]
        .sort((a, b) => (b.police ?? 0) - (a.police ?? 0))
        .flatMap((m) => {
          const p = geo.projection(m.coordinates);
          return p ? [{ key: m.acronym, x: p[0], y: p[1], r: radius(m), text: m.acronym }] : [];
        }),
    [markers, geo, radius],
  );
  const labelSides = useMemo(() => placeLabels(labelInputs, k, labelK), [labelInputs, k, labelK]);
  const highlighted = [...new Set([props.selected, ...props.emphasised].filter((x): x is string => !!x))];

  return (
    <div className="map" ref={wrapRef} data-map-ready={shapes.length ? "true" : undefined}>
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
      {/* biome-ignore lint/a11y/useSemanticElements: a group of roving-focus shapes inside an SVG */}
      <div
        role="group"
        aria-label={props.label}
        aria-describedby="map-keys"
        className="map__frame"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onPointerMove={onPointerMove}
        onPointerLeave={() => {
          setTip(null);
          onHover(null);
        }}
        onClick={onClick}
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
          <ZoomableGroup
            center={view.center}
            zoom={view.zoom}
            minZoom={C.ZOOM_MIN}
            maxZoom={C.ZOOM_MAX}
            onMoveEnd={({ coordinates, zoom }) => {
              // d3-zoom ends a gesture on every mouseup, a plain click too: keep the same view object
              // when nothing moved, so a click on a country re-renders the map once, not twice.
              if (coordinates && zoom)
                setView((v) => (sameView(v, coordinates, zoom) ? v : { center: coordinates, zoom }));
            }}
          >
            <g ref={layerRef}>
              <CountryPaths
                shapes={shapes}
                d={geo.d}
                values={props.values}
                patternId={patternId}
                activeKey={activeKey}
                describe={describe}
                focusable={order}
              />
              <g className="map__highlight" pointerEvents="none">
                {highlighted.map((iso3) => (
                  <path
                    key={iso3}
                    d={geo.d.get(iso3) ?? ""}
                    fill="none"
                    stroke={C.HIGHLIGHT}
                    strokeWidth={C.HIGHLIGHT_WIDTH}
                    vectorEffect="non-scaling-stroke"
                    data-highlight={iso3}
                  />
                ))}
                {props.hovered && !highlighted.includes(props.hovered) ? (
                  <path
                    d={geo.d.get(props.hovered) ?? ""}
                    fill="none"
                    stroke={C.HIGHLIGHT}
                    strokeWidth={C.HIGHLIGHT_WIDTH}
                    strokeDasharray="3 2"
                    vectorEffect="non-scaling-stroke"
                    data-export="omit"
                  />
                ) : null}
              </g>
              <g className="map__arcs" pointerEvents="none">
                {props.arcs.map((a) => (
                  <path
                    key={a.key}
                    d={geo.path({ type: "LineString", coordinates: [a.from, a.to] }) ?? ""}
                    fill="none"
                    stroke={C.ARC}
                    strokeOpacity={0.85}
                    strokeLinecap="round"
                    strokeWidth={arcWidth(a.total, maxArc, C.ARC_MIN_WIDTH, C.ARC_MAX_WIDTH)}
                    vectorEffect="non-scaling-stroke"
                  >
                    <title>{a.label}</title>
                  </path>
                ))}
              </g>
              {markers.map((m) => {
                const r = radius(m);
                const side = labelSides.get(m.acronym) ?? null;
                const key = `m:${m.acronym}`;
                const focusable = order.some((o) => itemKey(o) === key);
                return (
                  <Marker key={m.acronym} coordinates={m.coordinates}>
                    {/* biome-ignore lint/a11y/useSemanticElements: an SVG mark */}
                    <g
                      data-key={key}
                      role="button"
                      aria-label={m.label}
                      tabIndex={focusable ? (activeKey === key ? 0 : -1) : undefined}
                      className="map__marker"
                    >
                      {/* An invisible, larger target round the dot, so a tap near it selects it. */}
                      <circle
                        className="map__hit"
                        r={Math.max(r, C.MARKER_MIN_R * 2 * labelK) / k}
                        fill="transparent"
                        data-export="omit"
                      />
                      <circle
                        className="map__dot"
                        r={r / k}
                        fill={C.MARKER_FILL}
                        fillOpacity={props.showMarkerSize ? 0.55 : 0.9}
                        stroke={C.MARKER_HALO}
                        strokeWidth={1}
                        vectorEffect="non-scaling-stroke"
                      />
                      {/* The label lets clicks through: it often lies over another country, and a click
                          on a visible country selects that country (the dot selects the mission). */}
                      {side && (
                        <text
                          pointerEvents="none"
                          {...labelPosition(side, r, k, labelK)}
                          fontSize={(LABEL_SIZE * labelK) / k}
                          fontWeight={700}
                          fill={C.MARKER_FILL}
                          stroke={C.MARKER_HALO}
                          strokeWidth={(2.5 * labelK) / k}
                          paintOrder="stroke"
                        >
                          {m.acronym}
                        </text>
                      )}
                    </g>
                  </Marker>
                );
              })}
            </g>
          </ZoomableGroup>
        </ComposableMap>
      </div>
      <p id="map-keys" className="visually-hidden">
        Use the arrow keys to move between countries with data, in rank order; Enter to select; Escape to
        clear; plus and minus to zoom, 0 to reset.
      </p>
      {tip ? <MapTooltip x={tip.x} y={tip.y} text={describe(tip.item)} series={tipSeries} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

/** Space kept between the tooltip and the map's edges, and between the tooltip and its point. */
const TIP_MARGIN = 4;
const TIP_GAP = 10;

/**
 * The tooltip: centred above its point, as drawn first; when that would cross the map's left, right
 * or top edge (a country at the edge of a phone's map), it is moved inside before the frame is
 * painted, or put below the point, so it never covers the controls above the map or leaves the
 * screen. Only this small element renders again for that.
 */
function MapTooltip({
  x,
  y,
  text,
  series,
}: {
  x: number;
  y: number;
  text: string;
  series: ReturnType<NonNullable<Props["seriesFor"]>>;
}) {
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
  }, [x, y, text, series]);
  return (
    <div
      ref={ref}
      role="tooltip"
      className="map__tooltip"
      style={place ? { left: place.left, top: place.top, transform: "none" } : { left: x, top: y }}
    >
      {text.split("; ").map((line) => (
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

interface PathsProps {
  shapes: CountryShape[];
  d: PathStrings;
  values: Map<string, number>;
  patternId: string;
  activeKey: string | null;
  focusable: MapItem[];
  describe: (item: MapItem) => string;
}

/** The 177 shapes: memoised, so zoom, hover and tooltip changes never re-create them. */
const CountryPaths = memo(function CountryPaths({
  shapes,
  d,
  values,
  patternId,
  activeKey,
  focusable,
  describe,
}: PathsProps) {
  // Fills and labels change with the measure, not with the roving tab stop: a click or an arrow key
  // moves the tab stop and re-renders this list, and must not rebuild 80 labels to do it.
  const drawn = useMemo(() => {
    const inOrder = new Set(focusable.map(itemKey));
    return shapes.map((s) => {
      const fill = fillFor(values.get(s.iso3) ?? (s.iso3.startsWith("?") ? null : 0));
      const canFocus = inOrder.has(s.iso3);
      return {
        iso3: s.iso3,
        fill: fill.kind === "no-data" ? `url(#${patternId})` : fill.color,
        label: canFocus ? describe({ kind: "country", iso3: s.iso3 }).replaceAll("; ", ", ") : undefined,
      };
    });
  }, [shapes, values, patternId, focusable, describe]);
  return (
    <g className="map__countries">
      {drawn.map((s) => (
        <CountryPath
          key={s.iso3}
          iso3={s.iso3}
          d={d}
          fill={s.fill}
          tabIndex={s.label !== undefined ? (activeKey === s.iso3 ? 0 : -1) : undefined}
          label={s.label}
        />
      ))}
    </g>
  );
});

/**
 * One country. Its own component, so its path string is built in its own render (see pathStrings)
 * and a change of measure re-renders only the countries whose fill or label changed.
 */
const CountryPath = memo(function CountryPath({
  iso3,
  d,
  fill,
  tabIndex,
  label,
}: {
  iso3: string;
  d: PathStrings;
  fill: string;
  tabIndex: number | undefined;
  label: string | undefined;
}) {
  return (
    <path
      data-key={iso3}
      d={d.get(iso3)}
      fill={fill}
      stroke={C.OUTLINE}
      strokeWidth={C.OUTLINE_WIDTH}
      vectorEffect="non-scaling-stroke"
      tabIndex={tabIndex}
      role={label !== undefined ? "button" : undefined}
      aria-label={label}
      className="map__country"
    />
  );
});
