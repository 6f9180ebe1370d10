import type { GeoPath } from "d3-geo";
import * as C from "./constants";
import { type ArcSpec, arcWidth } from "./geometry";

/** The flows of the selection or the story: arcs as wide as the square root of their officers. */
export function FlowsLayer({ arcs, path }: { arcs: readonly ArcSpec[]; path: GeoPath }) {
  const maxArc = Math.max(0, ...arcs.map((a) => a.total));
  return (
    <g className="map__arcs" pointerEvents="none">
      {arcs.map((a) => (
        <path
          key={a.key}
          d={path({ type: "LineString", coordinates: [a.from, a.to] }) ?? ""}
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
  );
}
