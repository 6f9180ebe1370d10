import { memo, useEffect, useId, useState } from "react";
import "./theme-toggle.css";

export const THEME_KEY = "atlas-theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

export function readTheme(): Theme {
  try {
    const t = window.localStorage.getItem(THEME_KEY);
    return t === "light" || t === "dark" ? t : "system";
  } catch {
    return "system";
  }
}

/** Sets data-theme on <html> (src/head.js does the same before the first paint). */
export function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
  try {
    if (theme === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

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
