import { type SparkPoint, sparkline } from "./sparkline";
import "./sparkline.css";

interface Props {
  points: readonly SparkPoint[];
  /** The year shown elsewhere on the page, marked on the line. */
  year: number | null;
  width?: number;
  height?: number;
}

/**
 * A small line of police per December. Decorative beside its text (the caller gives the numbers in
 * words or a table); years without data are a break in the line with a hatched mark below.
 */
export function Sparkline({ points, year, width = 120, height = 28 }: Props) {
  const g = sparkline(points, width, height);
  const marked = year == null ? null : points.find((p) => p.year === year);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height + 4}
      viewBox={`0 0 ${width} ${height + 4}`}
      aria-hidden="true"
      focusable="false"
    >
      <line className="sparkline__axis" x1={0} x2={width} y1={height} y2={height} />
      {points
        .filter((p) => p.value == null)
        .map((p) => (
          <rect key={p.year} className="sparkline__gap" x={g.x(p.year) - 2} y={height} width={4} height={4} />
        ))}
      {g.segments.map((d) => (
        <path key={d} className="sparkline__line" d={d} />
      ))}
      {g.lone.map((p) => (
        <circle key={`${p.x}`} className="sparkline__dot" cx={p.x} cy={p.y} r={1.5} />
      ))}
      {marked?.value != null ? (
        <circle className="sparkline__mark" cx={g.x(marked.year)} cy={g.y(marked.value)} r={2.5} />
      ) : null}
    </svg>
  );
}
