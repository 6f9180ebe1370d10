import { lazy, Suspense, startTransition, useEffect, useMemo, useState } from "react";
import { SectionBoundary } from "../components/SectionBoundary";
import { embedTarget } from "../export/embed";
import { FiguresSection, QuoteSection } from "../features/figures/FiguresSection";
import { MapSection } from "../features/map/MapSection";
import { usePrefetchHistory } from "../features/time/year";
import { type LinkedProps, useAfterMap, useFollowingLinks } from "../state/linked";
import { useAppState } from "../state/use-app-state";
import { AfterHydration, SectionLoading } from "./AfterHydration";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { Footer } from "./lazy-parts";
import { SiteHeader } from "./SiteHeader";
import { UrlNotice } from "./UrlNotice";
import { useAnnouncement } from "./use-announcement";
import { usePresentation } from "./use-presentation";
import { useRevealSelection } from "./use-reveal-selection";

// Below the map, the rankings and the timeline load as their own chunks, in parallel with the
// data; presentation mode and the service-worker notice load only when needed.
const ChartsSection = lazy(() =>
  import("../features/rankings/ChartsSection").then((m) => ({ default: m.ChartsSection })),
);
const StorySection = lazy(() =>
  import("../features/stories/StorySection").then((m) => ({ default: m.StorySection })),
);
const Presentation = lazy(() => import("./presentation/Presentation"));
// ?embed=: never the pre-rendered page, so its frame is a chunk of its own.
const EmbedView = lazy(() => import("./EmbedView").then((m) => ({ default: m.EmbedView })));

// The printed handout's heading and link (print only): a chunk mounted once the page is hydrated.
const PrintHeading = lazy(() =>
  import("../features/print/PrintSheet").then((m) => ({ default: m.PrintHeading })),
);
const PrintLink = lazy(() => import("../features/print/PrintSheet").then((m) => ({ default: m.PrintLink })));
const UpdateNotice = lazy(() => import("./pwa/UpdateNotice"));
const withServiceWorker =
  import.meta.env.PROD && typeof navigator !== "undefined" && "serviceWorker" in navigator;

/** Composes the page; no data math and no rule between URL keys here (src/state/rules.ts). */
export function App() {
  const { state, setState, ignored, countries, stories } = useAppState();
  // Hover is shared between the map and the bar charts but is too fleeting for the URL.
  const [hovered, setHovered] = useState<string | null>(null);
  const linked: LinkedProps = { state, setState, hovered, setHovered };
  // Each section gets links that change only when a key it reads does, so a change elsewhere (the
  // measure, the sort) leaves it out of that render. The map and the rankings follow a story step in
  // the render after the story card; the rankings also take a new selection after the map's outline.
  // A new date or year is drawn on the map in the slider's own render, a story after the story card;
  // the rankings and the timeline take either once the map's frame is painted, in a render that
  // yields to input.
  const followingMap = useFollowingLinks(linked, { reads: ["measure", "date", "year", "country", "story"] });
  const afterMap = useAfterMap(state);
  const followingCharts = useFollowingLinks(linked, {
    country: true,
    after: afterMap,
    reads: ["sort", "view", "date", "year", "country", "story"],
  });
  // The stories read neither the selected country nor the hover: a tap on the map or a pointer
  // moving over it leaves them out of the render. The story card answers a step at once.
  const storyLinks = useFollowingLinks(linked, {
    story: false,
    after: afterMap,
    reads: ["story", "year"],
    hover: false,
  });

  // The pre-rendered HTML (src/entry-server.tsx) holds the map and figures only; the lazy sections
  // and the update notice start once the page is hydrated, so server and client markup agree.
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    // A transition: the charts and stories render in slices, so input is never held up for long.
    startTransition(() => setMounted(true));
    // The benchmark and browser tests read this: the page is hydrated (or rendered) and answers input.
    document.documentElement.setAttribute("data-app-ready", "");
  }, []);
  // The December history loads at idle time after the first view (it is in the offline cache too).
  usePrefetchHistory(mounted);
  // ?embed=<chart>: only that chart, for the export menu's <iframe> code.
  const embed = useMemo(
    () => (typeof window === "undefined" ? null : embedTarget(window.location.search)),
    [],
  );
  const presenting = state.step != null;
  const presentation = usePresentation({ presenting, enabled: !embed, setState });
  const message = useAnnouncement(state, countries, stories);
  useRevealSelection(state, !presenting && !embed);

  return (
    <>
      <LiveAnnouncer message={message} />
      {mounted && withServiceWorker ? (
        <Suspense fallback={null}>
          <UpdateNotice />
        </Suspense>
      ) : null}
      {embed ? (
        <Suspense fallback={null}>
          <EmbedView target={embed}>
            <SectionBoundary name="chart">
              <Suspense fallback={<SectionLoading name="chart" />}>
                {embed === "map" ? (
                  <MapSection {...linked} />
                ) : embed === "timeline-chart" ? (
                  <StorySection {...linked} />
                ) : (
                  <ChartsSection {...linked} />
                )}
              </Suspense>
            </SectionBoundary>
          </EmbedView>
        </Suspense>
      ) : presenting ? (
        <>
          <UrlNotice ignored={ignored} />
          <Suspense
            fallback={
              <p className="loading" aria-busy="true">
                Loading presentation mode…
              </p>
            }
          >
            <SectionBoundary name="presentation">
              <Presentation {...linked} onLeave={presentation.leave} />
            </SectionBoundary>
          </Suspense>
        </>
      ) : (
        <>
          <a className="skip-link" href="#main">
            Skip to the map
          </a>
          <SiteHeader onPresent={presentation.enter} />
          <UrlNotice ignored={ignored} />
          {mounted ? (
            <Suspense fallback={null}>
              <PrintHeading state={state} stories={stories} countries={countries} />
            </Suspense>
          ) : null}
          {/* One scene (design/ux.md): the map and its date pinned in view, and beside it (under it on a
              phone) the reading column: the finding, the selection, the rankings, the stories. */}
          <main id="main" tabIndex={-1} className="scene">
            <div className="scene__stage">
              <SectionBoundary name="map">
                <MapSection {...followingMap} />
              </SectionBoundary>
            </div>
            <div className="scene__reading">
              {/* The finding and its figures change with the map, after a story card's step. */}
              <FiguresSection year={followingMap.state.year} date={followingMap.state.date} />
              <section id="selection" className="scene__selection" aria-label="Selection" />
              <SectionBoundary name="timeline and stories">
                <AfterHydration mounted={mounted} name="timeline and stories">
                  <StorySection {...storyLinks} />
                </AfterHydration>
              </SectionBoundary>
              <SectionBoundary name="charts">
                <AfterHydration mounted={mounted} name="rankings">
                  <ChartsSection {...followingCharts} />
                </AfterHydration>
              </SectionBoundary>
              <QuoteSection />
            </div>
          </main>
          {mounted ? (
            <Suspense fallback={null}>
              <PrintLink />
            </Suspense>
          ) : null}
          <Suspense fallback={null}>
            <Footer />
          </Suspense>
        </>
      )}
    </>
  );
}
