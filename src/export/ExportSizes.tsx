import { capWidth, MAX_WIDTH, MIN_WIDTH, SIZE_OPTIONS, type SizeKey } from "./sizes";

interface Props {
  /** Names the radio group, unique per menu. */
  name: string;
  size: SizeKey;
  onSize: (size: SizeKey) => void;
  custom: string;
  onCustom: (width: string) => void;
}

/** The image size: on-screen, 2x, a preset, or a custom width (capped, with a note that says so). */
export function ExportSizes({ name, size, onSize, custom, onCustom }: Props) {
  const customNote = size === "custom" ? capWidth(custom).message : undefined;
  return (
    <fieldset className="export__sizes">
      <legend>Image size</legend>
      {SIZE_OPTIONS.map(({ key, label }) => (
        <label key={key}>
          <input type="radio" name={name} checked={size === key} onChange={() => onSize(key)} />
          {label}
        </label>
      ))}
      <label className="export__custom">
        Width in pixels ({MIN_WIDTH}–{MAX_WIDTH})
        <input
          type="number"
          inputMode="numeric"
          min={MIN_WIDTH}
          max={MAX_WIDTH}
          value={custom}
          disabled={size !== "custom"}
          onChange={(e) => onCustom(e.target.value)}
        />
      </label>
      {customNote ? <p className="export__note">{customNote}</p> : null}
    </fieldset>
  );
}
