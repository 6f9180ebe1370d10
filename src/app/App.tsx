import { useState } from "react";
import { DataGate } from "../components/DataGate";
import { SectionBoundary } from "../components/SectionBoundary";
import { useUrlState } from "../state/use-url-state";
import { ChartsSection } from "./ChartsSection";
import { Footer } from "./Footer";
import { HeadlineFigures, HeadlineQuote } from "./HeadlineFigures";
import { MapSection } from "./MapSection";
import { StorySection } from "./StorySection";
import { UrlNotice } from "./UrlNotice";

/** Composes the page; no data math here. */
export function App() {
  const [{ state, ignored }, setState] = useUrlState();
  // Hover is shared between the map and the bar charts but is too fleeting for the URL.
  const [hovered, setHovered] = useState<string | null>(null);
  const linked = { state, setState, hovered, setHovered };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the map
      </a>
      <header className="site-header">
        <h1>UN Police Atlas</h1>
        <p className="tagline">
          Where the police officers serving under the UN flag come from, where they serve, and five stories of
          their work.
        </p>
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
      </header>
      <UrlNotice ignored={ignored} />
      <main id="main" tabIndex={-1}>
        <SectionBoundary name="map">
          <MapSection {...linked} />
        </SectionBoundary>
        <SectionBoundary name="charts">
          <ChartsSection {...linked} />
        </SectionBoundary>
        <SectionBoundary name="timeline and stories">
          <StorySection {...linked} />
        </SectionBoundary>
      </main>
      <Footer />
    </>
  );
}
