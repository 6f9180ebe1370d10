import { type ReactNode, type RefObject, useId, useMemo, useRef } from "react";
import { ExportMenu } from "../../export/ExportMenu";
import type { ExportSpec } from "../../export/types";

interface Props {
  spec: ExportSpec;
  meta: ReactNode;
  /** Shown instead of the chart when there are no rows. */
  empty: string | null;
  /** The table view, when it is on. */
  table: ReactNode;
  /**
   * The chart, given the id of its text description (the drafted alt text), the ref for its <svg>
   * and one it fills with a function that ends a running tween (the export draws the final state).
   */
  chart: (
    descriptionId: string,
    svgRef: RefObject<SVGSVGElement | null>,
    settleRef: RefObject<(() => void) | null>,
  ) => ReactNode;
  after?: ReactNode;
  /** Shown instead of the chart when its file failed (a named error). */
  missing?: ReactNode;
}

/**
 * One ranked chart: title, export menu, date line, text alternative, chart or table, source. Its id,
 * title and source are its export spec's, so the figure and its export say the same.
 */
export function ChartFigure({ spec, meta, empty, table, chart, after, missing }: Props) {
  const descriptionId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const settleRef = useRef<(() => void) | null>(null);
  // The export reads the <svg> when a visitor asks for a file: the bars are settled first, so the
  // file shows the date's ranking, never a frame of the bars on their way to it.
  const exportRef = useMemo<RefObject<SVGSVGElement | null>>(
    () => ({
      get current() {
        settleRef.current?.();
        return svgRef.current;
      },
      set current(el) {
        svgRef.current = el;
      },
    }),
    [],
  );
  return (
    <figure className="chart" id={spec.id}>
      <div className="chart__head">
        <h3>{spec.title}</h3>
        <ExportMenu spec={spec} svgRef={exportRef} />
      </div>
      <p className="chart__meta">{meta}</p>
      <p id={descriptionId} className="chart__desc">
        {spec.altText}
      </p>
      {missing ??
        (empty ? (
          <p className="chart__empty">{empty}</p>
        ) : (
          (table ?? chart(descriptionId, svgRef, settleRef))
        ))}
      {after}
      <figcaption className="chart__source">Source: {spec.source}.</figcaption>
    </figure>
  );
}
