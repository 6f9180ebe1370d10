import { useEffect, useRef } from "react";
import { SectionBoundary } from "../../components/SectionBoundary";
import { HeadlineFigures } from "../../features/figures/HeadlineFigures";
import { MapSection } from "../../features/map/MapSection";
import { ChartsSection } from "../../features/rankings/ChartsSection";
import { DataGate } from "../../features/shared/DataGate";
import type { LinkedProps } from "../../state/linked";
import { StoryCard } from "./StoryCard";
import { actionForKey, buildSteps, clampStep, type PresentationStep, stepAfter } from "./steps";
import { isTypingTarget } from "./typing";
import "./presentation.css";

interface Props extends LinkedProps {
  /** Leaves presentation mode (App clears the step and exits fullscreen). */
  onLeave: () => void;
}

/**
 * Presentation mode: large type, high contrast, one step at a time, driven by keys or the buttons.
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

  // The URL's story follows the step (a reload with only ?step=4 still shows story 2). A step past
  // the end is left alone: App drops it with a notice.
  useEffect(() => {
    if (state.step === step && state.story !== storyId) setState({ story: storyId }, { replace: true });
  }, [state.step, state.story, step, storyId, setState]);

  useEffect(() => {
    root.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      // A focused slider (the year) keeps its arrow keys; a clicker's PageDown/PageUp still steps.
      if (
        e.target instanceof HTMLInputElement &&
        e.target.type === "range" &&
        /^(Arrow|Home|End)/.test(e.key)
      )
        return;
      const action = actionForKey(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      const next = stepAfter(action, step, count);
      if (next === null) onLeave();
      else goTo(next);
    };
    const goTo = (n: number) => {
      const s = steps[n - 1];
      // A story step shows the story's year (App sets it); the other steps, the report date.
      setState(s?.kind === "story" ? { step: n, story: s.story.id } : { step: n, story: null, year: null }, {
        replace: true,
      });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step, count, steps, setState, onLeave]);

  const go = (n: number) => {
    const s = steps[n - 1];
    // A story step shows the story's year (App sets it); the other steps, the report date.
    setState(s?.kind === "story" ? { step: n, story: s.story.id } : { step: n, story: null, year: null }, {
      replace: true,
    });
  };

  return (
    <div className="presentation" ref={root} tabIndex={-1}>
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
        <nav className="presentation__controls" aria-label="Presentation">
          <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
            Previous
          </button>
          <button type="button" onClick={() => go(step + 1)} disabled={step >= count}>
            Next
          </button>
          <button type="button" onClick={onLeave}>
            Leave presentation
          </button>
        </nav>
      </header>
      <main id="main" className="presentation__stage" tabIndex={-1}>
        {current ? <StepContent step={current} linked={linked} /> : null}
      </main>
      <footer className="presentation__hint">
        Keys: Right arrow, Page Down or Space for next; Left arrow, Page Up or Shift+Space for previous;
        Escape to leave.
      </footer>
    </div>
  );
}

function StepContent({ step, linked }: { step: PresentationStep; linked: LinkedProps }) {
  switch (step.kind) {
    case "overview":
      return (
        <SectionBoundary name="headline figures">
          <DataGate view="headline figures" plural datasets={["headline"] as const}>
            {([headline]) => <HeadlineFigures data={headline} />}
          </DataGate>
        </SectionBoundary>
      );
    case "map":
      return (
        <SectionBoundary name="map">
          <MapSection {...linked} />
        </SectionBoundary>
      );
    case "story":
      return (
        <div className="presentation__story">
          <StoryCard story={step.story} />
          <SectionBoundary name="map">
            <MapSection {...linked} />
          </SectionBoundary>
        </div>
      );
    case "ranking":
      return (
        <SectionBoundary name="charts">
          <ChartsSection {...linked} />
        </SectionBoundary>
      );
  }
}
