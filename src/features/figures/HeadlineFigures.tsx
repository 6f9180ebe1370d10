import { type Glance as GlanceData, glanceSource } from "../../data/glance";
import type { HeadlineFile } from "../../data/schema";
import { formatCount, formatDate, formatPercent } from "../../lib/format";
import "./figures.css";

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
