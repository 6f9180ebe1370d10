import { HATCH, PALETTE } from "../../lib/palette";
import { legendItems } from "./color-scale";

/** The swatches' border and the "no data" hatch, from the one palette. */
const SWATCH = { borderColor: PALETTE.outline };
const HATCHED = `repeating-linear-gradient(${HATCH.angle}deg, ${HATCH.stroke} 0 1.5px, transparent 1.5px ${HATCH.size}px)`;

interface Props {
  title: string;
  /** A note under the legend, e.g. "Circles: police per mission headquarters". */
  note?: string;
}

/** The map's legend as HTML: swatches with their bin edges, "None" and a hatched "No data". */
export function Legend({ title, note }: Props) {
  return (
    <div className="map-legend">
      <p className="map-legend__title" id="map-legend-title">
        {title}
      </p>
      <ul aria-labelledby="map-legend-title">
        {legendItems("page").map((item) => (
          <li key={item.label}>
            <span
              className="map-legend__swatch"
              style={{
                ...SWATCH,
                backgroundColor: item.color,
                backgroundImage: item.pattern ? HATCHED : undefined,
              }}
              aria-hidden="true"
            />
            {item.label}
          </li>
        ))}
      </ul>
      {note ? <p className="map-legend__note">{note}</p> : null}
    </div>
  );
}
