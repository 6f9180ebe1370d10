import { memo, useState } from "react";
import { usePlayYears } from "../../charts/shared/use-play-years";
import { FIRST_YEAR, LAST_YEAR } from "../../lib/calendar";
import { formatDate } from "../../lib/format";
import "./year-slider.css";

interface Props {
  /** The December shown, or null for the report date. */
  year: number | null;
  /** The report date shown when no year is chosen. */
  date: string;
  onYear: (year: number, opts?: { replace?: boolean }) => void;
}

/**
 * The year every view shows: a slider over the Decembers 2007–2024 and Play/Pause, which steps one
 * year at a time. Without a chosen year the views show the report date, and the slider rests at its
 * year.
 */
export const YearControl = memo(function YearControl({ year, date, onYear }: Props) {
  const { playing, toggle } = usePlayYears(year, onYear, FIRST_YEAR, LAST_YEAR);
  // The section gets the year in a deferred render: the slider answers a move at once from its own
  // state, and takes the year from its props when they change.
  const [moved, setMoved] = useState<{ from: number | null; to: number } | null>(null);
  if (moved && moved.from !== year) setMoved(null);
  const current = moved && moved.from === year ? moved.to : year;
  const shown = current == null ? formatDate(date) : `31 December ${current}`;
  return (
    <div className="year-control">
      <label className="year-slider year-control__label">
        <span>Year</span>
        <input
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={current ?? Number(date.slice(0, 4))}
          aria-valuetext={shown}
          onChange={(e) => {
            const to = Number(e.target.value);
            setMoved({ from: year, to });
            onYear(to, { replace: true });
          }}
        />
      </label>
      {/* Not an <output>: that is a status region, and the live announcer already says the change. */}
      <span className="year-control__shown">{shown}</span>
      <button type="button" aria-pressed={playing} onClick={toggle}>
        {playing ? "Pause" : "Play"}
        <span className="visually-hidden">
          {" "}
          the years {FIRST_YEAR} to {LAST_YEAR}
        </span>
      </button>
    </div>
  );
});
