import type { GeoProjection } from "d3-geo";
import { useMemo } from "react";
import { Marker } from "react-simple-maps/core";
import * as C from "./constants";
import { type Box, LABEL_SIZE, type LabelInput, labelPosition, placeLabels } from "./labels";
import { itemKey, type MapItem, type MarkerSpec, type TipContent, tipLabel } from "./map-items";

interface Props {
  markers: readonly MarkerSpec[];
  /**
   * Police hosted: a hollow ring per mission, sized by its police, so the host's fill shows through
   * it. Police contributed: a small dot each.
   */
  showMarkerSize: boolean;
  projection: GeoProjection;
  /** The zoom: dots and labels keep their size on screen. */
  k: number;
  /** The labels' scale on a small map (useLabelScale). */
  labelK: number;
  /** The part of the map in view: a label the frame's edge would cut moves or waits. */
  frame: Box;
  activeKey: string | null;
  /** Is this marker's key one the arrow keys walk (a mission with no country shape)? */
  inOrder: (key: string) => boolean;
  describe: (item: MapItem) => TipContent;
}

/**
 * The missions' headquarters: a dot or a ring each, an invisible target round it, and a label where
 * it fits.
 */
export function MarkersLayer({ markers, showMarkerSize, projection, k, labelK, ...rest }: Props) {
  const { activeKey, inOrder, describe, frame } = rest;
  const ring = showMarkerSize;
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
          const p = projection(m.coordinates);
          return p ? [{ key: m.acronym, x: p[0], y: p[1], r: radius(m), text: m.acronym }] : [];
        }),
    [markers, projection, radius],
  );
  const labelSides = useMemo(
    () => placeLabels(labelInputs, k, labelK, frame),
    [labelInputs, k, labelK, frame],
  );
  // Their accessible names change with the figures, not with every pointer move.
  const names = useMemo(
    () =>
      new Map(markers.map((m) => [m.acronym, tipLabel(describe({ kind: "mission", acronym: m.acronym }))])),
    [markers, describe],
  );
  return markers.map((m) => {
    const r = radius(m);
    const side = labelSides.get(m.acronym) ?? null;
    const key = itemKey({ kind: "mission", acronym: m.acronym });
    return (
      <Marker key={m.acronym} coordinates={m.coordinates}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG mark */}
        <g
          data-key={key}
          data-police={m.police ?? undefined}
          role="button"
          aria-label={names.get(m.acronym)}
          tabIndex={inOrder(key) ? (activeKey === key ? 0 : -1) : undefined}
          className="map__marker"
        >
          {/* An invisible target: a disc round a dot; round a ring, a band along its outside
              edge only, so the country inside the ring is hovered and tapped as itself. */}
          {ring ? (
            <circle
              className="map__hit"
              r={(r + (C.RING_HIT / 2 - 1) * labelK) / k}
              fill="none"
              stroke="transparent"
              strokeWidth={(C.RING_HIT * labelK) / k}
              pointerEvents="stroke"
              data-export="omit"
            />
          ) : (
            <circle
              className="map__hit"
              r={Math.max(r, C.MARKER_MIN_R * 2 * labelK) / k}
              fill="transparent"
              data-export="omit"
            />
          )}
          {ring && (
            <circle
              r={r / k}
              fill="none"
              stroke={C.MARKER_HALO}
              strokeWidth={3.5}
              vectorEffect="non-scaling-stroke"
              pointerEvents="none"
            />
          )}
          <circle
            className="map__dot"
            r={r / k}
            fill={ring ? "none" : C.MARKER_FILL}
            fillOpacity={0.9}
            stroke={ring ? C.MARKER_FILL : C.MARKER_HALO}
            strokeWidth={ring ? 1.5 : 1}
            vectorEffect="non-scaling-stroke"
            // A ring is picked by its hit band only (above), so the country inside stays its own.
            pointerEvents={ring ? "none" : undefined}
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
  });
}
