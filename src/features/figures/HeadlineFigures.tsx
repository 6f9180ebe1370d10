import { type Glance as GlanceData, glanceSource } from "../../data/glance";
import type { HeadlineFile } from "../../data/schema";
import { formatCount, formatDate, formatPercent } from "../../lib/format";
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

/**
 * The chosen date's finding and numbers. On the date of the UN article's figures, its round numbers
 * stand beside the report's, labelled, with why they differ one click away.
 */
export function Glance({
  glance: g,
  finding,
  headline,
}: {
  glance: GlanceData;
  finding: string | null;
  headline: HeadlineFile | null;
}) {
  const unknown = <span className="glance__unknown">not on record</span>;
  const article = headline && headline.asOf === g.asOf ? headline : null;
  return (
    <div className="glance">
      <p className="finding">{finding ?? `The total for ${formatDate(g.asOf)} is not on record.`}</p>
      <ul className="glance__numbers" aria-label="Headline figures">
        <li>
          <span className="glance__number">{g.officers == null ? unknown : formatCount(g.officers)}</span>
          <span className="glance__label">police officers</span>
        </li>
        <li>
          <span className="glance__number">{g.countries == null ? unknown : formatCount(g.countries)}</span>
          <span className="glance__label">countries sent them</span>
        </li>
        <li>
          <span className="glance__number">{g.operations == null ? unknown : formatCount(g.operations)}</span>
          <span className="glance__label">operations with police</span>
        </li>
        {g.women != null && g.officers ? (
          <li>
            <span className="glance__number">{formatPercent(g.women / g.officers)}</span>
            <span className="glance__label">women</span>
          </li>
        ) : null}
      </ul>
      <p className="glance__source">Source: {glanceSource(g)}.</p>
      {article ? (
        <details className="glance__article">
          <summary>
            The UN's article says{" "}
            {article.figures
              .filter((f) => f.headline)
              .map(
                (f) =>
                  `${f.headline?.approximate ? "about " : ""}${formatCount(f.headline?.value)} ${f.label}`,
              )
              .join(", ")}
            : why the numbers differ
          </summary>
          <ul>
            {article.figures
              .filter((f) => f.headline)
              .map((f) => (
                <li key={f.id}>{f.note}</li>
              ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
