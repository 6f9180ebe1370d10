import { useCallback, useEffect } from "react";
import type { SetState } from "../state/use-url-state";
import { isTypingTarget } from "./presentation/typing";

function requestFullscreen() {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== "function") return;
  // Browsers may refuse (no gesture, iframe, policy): presentation mode works without it.
  el.requestFullscreen().catch(() => undefined);
}

/**
 * Entering and leaving presentation mode (URL `step`), the P key that enters it (`enabled`: not in an
 * embed), and while presenting, the large type and palette on <html> and fullscreen's Escape.
 */
export function usePresentation({
  presenting,
  enabled,
  setState,
}: {
  presenting: boolean;
  enabled: boolean;
  setState: SetState;
}) {
  // Entering pushes a history entry (Back leaves); steps replace it; leaving pushes.
  const enter = useCallback(() => {
    requestFullscreen();
    setState({ step: 1 });
  }, [setState]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    setState({ step: null });
  }, [setState]);

  // P presents (not while typing in a field).
  useEffect(() => {
    if (presenting || !enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key !== "p" && e.key !== "P") return;
      e.preventDefault();
      enter();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [presenting, enabled, enter]);

  // Large type and the high-contrast palette hang on <html>; leaving fullscreen (Escape) leaves too.
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.setAttribute("data-presenting", "");
    const onFullscreen = () => {
      if (!document.fullscreenElement) setState({ step: null });
    };
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      root.removeAttribute("data-presenting");
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [presenting, setState]);

  return { enter, leave };
}
