import {
  lazy,
  memo,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { SectionBoundary } from "../components/SectionBoundary";
import type { Country, Story } from "../data/schema";
import { useDatasets } from "../data/use-datasets";
import { embedTarget } from "../export/share";
import { HeadlineFigures, HeadlineQuote } from "../features/figures/HeadlineFigures";
import { MapSection } from "../features/map/MapSection";
import { DataGate } from "../features/shared/DataGate";
import { usePrefetchHistory } from "../features/time/year";
import { formatDate } from "../lib/format";
import { type LinkedProps, useFollowingLinks } from "../state/linked";
import type { AppState } from "../state/url-state";
import { type SetState, useUrlState } from "../state/use-url-state";
import { EmbedView } from "./EmbedView";
import { Footer } from "./Footer";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { isTypingTarget } from "./presentation/typing";
import { ThemeToggle } from "./ThemeToggle";
import { UrlNotice } from "./UrlNotice";

// Below the map, the rankings and the timeline load as their own chunks, in parallel with the
// data; presentation mode and the service-worker notice load only when needed.
const ChartsSection = lazy(() =>
  import("../features/rankings/ChartsSection").then((m) => ({ default: m.ChartsSection })),
);
const StorySection = lazy(() =>
  import("../features/stories/StorySection").then((m) => ({ default: m.StorySection })),
);
const Presentation = lazy(() => import("./presentation/Presentation"));
const UpdateNotice = lazy(() => import("./pwa/UpdateNotice"));
const withServiceWorker =
  import.meta.env.PROD && typeof navigator !== "undefined" && "serviceWorker" in navigator;

/**
 * Drops a country code or story id that is well formed but not in the data (and a step past the
 * end), so a stale or mistyped link shows the default view with a notice. Until the data has loaded,
 * the URL's values pass through: nothing waits on this check.
 */
function checkAgainstData(
  state: AppState,
  countries: readonly Country[] | null,
  stories: readonly Story[] | null,
): { state: AppState; ignored: string[] } {
  const ignored: string[] = [];
  const next = { ...state };
  if (countries && state.country && !countries.some((c) => c.iso3 === state.country)) {
    next.country = null;
    ignored.push("country");
  }
  if (stories && state.story && !stories.some((s) => s.id === state.story)) {
    next.story = null;
    ignored.push("story");
  }
  if (stories && state.step != null && state.step > stories.length + 3) {
    next.step = null;
    ignored.push("step");
  }
  return { state: next, ignored };
}

/** The short sentence the live region says after a change the visitor made. */
function announcementFor(
  prev: AppState,
  now: AppState,
  countries: readonly Country[] | null,
  stories: readonly Story[] | null,
): string | null {
  const storyText = (id: string) => {
    const i = stories?.findIndex((s) => s.id === id) ?? -1;
    const s = stories?.[i];
    return s && stories ? `Story ${i + 1} of ${stories.length}: ${s.theme}` : null;
  };
  if (now.step !== prev.step) {
    if (now.step == null) return "Left presentation mode";
    const total = stories ? stories.length + 3 : null;
    const head = total ? `Step ${now.step} of ${total}` : `Step ${now.step}`;
    return now.story ? `${head}. ${storyText(now.story) ?? ""}` : head;
  }
  if (now.story !== prev.story) return now.story ? storyText(now.story) : "Story closed";
  if (now.year !== prev.year && now.year != null) return `Map and rankings: figures for December ${now.year}`;
  if (now.date !== prev.date || now.year !== prev.year)
    return `Map and rankings: figures for ${formatDate(now.date)}`;
  if (now.country !== prev.country) {
    if (!now.country) return "Selection cleared";
    const c = countries?.find((r) => r.iso3 === now.country);
    return c ? `${c.name} selected` : null;
  }
  return null;
}

function requestFullscreen() {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== "function") return;
  // Browsers may refuse (no gesture, iframe, policy): presentation mode works without it.
  el.requestFullscreen().catch(() => undefined);
}

function SectionLoading({ name }: { name: string }) {
  return (
    <p className="loading section-loading" aria-busy="true">
      Loading the {name}…
    </p>
  );
}

/** A lazy section: its loading line until the page is hydrated, then while its chunk loads. */
function AfterHydration({
  mounted,
  name,
  children,
}: {
  mounted: boolean;
  name: string;
  children: ReactNode;
}) {
  const loading = <SectionLoading name={name} />;
  return mounted ? <Suspense fallback={loading}>{children}</Suspense> : loading;
}

