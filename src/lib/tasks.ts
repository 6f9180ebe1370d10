/**
 * Gives the main thread back to the browser: `scheduler.yield()` where the browser has it (the
 * continuation keeps its place at the front of the queue), else a new task. Work split at these
 * points makes no long task, so a tap in between is answered at once.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest a sliced piece of work runs before it yields (under a 50 ms task at 4x CPU). */
export const SLICE_MS = 8;

/**
 * A checkpoint for a long loop: call it between items, and it yields to the browser once the
 * current slice has run `ms` milliseconds.
 */
export function sliceCheckpoint(ms = SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since <= ms) return;
    await yieldToMain();
    since = performance.now();
  };
}

/**
 * Runs `fn` when the browser is idle (at the latest after `timeout` ms), or after `fallback` ms
 * where there is no requestIdleCallback. Returns the function that cancels it.
 */
export function whenIdle(fn: () => void, { timeout, fallback }: { timeout: number; fallback: number }) {
  if (typeof window.requestIdleCallback !== "function") {
    const t = window.setTimeout(fn, fallback);
    return () => window.clearTimeout(t);
  }
  const id = window.requestIdleCallback(fn, { timeout });
  return () => window.cancelIdleCallback(id);
}

let motionHolds = 0;

/**
 * Chart motion waits while a more urgent view is drawn: while held, a running tween skips its
 * frames (its clock runs on, so it resumes where it would be by then, or ends at its target). A
 * bar race's frames are renders at default priority, and each would otherwise interrupt and
 * restart the map's deferred render of a new date. Returns the release (safe to call twice).
 */
export function holdMotion(): () => void {
  motionHolds += 1;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    motionHolds -= 1;
  };
}

/** Is chart motion held (`holdMotion`)? */
export const motionHeld = (): boolean => motionHolds > 0;
