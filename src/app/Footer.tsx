import type { QueryObserverResult } from "@tanstack/react-query";
import { memo } from "react";
import { DATASETS, type DatasetName, datasetQuery, dataUrl, reportDatasets } from "../data/datasets";
import { useQueriesInTransition } from "../data/use-queries-in-transition";
import { LATER_DATE } from "../lib/calendar";
import { formatDate } from "../lib/format";
import "./site-footer.css";

const NAMES = Object.keys(DATASETS) as DatasetName[];
// One options object for every render, so react-query does not rebuild its observers each time.
// The second report date's files are not fetched for the footer: their line fills in once the map
// or the rankings have loaded them.
// The history loads at idle time after the first view (src/app/year.ts), not for the footer.
const LATER: readonly DatasetName[] = [...reportDatasets(LATER_DATE), "history"];
const ALL = NAMES.map((n) => ({ ...datasetQuery(n), enabled: !LATER.includes(n) }));
const asList = (results: QueryObserverResult<unknown, Error>[]) => results;

/** Sources of every dataset, read from the files themselves, with links to download them. */
export const Footer = memo(function Footer() {
  const results = useQueriesInTransition(ALL, asList);
  return (
    <footer className="site-footer" id="sources">
      <h2>Sources and method</h2>
      <p>
        “Police” means individual police officers (IPO) plus formed police units (FPU) deployed at the end of
        the month, not the numbers authorised. Every view shows the date chosen under the map: each December
        from 2007 to 2023, or the UN report of 30 June 2024 (the default) or 31 December 2024. Where the UN’s
        own article (mid-2024) gives other figures than its monthly report, both are shown with their labels.
      </p>
      <ul className="sources">
        {NAMES.map((name, i) => {
          const d = DATASETS[name];
          const r = results[i];
          const data = r?.data as { title?: string; source?: string; asOf?: string } | undefined;
          return (
            <li key={name}>
              <a href={dataUrl(d.file)} download>
                {d.file}
              </a>
              {": "}
              {data?.title && data.asOf ? (
                <>
                  {data.title}. Source: {data.source}. As of {formatDate(data.asOf)}.
                </>
              ) : r?.isError ? (
                <>{d.label}: could not be loaded.</>
              ) : (
                <>{d.label}.</>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        Map shapes: Natural Earth 1:110m (public domain) via the world-atlas package (ISC licence). Somaliland
        and Northern Cyprus are drawn as parts of Somalia and Cyprus; Abyei has no shape at this scale and
        appears as a mission marker. Story texts are our summaries of a UN article for the International Day
        of Police Cooperation 2024, checked against the sources named on each story.
      </p>
    </footer>
  );
});
