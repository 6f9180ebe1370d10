import type { HeadlineFile } from "../../data/schema";
import { formatCount, formatDate } from "../../lib/format";
import "./figures.css";

/** The header's big numbers: the UN's headline and the report's figure, each labelled with its source. */
export function HeadlineFigures({ data }: { data: HeadlineFile }) {
  return (
    <ul className="figures" aria-label="Headline figures">
      {data.figures.map((f) => (
        <li key={f.id} className="figure">
          <p className="figure__label">{f.label}</p>
          <div className="figure__values">
            {f.headline ? (
              <p className="figure__value">
                <span className="figure__number">
                  {f.headline.approximate ? "about " : ""}
                  {formatCount(f.headline.value)}
                </span>
                <span className="figure__tag" title={f.headline.source}>
                  UN headline ({formatDate(f.headline.asOf)})
                </span>
              </p>
            ) : null}
            <p className="figure__value">
              <span className={f.headline ? "figure__number figure__number--second" : "figure__number"}>
                {formatCount(f.report.value)}
              </span>
              <span className="figure__tag" title={f.report.source}>
                UN report, {formatDate(f.report.asOf)}
              </span>
            </p>
          </div>
          <p className="figure__note">
            {f.report.detail.charAt(0).toUpperCase() + f.report.detail.slice(1)}. {f.note}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function HeadlineQuote({ data }: { data: HeadlineFile }) {
  const q = data.quotation;
  if (!q) return null;
  return (
    <figure className="quote">
      <blockquote>
        <p>“{q.text}”</p>
      </blockquote>
      <figcaption>
        {q.speaker}, {q.role}, {q.occasion ? `${q.occasion}, ` : ""}
        {formatDate(q.date)}
      </figcaption>
    </figure>
  );
}
