import { useQueryClient } from "@tanstack/react-query";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { prefersReducedMotion } from "../../charts/shared/use-element-width";
import { PLAY_STEP_MS } from "../../charts/shared/use-play-years";
import { datasetQuery, reportDatasets } from "../../data/datasets";
import { type ReportDate, stopDay, stopIndex, TIME_STOPS } from "../../lib/calendar";
import { formatDate } from "../../lib/format";
import type { SetState } from "../../state/use-url-state";
import "./time-control.css";

const LAST = TIME_STOPS.length - 1;
/** The scale's labels: a few Decembers, and 2024 between its two reports (the big date says which). */
const TICKS = [
  ...TIME_STOPS.flatMap((s, i) =>
    s.kind === "december" && (i === 0 || s.year % 5 === 0) ? [{ at: i, label: String(s.year) }] : [],
  ),
  { at: LAST - 0.5, label: "2024" },
];

/** What the big date says under it: where that date's figures come from. */
export const stopKind = (i: number) =>
  TIME_STOPS[i]?.kind === "december" ? "December figures" : "UN monthly report";

/**
 * The one time control: a scrubber over every December 2007–2023 and the two 2024 reports, and one
 * Play. Every view shows the date it sets. The files of the date asked for load first (the history
 * or the report's two files), so the views change in one step; only the last date asked is applied,
 * and a file that fails still switches (its view then names it).
 */
export const TimeControl = memo(function TimeControl({
  year,
  date,
  setState,
}: {
  year: number | null;
  date: ReportDate;
  setState: SetState;
}) {
  const client = useQueryClient();
  const shown = stopIndex(year, date);
  // The scrubber answers at once from its own state; the views follow once their files are in.
  const [asked, setAsked] = useState<number | null>(null);
  if (asked != null && asked === shown) setAsked(null);
  const current = asked ?? shown;
  const last = useRef<number | null>(null);
  // A scrub is one step in the browser's history: the first change pushes, changes within a second
  // of the one before (a drag, held arrow keys) and Play's steps replace it.
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const choose = useCallback(
    (i: number, replace: boolean) => {
      const stop = TIME_STOPS[i];
      if (!stop) return;
      last.current = i;
      setAsked(i);
      const files = stop.kind === "december" ? (["history"] as const) : reportDatasets(stop.date);
      const apply = () => {
        if (last.current !== i) return;
        setState(stop.kind === "december" ? { year: stop.year } : { date: stop.date, year: null }, {
          replace,
        });
      };
      const missing = files.filter((n) => client.getQueryData(datasetQuery(n).queryKey) === undefined);
      if (missing.length === 0) apply();
      else void Promise.all(missing.map((n) => client.prefetchQuery(datasetQuery(n)))).then(apply);
    },
    [client, setState],
  );

  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const t = window.setTimeout(
      () => {
        const next = current + 1;
        if (next > LAST) return setPlaying(false);
        choose(next, true);
        if (next === LAST) setPlaying(false);
      },
      prefersReducedMotion() ? PLAY_STEP_MS * 1.5 : PLAY_STEP_MS,
    );
    return () => window.clearTimeout(t);
  }, [playing, current, choose]);
  const toggle = () => {
    if (playing) return setPlaying(false);
    if (current >= LAST) choose(0, true);
    setPlaying(true);
  };

  const stop = TIME_STOPS[current];
  const label = stop ? formatDate(stopDay(stop)) : "";
  return (
    <fieldset className="time-control">
      <legend className="visually-hidden">Date of the figures</legend>
      <div className="time-control__head">
        <p className="time-control__date">
          <span className="time-control__day">{label}</span>
          <span className="time-control__kind">{stopKind(current)}</span>
        </p>
        <button type="button" className="time-control__play" aria-pressed={playing} onClick={toggle}>
          <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span> {playing ? "Pause" : "Play"}
          <span className="visually-hidden"> every date from December 2007 to December 2024</span>
        </button>
      </div>
      <div className="time-control__scale">
        <input
          type="range"
          min={0}
          max={LAST}
          step={1}
          value={current}
          aria-label="Date"
          aria-valuetext={label}
          onChange={(e) => {
            const now = performance.now();
            choose(Number(e.target.value), now - lastChange.current < 1000);
            lastChange.current = now;
          }}
        />
        <div className="time-control__ticks" aria-hidden="true">
          {TICKS.map((t) => (
            <span key={t.label} style={{ left: `${(t.at / LAST) * 100}%` }}>
              {t.label}
            </span>
          ))}
        </div>
      </div>
    </fieldset>
  );
});
