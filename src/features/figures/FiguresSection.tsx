import { memo } from "react";
import { SectionBoundary } from "../../components/SectionBoundary";
import { DataGate } from "../shared/DataGate";
import { HeadlineFigures, HeadlineQuote } from "./HeadlineFigures";

/** "At a glance": the headline figures and the quotation. Reads no URL state, so it is memoised. */
export const FiguresSection = memo(function FiguresSection() {
  return (
    <section className="panel panel--figures" aria-labelledby="figures-title">
      <h2 id="figures-title">At a glance</h2>
      <SectionBoundary name="headline figures">
        <DataGate view="headline figures" plural datasets={["headline"] as const}>
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
