import * as C from "./constants";
import type { PathStrings } from "./geometry";

interface Props {
  d: PathStrings;
  /** Countries outlined: the selected one and a story's. */
  highlighted: readonly string[];
  /** The country hovered, outlined dashed (and left out of the export) unless already outlined. */
  hovered: string | null;
}

/** Outlines over the countries; they let the pointer through to the shapes under them. */
export function HighlightLayer({ d, highlighted, hovered }: Props) {
  return (
    <g className="map__highlight" pointerEvents="none">
      {highlighted.map((iso3) => (
        <path
          key={iso3}
          d={d.get(iso3) ?? ""}
          fill="none"
          stroke={C.HIGHLIGHT}
          strokeWidth={C.HIGHLIGHT_WIDTH}
          vectorEffect="non-scaling-stroke"
          data-highlight={iso3}
        />
      ))}
      {hovered && !highlighted.includes(hovered) ? (
        <path
          d={d.get(hovered) ?? ""}
          fill="none"
          stroke={C.HIGHLIGHT}
          strokeWidth={C.HIGHLIGHT_WIDTH}
          strokeDasharray="3 2"
          vectorEffect="non-scaling-stroke"
          data-export="omit"
        />
      ) : null}
    </g>
  );
}
