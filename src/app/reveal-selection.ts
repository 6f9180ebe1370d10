// A chunk of its own, loaded at a visitor's first selection (src/app/use-reveal-selection.ts).
import { prefersReducedMotion } from "../charts/shared/use-element-width";

/** Where the selection shows in the reading column: the country or mission panel, or the story's card. */
const TARGETS = { country: "#selection > *", story: ".story-card" } as const;

export type RevealKind = keyof typeof TARGETS;

/** The height the pinned map (phones) or the header (wide screens) covers at the top of the window. */
function coveredTop(): number {
  const pin = document.querySelector<HTMLElement>(".scene .map-section__pin");
  if (pin && getComputedStyle(pin).position === "sticky") return pin.getBoundingClientRect().bottom;
  const header = document.querySelector<HTMLElement>(".site-header");
  return header && getComputedStyle(header).position === "sticky" ? header.getBoundingClientRect().bottom : 0;
}

/**
 * Brings the panel or card of a new selection into view under the pinned map, unless it is in view
 * already; smooth unless reduced motion is asked for. Returns the function that stops it.
 */
export function reveal(kind: RevealKind): () => void {
  let frame = 0;
  let tries = 0;
  let lastY = Number.NaN;
  let still = 0;
  let scrolled = false;
  // Where the panel was on the page (not in the window) when it was last seen in view or brought
  // into view: the views above it may change height after it arrives and push it out of view, and
  // then it is brought back; a reader who scrolls away from it moves the window, not the panel, and
  // is left where they scrolled to.
  let placedAt = Number.NaN;
  // Looks each frame for about a second and a half: the panel or card arrives a render or a chunk
  // later, and the views above it (the figures, the panel of the selection before) may change
  // height after it; once the page has stopped scrolling, it is brought back into view if they
  // pushed it out.
  const look = () => {
    if (++tries > 90) return;
    frame = requestAnimationFrame(look);
    const el = document.querySelector<HTMLElement>(TARGETS[kind]);
    if (!el || el.classList.contains("map-section__hint") || el.classList.contains("loading")) return;
    still = window.scrollY === lastY ? still + 1 : 0;
    lastY = window.scrollY;
    if (scrolled && still < 3) return;
    const top = coveredTop();
    const box = el.getBoundingClientRect();
    const pageTop = window.scrollY + box.top;
    if (Math.abs(pageTop - placedAt) < 2) return;
    const visible = box.top >= top - 1 && box.top < window.innerHeight - Math.min(box.height, 120);
    placedAt = pageTop;
    if (visible) return;
    window.scrollTo({
      top: pageTop - top - 8,
      behavior: prefersReducedMotion() || scrolled ? "auto" : "smooth",
    });
    scrolled = true;
    still = 0;
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}
