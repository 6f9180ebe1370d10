// A small line of one country's police per December: pure geometry, gaps kept as gaps.

export interface SparkPoint {
  year: number;
  /** Null: no data that year. The line breaks there; nothing is interpolated. */
  value: number | null;
}

export interface SparkGeometry {
  /** One SVG path per run of consecutive years with data. */
  segments: string[];
  /** Years with data but no neighbour with data: drawn as dots, or they would not show. */
  lone: { x: number; y: number }[];
  /** x of each year, for the gap marks and the chosen year. */
  x: (year: number) => number;
  y: (value: number) => number;
}

/** Lays out `points` (in year order) in a `width` × `height` box with `pad` round it, from 0 up. */
export function sparkline(
  points: readonly SparkPoint[],
  width: number,
  height: number,
  pad = 2,
): SparkGeometry {
  const first = points[0]?.year ?? 0;
  const last = points.at(-1)?.year ?? first;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const x = (year: number) => pad + ((year - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const y = (value: number) => height - pad - (value / max) * (height - 2 * pad);
  const segments: string[] = [];
  const lone: { x: number; y: number }[] = [];
  let run: SparkPoint[] = [];
  const flush = () => {
    if (run.length === 1 && run[0]?.value != null) lone.push({ x: x(run[0].year), y: y(run[0].value) });
    else if (run.length > 1)
      segments.push(
        run.map((p, i) => `${i ? "L" : "M"}${x(p.year).toFixed(1)},${y(p.value ?? 0).toFixed(1)}`).join(""),
      );
    run = [];
  };
  for (const p of points) {
    if (p.value == null) flush();
    else run.push(p);
  }
  flush();
  return { segments, lone, x, y };
}
