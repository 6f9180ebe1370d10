import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

const media = (): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(QUERY) : null;

function subscribe(onChange: () => void) {
  const m = media();
  if (!m) return () => {};
  m.addEventListener?.("change", onChange);
  return () => m.removeEventListener?.("change", onChange);
}

const read = () => media()?.matches ?? false;

/** True while the visitor asks for reduced motion (followed live; false where nothing can tell). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
