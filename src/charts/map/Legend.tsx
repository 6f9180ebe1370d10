import { legendItems } from "./color-scale";

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
        {legendItems().map((item) => (
          <li key={item.label}>
            <span
              className={item.pattern ? "map-legend__swatch map-legend__swatch--hatch" : "map-legend__swatch"}
              style={{ backgroundColor: item.color }}
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
