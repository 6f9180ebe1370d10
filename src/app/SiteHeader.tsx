import { memo } from "react";
import { ThemeToggle } from "./ThemeToggle";
import "./site-header.css";

/**
 * The title, the tagline and the page's tools. Memoised like every part of the page that reads no
 * URL state: a story step, a selection or a measure switch re-renders none of them (React rewrites a
 * radio's name and type on every update).
 */
export const SiteHeader = memo(function SiteHeader({ onPresent }: { onPresent: () => void }) {
  return (
    <header className="site-header">
      <div className="site-header__text">
        <h1>UN Police Atlas</h1>
        <p className="tagline">
          Where the police officers serving under the UN flag come from, where they serve, and five stories of
          their work.
        </p>
      </div>
      <div className="site-header__tools">
        <button type="button" className="present-button" onClick={onPresent} aria-keyshortcuts="p">
          Presentation mode
        </button>
        <ThemeToggle />
      </div>
    </header>
  );
});
