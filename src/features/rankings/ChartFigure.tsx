import { type ReactNode, type RefObject, useId, useRef } from "react";
import { ExportMenu } from "../../export/ExportMenu";
import type { ExportSpec } from "../../export/types";

interface Props {
  spec: ExportSpec;
  meta: ReactNode;
  /** Shown instead of the chart when there are no rows. */
  empty: string | null;
  /** The table view, when it is on. */
  table: ReactNode;
  /** The chart, given the id of its text description (the drafted alt text) and the ref for its <svg>. */
  chart: (descriptionId: string, svgRef: RefObject<SVGSVGElement | null>) => ReactNode;
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
  return (
    <figure className="chart" id={spec.id}>
      <div className="chart__head">
        <h3>{spec.title}</h3>
        <ExportMenu spec={spec} svgRef={svgRef} />
      </div>
      <p className="chart__meta">{meta}</p>
      <p id={descriptionId} className="chart__desc">
        {spec.altText}
      </p>
      {missing ?? (empty ? <p className="chart__empty">{empty}</p> : (table ?? chart(descriptionId, svgRef)))}
      {after}
      <figcaption className="chart__source">Source: {spec.source}.</figcaption>
    </figure>
  );
}
