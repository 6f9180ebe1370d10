/** A radio group drawn as segmented buttons (styles.css `.segmented`): the measure and sort switches. */
export function Segmented<V extends string>({
  legend,
  name,
  className,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  className: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
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
}
