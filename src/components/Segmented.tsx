import { type JSX, memo } from "react";
import "./segmented.css";

interface SegmentedProps<V extends string> {
  legend: string;
  name: string;
  className: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}

/**
 * A radio group drawn as segmented buttons (segmented.css): the measure and sort switches.
 * Memoised (give it a stable `onChange`): React rewrites every radio's name and type attributes each
 * time it updates one, which restyles the group, so the switch re-renders only when its props change.
 */
export const Segmented = memo(function Segmented<V extends string>({
  legend,
  name,
  className,
  options,
  value,
  onChange,
}: SegmentedProps<V>) {
  return (
    <fieldset className={`segmented ${className}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
  // memo() drops the type parameter; the cast gives it back.
}) as <V extends string>(props: SegmentedProps<V>) => JSX.Element;
