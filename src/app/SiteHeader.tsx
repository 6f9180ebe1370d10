import { memo } from "react";
import { YEAR_SPAN } from "../lib/calendar";
import { ThemeToggle } from "./ThemeToggle";
import "./site-header.css";

/**
 * One slim bar: the title, a line on what the page is (on wide screens), Present, and the theme in a
 * small menu, so the map and the finding get the first screen. Memoised: it reads no URL state.
 */
export const SiteHeader = memo(function SiteHeader({ onPresent }: { onPresent: () => void }) {
  return (
    <header className="site-header">
      <div className="site-header__text">
        <h1>UN Police Atlas</h1>
        <p className="tagline">Where UN police officers come from and where they serve, {YEAR_SPAN}</p>
      </div>
      <div className="site-header__tools">
        <button
          type="button"
          className="present-button"
          onClick={onPresent}
          aria-keyshortcuts="p"
          // On a phone the button reads "Present"; its name stays the whole one.
          aria-label="Presentation mode"
        >
          Present<span className="site-header__more">ation mode</span>
        </button>
        <details className="site-header__menu">
          <summary>Theme</summary>
          <div className="site-header__menu-panel">
            <ThemeToggle />
          </div>
        </details>
      </div>
    </header>
  );
});
