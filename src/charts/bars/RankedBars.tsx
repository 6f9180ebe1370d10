import {
  type KeyboardEvent,
  type Ref,
  type RefObject,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from "react";
import { formatCount } from "../../lib/format";
import { useElementWidth, useRootTypeScale } from "../shared/use-element-width";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { useTween } from "../shared/use-tween";
import { BarMark, LeavingBar } from "./BarMark";
import { type BarRow, layoutBars } from "./bar-layout";
import { type BarFrame, barLength, frameOf, interpolateFrame, planTween, sameFrame } from "./bar-motion";
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
  /**
   * What the rows are of (the date shown): when it changes the bars slide to their new ranks and
   * their figures run to the new ones (none under reduced motion); other changes apply at once.
   */
  motionKey?: string | number | null;
  /** Filled with a function that ends a running tween at once (an export draws the final state). */
  settleRef?: RefObject<(() => void) | null>;
  /**
   * Names, figures and ticks at this size in px, rows and axis scaled with them (a presentation
   * slide: 26). Default: the page's size, scaled with the page's type.
   */
  labelSize?: number;
}

const EMPTY: BarFrame = { bars: [], max: 1, plotHeight: 0, boxHeight: 0 };

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
  motionKey = null,
  settleRef,
  labelSize,
}: Props) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 600);
  // The chart is laid out at its width over the type scale and drawn that much larger, so on a
  // projector its labels and bars grow with the page's type (on the page the scale is 1).
  const type = useRootTypeScale();
  const scale = labelSize ? labelSize / C.FONT_PX : type;
  // Laid out again only when what the rows say changes (a hover makes a new array of the same rows).
  const said = rows.map((r) => `${r.key}\t${r.label}\t${r.value}\t${r.rank}\t${r.tied}`).join("\n");
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `said` stands for the rows' content
  const layout = useMemo(
    () => (width == null ? null : layoutBars(rowsRef.current, width / scale)),
    [said, width, scale],
  );
  const target = useMemo(() => (layout ? frameOf(layout, C.AXIS_HEIGHT) : EMPTY), [layout]);
  const still = useReducedMotion();
  const { value: frame, finish } = useTween(target, {
    duration: C.TWEEN_MS,
    key: motionKey,
    still,
    same: sameFrame,
    plan: planTween,
    interpolate: interpolateFrame,
  });
  useImperativeHandle(settleRef, () => finish, [finish]);
  const clipId = `bars-rows-${useId().replace(/[^\w-]/g, "")}`;
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

  const boxHeight = frame.boxHeight + C.AXIS_HEIGHT;
  // While bars move, the rows are clipped at the axis (where it is on this frame): entering bars
  // rise from under it and leaving ones sink under it, instead of crossing its figures. At rest
  // (and so in an export) no clip.
  const moving = frame !== target && !sameFrame(frame, target);
  let index = 0;
  return (
    <div className="bars" ref={wrapRef}>
      {/* biome-ignore lint/a11y/useSemanticElements: a named group of SVG bars */}
      <div role="group" aria-label={label} aria-describedby={descriptionId}>
        {layout && (
          <svg
            ref={svgRef}
            data-export-root=""
            width={Math.round(layout.width * scale)}
            height={Math.round(boxHeight * scale)}
            viewBox={`0 0 ${layout.width} ${boxHeight}`}
            className="bars__svg"
            onPointerLeave={() => onHover(null)}
          >
            <title>{label}</title>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the axis is decoration; the bars carry the values */}
            <g transform={`translate(${layout.labelWidth},0)`} className="bars__grid" aria-hidden="true">
              {layout.ticks.map((t) => {
                const x = barLength(t.value, frame.max, layout.plotWidth);
                if (x > layout.plotWidth + 0.5) return null;
                return (
                  <g key={t.value} transform={`translate(${x},0)`}>
                    <line y1={0} y2={frame.plotHeight} stroke={C.GRID_STROKE} strokeWidth={1} />
                    <text
                      y={frame.plotHeight + C.AXIS_HEIGHT - 6}
                      textAnchor="middle"
                      fontSize={C.TICK_PX}
                      fill={C.TICK_FILL}
                      className="bars__tick"
                    >
                      {formatCount(t.value)}
                    </text>
                  </g>
                );
              })}
            </g>
            {moving && (
              <clipPath id={clipId}>
                <rect x={-1} y={-4} width={layout.width + C.VALUE_ROOM} height={frame.plotHeight + 4} />
              </clipPath>
            )}
            <g clipPath={moving ? `url(#${clipId})` : undefined}>
              {frame.bars.map((s) => {
                const common = {
                  state: s,
                  labelWidth: layout.labelWidth,
                  plotWidth: layout.plotWidth,
                  max: frame.max,
                };
                if (s.leaving) return <LeavingBar key={s.bar.key} {...common} />;
                const i = index++;
                const b = s.bar;
                const on = selected === b.key;
                return (
                  <BarMark
                    key={b.key}
                    {...common}
                    markRef={(el) => {
                      barRefs.current[i] = el;
                    }}
                    name={nameFor(b)}
                    on={on}
                    lit={on || highlighted.has(b.key)}
                    tabbable={i === current}
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
                  />
                );
              })}
            </g>
          </svg>
        )}
      </div>
    </div>
  );
}
