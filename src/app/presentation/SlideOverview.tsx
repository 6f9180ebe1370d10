import type { HeadlineFile } from "../../data/schema";
import { shortSource } from "../../data/sources";
import { DataGate } from "../../features/shared/DataGate";
import { formatCount, formatDate } from "../../lib/format";
import { SlideDate } from "./slide-date";

/**
 * The headline figures as a slide: each the report's number, very large, with what it counts and
 * the UN's own headline beside it (the notes on why they differ stay on the page).
 */
export function SlideOverview() {
  return (
    <DataGate view="headline figures" plural datasets={["headline"] as const}>
      {([headline]) => <Figures data={headline} />}
    </DataGate>
  );
}

function Figures({ data }: { data: HeadlineFile }) {
  const asOf = data.figures[0]?.report.asOf ?? data.asOf;
  const headlineSource = data.figures.find((f) => f.headline)?.headline?.source;
  return (
    <div className="slide-figures">
      <SlideDate iso={asOf} />
      <ul className="slide-figures__list" aria-label="Headline figures">
        {data.figures.map((f) => (
          <li key={f.id} className="slide-figure">
            <p className="slide-figure__number">{formatCount(f.report.value)}</p>
            <p className="slide-figure__label">{f.label}</p>
            {f.headline ? (
              <p className="slide-figure__tag">
                UN headline: {f.headline.approximate ? "about " : ""}
                {formatCount(f.headline.value)} ({formatDate(f.headline.asOf)})
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="slide__source">
        Source: {shortSource(data.figures[0]?.report.source ?? data.source)}, {formatDate(asOf)}
        {headlineSource ? `; ${headlineSource}` : ""}.
      </p>
    </div>
  );
}
