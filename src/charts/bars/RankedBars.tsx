import { type KeyboardEvent, type Ref, useRef, useState } from "react";
import { formatCount } from "../../lib/format";
import { useElementWidth, useRootTypeScale } from "../shared/use-element-width";
import { type BarRow, layoutBars } from "./bar-layout";
import * as C from "./constants";
import "./bars.css";

interface Props {
  rows: BarRow[];
  /** Accessible name and description of the chart (the visible title sits with it). */
  label: string;
  /** id of the element that describes the chart in words. */
  descriptionId: string;
  nameFor: (row: BarRow) => string;
  selected: string | null;
  highlighted: ReadonlySet<string>;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
  /** The drawn <svg>, for the export. */
  svgRef?: Ref<SVGSVGElement>;
}

/** A horizontal ranked bar chart: one tab stop, arrow keys move between bars, Enter selects. */
export function RankedBars({
  rows,
  label,
  descriptionId,
  nameFor,
  selected,
  highlighted,
  onHover,
  onSelect,
  svgRef,
}: Props) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 600);
  // The chart is laid out at its width over the type scale and drawn that much larger, so on a
  // projector its labels and bars grow with the page's type (on the page the scale is 1).
  const type = useRootTypeScale();
  const layout = width == null ? null : layoutBars(rows, width / type);
  const [active, setActive] = useState(0);
  const barRefs = useRef<(SVGGElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const move = (i: number) => {
    const n = rows.length;
    if (!n) return;
    const next = (i + n) % n;
    setActive(next);
    barRefs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number, key: string) => {
    const to: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowRight: i + 1,
      ArrowUp: i - 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: rows.length - 1,
    };
    if (e.key in to) {
      e.preventDefault();
      move(to[e.key] ?? 0);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(key);
    }
  };

  return (
    <div className="bars" ref={wrapRef}>
      {/* biome-ignore lint/a11y/useSemanticElements: a named group of SVG bars */}
      <div role="group" aria-label={label} aria-describedby={descriptionId}>
        {layout && (
          <svg
            ref={svgRef}
            data-export-root=""
            width={Math.round(layout.width * type)}
            height={Math.round(layout.height * type)}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            className="bars__svg"
            onPointerLeave={() => onHover(null)}
          >
            <title>{label}</title>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the axis is decoration; the bars carry the values */}
            <g transform={`translate(${layout.labelWidth},0)`} className="bars__grid" aria-hidden="true">
              {layout.ticks.map((t) => (
                <g key={t.value} transform={`translate(${t.x},0)`}>
                  <line y1={0} y2={layout.height - C.AXIS_HEIGHT} stroke={C.GRID_STROKE} strokeWidth={1} />
                  <text
                    y={layout.height - 6}
                    textAnchor="middle"
                    fontSize={11}
                    fill={C.TICK_FILL}
                    className="bars__tick"
                  >
                    {formatCount(t.value)}
                  </text>
                </g>
              ))}
            </g>
            {layout.bars.map((b, i) => {
              const on = selected === b.key;
              const lit = on || highlighted.has(b.key);
              const mid = b.y + b.height / 2;
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG bar cannot be a <button>; it acts as one
                <g
                  key={b.key}
                  ref={(el) => {
                    barRefs.current[i] = el;
                  }}
                  role="button"
                  tabIndex={i === current ? 0 : -1}
                  aria-pressed={on}
                  aria-label={nameFor(b)}
                  className={lit ? "bars__bar bars__bar--lit" : "bars__bar"}
                  data-key={b.key}
                  onPointerEnter={() => onHover(b.key)}
                  onFocus={() => {
                    setActive(i);
                    onHover(b.key);
                  }}
                  onBlur={() => onHover(null)}
                  onClick={() => {
                    setActive(i);
                    onSelect(b.key);
                  }}
                  onKeyDown={(e) => onKeyDown(e, i, b.key)}
                >
                  <title>{nameFor(b)}</title>
                  <rect
                    x={0}
                    y={b.y - 2}
                    width={layout.width}
                    height={b.height + 4}
                    fill="transparent"
                    data-export="omit"
                  />
                  <text
                    x={layout.labelWidth - 8}
                    y={mid}
                    textAnchor="end"
                    fontSize={C.FONT_PX}
                    className="bars__name"
                  >
                    {b.lines.map((line, li) => (
                      <tspan
                        key={line}
                        x={layout.labelWidth - 8}
                        dy={li === 0 ? (b.lines.length > 1 ? "-0.2em" : "0.35em") : "1.1em"}
                      >
                        {line}
                      </tspan>
                    ))}
                  </text>
                  {b.value == null ? (
                    <text
                      x={layout.labelWidth + 4}
                      y={mid}
                      dy="0.35em"
                      fontSize={C.FONT_PX}
                      className="bars__nodata"
                    >
                      no data
                    </text>
                  ) : (
                    <>
                      <rect
                        x={layout.labelWidth}
                        y={b.y}
                        width={b.width}
                        height={b.height}
                        fill={lit ? C.BAR_HIGHLIGHT : C.BAR_FILL}
                        className="bars__rect"
                      />
                      <text
                        x={layout.labelWidth + b.width + 5}
                        y={mid}
                        dy="0.35em"
                        fontSize={C.FONT_PX}
                        fontWeight={lit ? 700 : 400}
                        className="bars__value"
                      >
                        {formatCount(b.value)}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </div>
  );
}
