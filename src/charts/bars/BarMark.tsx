import type { KeyboardEvent, Ref } from "react";
import { formatCount } from "../../lib/format";
import { type BarState, barLength } from "./bar-motion";
import * as C from "./constants";

interface Props {
  state: BarState;
  labelWidth: number;
  plotWidth: number;
  /** The frame's scale maximum. */
  max: number;
  name: string;
  lit: boolean;
  on: boolean;
  tabbable: boolean;
  markRef?: Ref<SVGGElement>;
  onPointerEnter: () => void;
  onFocus: () => void;
  onBlur: () => void;
  onClick: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The marks of one row, drawn from its row's top: name, bar and figure. */
function Marks({
  state,
  labelWidth,
  plotWidth,
  max,
  lit,
}: Pick<Props, "state" | "labelWidth" | "plotWidth" | "max" | "lit">) {
  const { bar: b } = state;
  const mid = b.height / 2;
  const length = barLength(state.value, max, plotWidth);
  return (
    <>
      <text x={labelWidth - 8} y={mid} textAnchor="end" fontSize={C.FONT_PX} className="bars__name">
        {b.lines.map((line, li) => (
          <tspan
            key={line}
            x={labelWidth - 8}
            dy={li === 0 ? (b.lines.length > 1 ? "-0.2em" : "0.35em") : "1.1em"}
          >
            {line}
          </tspan>
        ))}
      </text>
      {b.value == null ? (
        <text x={labelWidth + 4} y={mid} dy="0.35em" fontSize={C.FONT_PX} className="bars__nodata">
          no data
        </text>
      ) : (
        <>
          <rect
            x={labelWidth}
            y={0}
            width={length}
            height={b.height}
            fill={lit ? C.BAR_HIGHLIGHT : C.BAR_FILL}
            className="bars__rect"
          />
          <text
            x={labelWidth + length + 5}
            y={mid}
            dy="0.35em"
            fontSize={C.FONT_PX}
            fontWeight={lit ? 700 : 400}
            className="bars__value"
          >
            {formatCount(state.value)}
          </text>
        </>
      )}
    </>
  );
}

/** A row on its way out of the chart: drawn as it fades, no longer a bar anyone can reach. */
export function LeavingBar(props: Pick<Props, "state" | "labelWidth" | "plotWidth" | "max">) {
  const { y, opacity } = props.state;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: no tabindex, no role: a fading picture of a bar gone
    <g
      transform={`translate(0,${y})`}
      opacity={opacity}
      aria-hidden="true"
      className="bars__bar bars__bar--leaving"
      data-key={props.state.bar.key}
      data-export="omit"
    >
      <Marks {...props} lit={false} />
    </g>
  );
}

/** One bar: a button (Enter selects), placed at its row's top on this frame. */
export function BarMark({ state, name, on, lit, tabbable, markRef, ...p }: Props) {
  const { bar: b, y, opacity } = state;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG bar cannot be a <button>; it acts as one
    <g
      ref={markRef}
      transform={`translate(0,${y})`}
      opacity={opacity < 1 ? opacity : undefined}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={on}
      aria-label={name}
      className={lit ? "bars__bar bars__bar--lit" : "bars__bar"}
      data-key={b.key}
      onPointerEnter={p.onPointerEnter}
      onFocus={p.onFocus}
      onBlur={p.onBlur}
      onClick={p.onClick}
      onKeyDown={p.onKeyDown}
    >
      <title>{name}</title>
      <rect
        x={0}
        y={-2}
        width={p.labelWidth + p.plotWidth + C.VALUE_ROOM}
        height={b.height + 4}
        fill="transparent"
        data-export="omit"
      />
      <Marks state={state} labelWidth={p.labelWidth} plotWidth={p.plotWidth} max={p.max} lit={lit} />
    </g>
  );
}
