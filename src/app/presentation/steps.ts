// Presentation mode's guided sequence and its keys: pure, so they are tested without a DOM.
import type { Story } from "../../data/schema";
import { stepCount } from "../../state/rules";

// The number of steps is a rule between URL keys (a step past the end is dropped): it lives in state.
export { stepCount };

export type PresentationStep =
  | { kind: "overview"; label: string }
  | { kind: "map"; label: string }
  | { kind: "story"; label: string; story: Story; index: number; of: number }
  | { kind: "ranking"; label: string };

/** Overview figures -> the map -> each story in stories.json order -> the contributor ranking. */
export function buildSteps(stories: readonly Story[]): PresentationStep[] {
  return [
    { kind: "overview", label: "UN police in figures" },
    // Not the map's own title, which follows the measure and stands just below.
    { kind: "map", label: "The world map" },
    ...stories.map(
      (story, i): PresentationStep => ({
        kind: "story",
        label: `Story ${i + 1} of ${stories.length}: ${story.theme}`,
        story,
        index: i + 1,
        of: stories.length,
      }),
    ),
    { kind: "ranking", label: "Countries that contribute the most police" },
  ];
}

/**
 * A story's first sentences, for a slide: whole sentences while they fit in `max` characters (at
 * least the first one), so the card stays a few lines of projector type. A sentence ends at . ! or ?
 * followed by a space and a capital, a digit or an opening quote.
 */
export function leadOf(text: string, max = 200): string {
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=["“‘(]?[A-Z0-9])/);
  let out = sentences[0] ?? "";
  for (const s of sentences.slice(1)) {
    if (out.length + 1 + s.length > max) break;
    out = `${out} ${s}`;
  }
  return out;
}

/** Clamps a 1-based step into range. */
export function clampStep(step: number, count: number): number {
  return Math.min(Math.max(1, Math.trunc(step)), Math.max(1, count));
}

export type PresentationAction = "next" | "previous" | "first" | "last" | "leave";

/** What a key does: arrows, PageDown/PageUp and Space/Shift+Space (what clickers send), Home/End, Escape. */
export function actionForKey(key: string, shiftKey: boolean): PresentationAction | null {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case " ":
    case "Spacebar":
      return shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

/** The step an action leads to (null for "leave"). */
export function stepAfter(action: PresentationAction, step: number, count: number): number | null {
  switch (action) {
    case "next":
      return clampStep(step + 1, count);
    case "previous":
      return clampStep(step - 1, count);
    case "first":
      return 1;
    case "last":
      return count;
    case "leave":
      return null;
  }
}
