/**
 * Gives the main thread back to the browser: `scheduler.yield()` where the browser has it (the
 * continuation keeps its place at the front of the queue), else a new task. Work split at these
 * points makes no long task, so a tap in between is answered at once.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
