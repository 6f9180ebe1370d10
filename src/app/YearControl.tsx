import { memo } from "react";
import { usePlayYears } from "../charts/shared/use-play-years";
import { formatDate } from "../lib/format";
import { YEAR_MAX, YEAR_MIN } from "../state/url-state";

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
  const { playing, toggle } = usePlayYears(year, onYear, YEAR_MIN, YEAR_MAX);
  const shown = year == null ? formatDate(date) : `31 December ${year}`;
  return (
    <div className="year-control">
      <label className="year-control__label">
        <span>Year</span>
        <input
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={year ?? Number(date.slice(0, 4))}
          aria-valuetext={shown}
          onChange={(e) => onYear(Number(e.target.value), { replace: true })}
        />
      </label>
      {/* Not an <output>: that is a status region, and the live announcer already says the change. */}
      <span className="year-control__shown">{shown}</span>
      <button type="button" aria-pressed={playing} onClick={toggle}>
        {playing ? "Pause" : "Play"}
        <span className="visually-hidden"> the years 2007 to 2024</span>
      </button>
    </div>
  );
});
