import { useCallback, useEffect, useRef, useState } from "react";
import { SectionBoundary } from "../../components/SectionBoundary";
import { DataGate } from "../../features/shared/DataGate";
import type { LinkedProps } from "../../state/linked";
import { SlideMap } from "./SlideMap";
import { SlideOverview } from "./SlideOverview";
import { SlideRanking } from "./SlideRanking";
import { StoryCard } from "./StoryCard";
import { DateSlot } from "./slide-date";
import { actionForKey, buildSteps, clampStep, type PresentationStep, stepAfter } from "./steps";
import { isTypingTarget } from "./typing";
import "./presentation.css";

interface Props extends LinkedProps {
  /** Leaves presentation mode (App clears the step and exits fullscreen). */
  onLeave: () => void;
}

/**
 * Presentation mode: slides, one 16:9 screen each, with no scrolling and no form controls; projector
 * type and contrast; stepped by keys (a clicker's too) or the buttons.
 * History: App pushes an entry on entering; each step replaces it (a clicker does not fill the
 * Back list), so Back leaves the presentation; reload keeps the step (URL `step`).
 */
export default function Presentation(props: Props) {
  return (
    <DataGate view="presentation" datasets={["stories"] as const} minHeight="100vh">
      {([stories]) => <Stepper {...props} steps={buildSteps(stories.stories)} />}
    </DataGate>
  );
}

function Stepper({ steps, onLeave, ...linked }: Props & { steps: PresentationStep[] }) {
  const { state, setState } = linked;
  const count = steps.length;
  const step = clampStep(state.step ?? 1, count);
  const current = steps[step - 1];
  const storyId = current?.kind === "story" ? current.story.id : null;
  const root = useRef<HTMLDivElement>(null);
  const [dateSlot, setDateSlot] = useState<HTMLElement | null>(null);

  // The URL's story follows the step (a reload with only ?step=4 still shows story 2). A step past
  // the end is left alone: App drops it with a notice.
  useEffect(() => {
    // The slides step through stories without clearing the page's selected country (normalisePatch
    // would): leaving the presentation returns to the page as the visitor left it, with the story.
    if (state.step === step && state.story !== storyId)
      setState({ story: storyId, country: state.country }, { replace: true });
  }, [state.step, state.story, state.country, step, storyId, setState]);

  useEffect(() => {
    root.current?.focus();
  }, []);

  const go = useCallback(
    (n: number) => {
      const s = steps[n - 1];
      // A story step shows the story's year (App sets it); the other steps, the report date.
      setState(s?.kind === "story" ? { step: n, story: s.story.id } : { step: n, story: null, year: null }, {
        replace: true,
      });
    },
    [steps, setState],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const action = actionForKey(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      const next = stepAfter(action, step, count);
      if (next === null) onLeave();
      else go(next);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step, count, go, onLeave]);

  return (
    <div className={`presentation presentation--${current?.kind ?? "overview"}`} ref={root} tabIndex={-1}>
      <header className="presentation__bar">
        <p className="presentation__progress">
          <span className="visually-hidden">Step </span>
          <span aria-hidden="true">
            {step} / {count}
          </span>
          <span className="visually-hidden">
            {step} of {count}
          </span>
        </p>
        <h1 className="presentation__label" id="presentation-step-label">
          {current?.label}
        </h1>
      </header>
      <main id="main" className="presentation__stage" tabIndex={-1}>
        <DateSlot.Provider value={dateSlot}>
          {current ? <StepContent step={current} linked={linked} /> : null}
        </DateSlot.Provider>
      </main>
      <footer className="presentation__foot">
        <p className="presentation__date" ref={setDateSlot} />
        <p className="visually-hidden" id="presentation-keys">
          Keys: Right arrow, Page Down or Space for next; Left arrow, Page Up or Shift+Space for previous;
          Home and End for the first and last step; Escape to leave.
        </p>
        <nav
          className="presentation__controls"
          aria-label="Presentation"
          aria-describedby="presentation-keys"
        >
          <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
            Previous
          </button>
          <button type="button" onClick={() => go(step + 1)} disabled={step >= count}>
            Next
          </button>
          <FullscreenButton />
          <button type="button" onClick={onLeave}>
            Leave presentation
          </button>
        </nav>
      </footer>
    </div>
  );
}

/**
 * Enters fullscreen when the presentation is not in it (a link opened with ?step=, or a browser that
 * refused at first). Leaving fullscreen leaves the presentation (App), so there is no "exit" twin.
 */
function FullscreenButton() {
  const [full, setFull] = useState(() => typeof document !== "undefined" && !!document.fullscreenElement);
  useEffect(() => {
    const on = () => setFull(!!document.fullscreenElement);
    document.addEventListener("fullscreenchange", on);
    return () => document.removeEventListener("fullscreenchange", on);
  }, []);
  const el = typeof document === "undefined" ? null : document.documentElement;
  if (full || typeof el?.requestFullscreen !== "function") return null;
  return (
    <button type="button" onClick={() => el.requestFullscreen().catch(() => undefined)}>
      Fullscreen
    </button>
  );
}

function StepContent({ step, linked }: { step: PresentationStep; linked: LinkedProps }) {
  switch (step.kind) {
    case "overview":
      return (
        <SectionBoundary name="headline figures">
          <SlideOverview />
        </SectionBoundary>
      );
    case "map":
      return (
        <SectionBoundary name="map">
          <SlideMap {...linked} story={null} />
        </SectionBoundary>
      );
    case "story":
      return (
        <SectionBoundary name="map">
          <SlideMap {...linked} story={step.story} card={<StoryCard story={step.story} />} />
        </SectionBoundary>
      );
    case "ranking":
      return (
        <SectionBoundary name="ranking">
          <SlideRanking {...linked} />
        </SectionBoundary>
      );
  }
}
