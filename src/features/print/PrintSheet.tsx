import { useSyncExternalStore } from "react";
import type { Country, Story } from "../../data/schema";
import type { AppState } from "../../state/url-state";
import { printHeading } from "./print-model";
import "./print.css";

/**
 * The printed handout's first lines (print.css shows them in print only): the atlas's name, the
 * view's title (the story's when one is chosen) and the date of its figures.
 */
export function PrintHeading({
  state,
  stories,
  countries,
}: {
  state: AppState;
  stories: readonly Story[] | null;
  countries: readonly Country[] | null;
}) {
  const h = printHeading(state, stories, countries);
  return (
    <div className="print-only print-heading">
      <p className="print-heading__kicker">UN Police Atlas</p>
      <p className="print-heading__title">{h.title}</p>
      <p className="print-heading__date">
        <span className="print-heading__day">{h.day}</span> {h.kind}
        {h.selected ? <span className="print-heading__selected"> · Selected: {h.selected}</span> : null}
      </p>
    </div>
  );
}

// The address is read again whenever the page re-renders (every change of the URL state does) and
// just before printing, so the printed link is always the view on paper.
const subscribe = (onChange: () => void) => {
  window.addEventListener("beforeprint", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener("beforeprint", onChange);
    window.removeEventListener("popstate", onChange);
  };
};
const getHref = () => window.location.href;
const noHref = () => "";

/** The printed handout's last lines: the map's source and the link to this exact view, written out. */
export function PrintLink() {
  const href = useSyncExternalStore(subscribe, getHref, noHref);
  return (
    <div className="print-only print-link">
      <p>Map shapes: Natural Earth 1:110m (public domain).</p>
      {href ? (
        <p>
          This view online: <a href={href}>{href}</a>
        </p>
      ) : null}
    </div>
  );
}
