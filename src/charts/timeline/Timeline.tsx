import {
  type KeyboardEvent,
  memo,
  type Ref,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { LAST_YEAR, YEAR_SPAN } from "../../lib/calendar";
import { formatCount, formatWithUnit, formatYearSpan } from "../../lib/format";
import { MARGIN } from "./constants";
import { eventDateText } from "./event-date";
import { placePointLabel } from "./point-label";
import { TimelineTable } from "./TimelineTable";
import { layoutTimeline } from "./timeline-layout";
import type { TimelineEvent, TimelineStory, YearRow } from "./types";
import "./timeline.css";
import { useElementWidth } from "../shared/use-element-width";

export interface TimelineProps {
  rows: readonly YearRow[];
  seriesTitle: string;
  /** One short source line for the series (the full titles are in the page's sources). */
  seriesSource: string;
  events: readonly TimelineEvent[];
  stories: readonly TimelineStory[];
  current: TimelineStory | null;
  /** The year from the URL, or null: marked on the timeline (the app's time control sets it). */
  year: number | null;
  /** A click on a year chooses it. */
  onYear: (year: number, opts?: { replace?: boolean }) => void;
  onStory: (id: string) => void;
  /** The drawn <svg>, for the export. */
  svgRef?: Ref<SVGSVGElement>;
}

/** Timeline 2007–2024: the December police series above the axis, dated events and the five stories below. */
/**
 * Memoised: a story step re-renders the story card at once and the timeline only in the deferred
 * render that marks the new story (its props are the same in the urgent one).
 */
export const Timeline = memo(function Timeline(props: TimelineProps) {
  const { rows, events, stories, current, year, onYear, onStory } = props;
  const wrap = useRef<HTMLElement>(null);
  const measured = useElementWidth(wrap);
  const width = measured ?? 800;
  const layout = useMemo(() => layoutTimeline(width, rows, events, stories), [width, rows, events, stories]);
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  const [showTable, setShowTable] = useState(false);
  const ids = useId();
  const large = width >= 1400;

  // The band, the readout and the year's events follow the year in a deferred render, so a story
  // step (which moves the year) paints its card first.
  const drawnYear = useDeferredValue(year);
  const shownYear = hoverYear ?? drawnYear ?? (current ? current.years[0] : null) ?? LAST_YEAR;
  const shownRow = rows.find((r) => r.year === shownYear) ?? null;
  const shownPoint = layout.series.points.find((p) => p.year === shownYear) ?? null;

  const storyKey = (e: KeyboardEvent, id: string) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onStory(id);
    }
  };

  // The value label beside the shown year's dot, where the line does not cross it.
  const labelSize = large ? 16 : layout.compact ? 10 : 12;
  const pointLabel = shownPoint
    ? placePointLabel(
        shownPoint,
        layout.series.points,
        formatWithUnit(shownPoint.police, "officer"),
        labelSize,
        // Right of the value axis's labels.
        { x0: layout.left, y0: 0, x1: layout.width, y1: layout.axisY },
      )
    : null;

  const clamped = layout.events.filter((e) => e.clamped);
  const yearEvents = layout.events.filter((e) => e.year === shownYear).map((e) => e.event);
  const bottom = layout.height - 4;
  const cur = current ? layout.stories.find((s) => s.story.id === current.id) : undefined;

  return (
    <div className="tl">
      <div className="tl-controls">
        <button type="button" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? "Hide the table" : "Show as table"}
        </button>
      </div>
      <p className="tl-readout" aria-live="polite">
        <strong>December {shownYear}:</strong> {formatWithUnit(shownRow?.police, "UN police officer")}
        {shownRow && <span className="tl-readout__source"> Source: {shownRow.source}.</span>}
      </p>
      <figure id="timeline-chart" className="tl-figure" ref={wrap}>
        {measured != null && (
          // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group holds focusable story marks.
          <svg
            ref={props.svgRef}
            data-export-root
            className={`tl-svg${large ? " tl-svg--large" : ""}${layout.compact ? " tl-svg--compact" : ""}`}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-labelledby={`${ids}-t`}
            aria-describedby={`${ids}-d`}
            onMouseLeave={() => setHoverYear(null)}
          >
            <title id={`${ids}-t`}>
              Timeline {YEAR_SPAN}: UN police each December, events and five stories
            </title>
            <desc id={`${ids}-d`}>
              {`The line above the axis is the number of UN police officers each December, from ${formatWithUnit(
                layout.series.points[0]?.police,
                "officer",
              )} in ${layout.series.points[0]?.year ?? ""} to ${formatWithUnit(layout.series.points.at(-1)?.police, "officer")} in ${
                layout.series.points.at(-1)?.year ?? ""
              }. Dots below the axis are ${events.length} dated events; bars are the years of the ${stories.length} stories.`}
            </desc>
            {cur && (
              <g className="tl-current">
                <rect
                  x={cur.x0}
                  y={MARGIN.top - 14}
                  width={cur.x1 - cur.x0}
                  height={bottom - MARGIN.top + 14}
                />
                <text x={cur.x0 + 3} y={bottom - 5}>
                  Story years
                </text>
              </g>
            )}
            {shownPoint && (
              <rect
                className="tl-year-band"
                x={(layout.ticks.find((t) => t.year === shownYear)?.x0 ?? 0) + 0.5}
                y={MARGIN.top}
                width={Math.max(0, (layout.ticks[0]?.x1 ?? 0) - (layout.ticks[0]?.x0 ?? 0) - 1)}
                height={layout.axisY - MARGIN.top}
              />
            )}
            {/* The value axis: gridlines at round numbers, labelled at the left. */}
            <g className="tl-values">
              {layout.valueTicks.map((t) => (
                <g key={t.value}>
                  {t.value > 0 && (
                    <line x1={layout.left} x2={layout.width - MARGIN.right} y1={t.y} y2={t.y} />
                  )}
                  <text x={layout.left - 5} y={t.y + 4} textAnchor="end">
                    {/* On a phone the labels are short: "10k". */}
                    {layout.compact && t.value >= 1000 ? `${t.value / 1000}k` : formatCount(t.value)}
                  </text>
                </g>
              ))}
            </g>
            <path className="tl-area" d={layout.series.area} />
            <path className="tl-line" d={layout.series.line} />
            {shownPoint && (
              <g className="tl-point">
                <circle cx={shownPoint.x} cy={shownPoint.y} r={4} />
                <text x={pointLabel?.x} y={pointLabel?.y} textAnchor={pointLabel?.anchor}>
                  {formatWithUnit(shownPoint.police, "officer")}
                </text>
              </g>
            )}
            <line
              className="tl-axis"
              x1={layout.left}
              x2={layout.width - MARGIN.right}
              y1={layout.axisY}
              y2={layout.axisY}
            />
            {layout.ticks.map((t) => (
              <g key={t.year} className={t.year === shownYear ? "tl-tick tl-tick--on" : "tl-tick"}>
                <line x1={t.x0} x2={t.x0} y1={layout.axisY} y2={layout.axisY + 5} />
                <text x={t.x} y={layout.axisY + 18} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
            {layout.events.map((p) => (
              <g
                key={p.event.id}
                className={p.event.storyId ? "tl-event tl-event--story" : "tl-event"}
                data-clamped={p.clamped ?? undefined}
              >
                <title>{`${eventDateText(p.event)}: ${p.event.title}`}</title>
                <circle cx={p.x} cy={p.y} r={5} />
                {p.clamped && (
                  <text
                    x={p.x + (p.clamped === "before" ? 8 : -8)}
                    y={p.y + 4}
                    textAnchor={p.clamped === "before" ? "start" : "end"}
                  >
                    {p.clamped === "before" ? "◂ earlier" : "later ▸"}
                  </text>
                )}
              </g>
            ))}
            {layout.stories.map((s) => {
              const on = current?.id === s.story.id;
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it acts as one.
                <g
                  key={s.story.id}
                  className={on ? "tl-story tl-story--on" : "tl-story"}
                  role="button"
                  tabIndex={0}
                  aria-pressed={on}
                  aria-label={`Story ${s.index + 1}: ${s.story.place}, ${formatYearSpan(...s.story.years)}. ${s.story.theme}`}
                  onClick={() => onStory(s.story.id)}
                  onKeyDown={(e) => storyKey(e, s.story.id)}
                >
                  {/* An invisible hit area: every target at least 24 x 24 px (WCAG 2.5.8). */}
                  <rect
                    className="tl-story__hit"
                    x={(s.x0 + s.x1) / 2 - Math.max(24, s.x1 - s.x0) / 2}
                    y={s.y - 12}
                    width={Math.max(24, s.x1 - s.x0)}
                    height={24}
                    fill="transparent"
                    data-export="omit"
                  />
                  <rect x={s.x0 + 1} y={s.y - 7} width={Math.max(4, s.x1 - s.x0 - 2)} height={14} rx={7} />
                  <circle cx={s.x0 + layout.storyRadius} cy={s.y} r={layout.storyRadius} />
                  <text x={s.x0 + layout.storyRadius} y={s.y + 4} textAnchor="middle">
                    {s.index + 1}
                  </text>
                </g>
              );
            })}
            <g data-export="omit">
              {layout.ticks.map((t) => (
                // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the page's time control does the same by keyboard.
                <rect
                  key={t.year}
                  className="tl-hit"
                  x={t.x0}
                  y={MARGIN.top}
                  width={t.x1 - t.x0}
                  height={layout.axisY + 24 - MARGIN.top}
                  onMouseEnter={() => setHoverYear(t.year)}
                  onClick={() => onYear(t.year, { replace: true })}
                />
              ))}
            </g>
          </svg>
        )}
        <figcaption className="tl-caption">
          {props.seriesTitle}. Source: {props.seriesSource}. Filled dots are events of the five stories, open
          dots other events; numbered bars are the stories' years.
        </figcaption>
      </figure>
      {yearEvents.length > 0 && (
        <div className="tl-year-events">
          <p id={`${ids}-ye`} className="tl-year-events__title">
            Events in {shownYear}
          </p>
          <ul aria-labelledby={`${ids}-ye`}>
            {yearEvents.map((e) => (
              <li key={e.id}>
                <strong>{eventDateText(e)}:</strong> {e.title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {clamped.length > 0 && (
        <ul className="tl-notes" aria-label={`Events outside ${YEAR_SPAN}`}>
          {clamped.map((p) => (
            <li key={p.event.id}>
              {p.event.title} ({eventDateText(p.event)}) is outside {YEAR_SPAN} and is drawn at the{" "}
              {p.clamped === "before" ? "left" : "right"} edge.
            </li>
          ))}
        </ul>
      )}
      {showTable && (
        <TimelineTable rows={rows} events={events} stories={stories} seriesTitle={props.seriesTitle} />
      )}
    </div>
  );
});