// The parts of the page that read no URL state are memoised, so a story step, a selection or a
// measure switch re-renders none of them (React rewrites a radio's name and type on every update).
const SiteHeader = memo(function SiteHeader({ onPresent }: { onPresent: () => void }) {
  return (
    <header className="site-header">
      <div className="site-header__text">
        <h1>UN Police Atlas</h1>
        <p className="tagline">
          Where the police officers serving under the UN flag come from, where they serve, and five stories of
          their work.
        </p>
      </div>
      <div className="site-header__tools">
        <button type="button" className="present-button" onClick={onPresent} aria-keyshortcuts="p">
          Presentation mode
        </button>
        <ThemeToggle />
      </div>
    </header>
  );
});

const FiguresSection = memo(function FiguresSection() {
  return (
    <section className="panel panel--figures" aria-labelledby="figures-title">
      <h2 id="figures-title">At a glance</h2>
      <SectionBoundary name="headline figures">
        <DataGate view="headline figures" datasets={["headline"] as const}>
          {([headline]) => (
            <>
              <HeadlineFigures data={headline} />
              <HeadlineQuote data={headline} />
            </>
          )}
        </DataGate>
      </SectionBoundary>
    </section>
  );
});

/** Composes the page; no data math here. */
export function App() {
  const [{ state: urlState, ignored: urlIgnored }, setUrlState] = useUrlState();
  // Hover is shared between the map and the bar charts but is too fleeting for the URL.
  const [hovered, setHovered] = useState<string | null>(null);

  const lookups = useDatasets("countries", "stories");
  const countries = lookups.status === "success" ? lookups.data[0].rows : null;
  const stories = lookups.status === "success" ? lookups.data[1].stories : null;
  const checked = useMemo(
    () => checkAgainstData(urlState, countries, stories),
    [urlState, countries, stories],
  );
  const state = checked.state;
  // Choosing a story moves every view to the story's year (its first), unless the patch sets one.
  const storiesRef = useRef(stories);
  storiesRef.current = stories;
  const setState = useCallback<SetState>(
    (patch, opts) => {
      const story = patch.story ? storiesRef.current?.find((s) => s.id === patch.story) : undefined;
      setUrlState(story && patch.year === undefined ? { ...patch, year: story.years[0] } : patch, opts);
    },
    [setUrlState],
  );
  const ignored = [...urlIgnored, ...checked.ignored];
  const linked: LinkedProps = { state, setState, hovered, setHovered };
  // Each section gets links that change only when a key it reads does, so a change elsewhere (the
  // measure, the sort) leaves it out of that render. The map and the rankings follow a story step in
  // the render after the story card; the rankings also take a new selection after the map's outline.
  const followingMap = useFollowingLinks(linked, { reads: ["measure", "date", "year", "country", "story"] });
  const followingCharts = useFollowingLinks(linked, {
    country: true,
    reads: ["sort", "view", "date", "year", "country", "story"],
  });
  // The stories read neither the selected country nor the hover: a tap on the map or a pointer
  // moving over it leaves them out of the render.
  const storyLinks = useFollowingLinks(linked, { story: false, reads: ["story", "year"], hover: false });
  const presenting = state.step != null;
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

  // Entering pushes a history entry (Back leaves); steps replace it; leaving pushes.
  const enterPresentation = useCallback(() => {
    requestFullscreen();
    setState({ step: 1 });
  }, [setState]);
  const leavePresentation = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    setState({ step: null });
  }, [setState]);

  // P presents (not while typing in a field).
  useEffect(() => {
    if (presenting || embed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key !== "p" && e.key !== "P") return;
      e.preventDefault();
      enterPresentation();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [presenting, embed, enterPresentation]);

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

  // One short sentence per change the visitor makes (not on first load).
  const [message, setMessage] = useState("");
  const previous = useRef<AppState>(state);
  useEffect(() => {
    const said = announcementFor(previous.current, state, countries, stories);
    previous.current = state;
    if (said) setMessage(said);
  }, [state, countries, stories]);

  return (
    <>
      <LiveAnnouncer message={message} />
      {mounted && withServiceWorker ? (
        <Suspense fallback={null}>
          <UpdateNotice />
        </Suspense>
      ) : null}
      {embed ? (
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
              <Presentation {...linked} onLeave={leavePresentation} />
            </SectionBoundary>
          </Suspense>
        </>
      ) : (
        <>
          <a className="skip-link" href="#main">
            Skip to the map
          </a>
          <SiteHeader onPresent={enterPresentation} />
          <UrlNotice ignored={ignored} />
          <main id="main" tabIndex={-1}>
            <SectionBoundary name="map">
              <MapSection {...followingMap} />
            </SectionBoundary>
            <FiguresSection />
            <SectionBoundary name="charts">
              <AfterHydration mounted={mounted} name="rankings">
                <ChartsSection {...followingCharts} />
              </AfterHydration>
            </SectionBoundary>
            <SectionBoundary name="timeline and stories">
              <AfterHydration mounted={mounted} name="timeline and stories">
                <StorySection {...storyLinks} />
              </AfterHydration>
            </SectionBoundary>
          </main>
          <Footer />
        </>
      )}
    </>
  );
}
