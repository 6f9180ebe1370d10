import { memo, useEffect, useId, useState } from "react";
import "./theme-toggle.css";
import { applyTheme, readTheme, THEMES, type Theme } from "./theme";

export { applyTheme, readTheme, THEME_KEY, THEMES, type Theme } from "./theme";

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

/**
 * Light / dark / system: three radio buttons, so the current choice is always visible and announced.
 * Memoised: React rewrites a radio's name and type on every update of it, and the header has no
 * reason to update when the page below it does.
 */
export const ThemeToggle = memo(function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  const name = useId();
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <fieldset className="theme-toggle">
      <legend>Theme</legend>
      {THEMES.map((t) => (
        <label key={t}>
          <input type="radio" name={name} value={t} checked={theme === t} onChange={() => setTheme(t)} />
          {LABELS[t]}
        </label>
      ))}
    </fieldset>
  );
});
