import type { Country, Mission, Story } from "../../data/schema";
import { formatDate } from "../../lib/format";
import { PrintButton } from "../print/PrintButton";
import "./story-card.css";
import { missionNames, storyCountries, storyYears } from "./story-model";

interface Props {
  story: Story;
  missions: readonly Mission[];
  countries: readonly Country[];
}

/** One story in our own words, from stories.json: what, where, when, which mission, who, and the sources. */
export function StoryCard({ story, missions, countries }: Props) {
  const { host, contributors } = storyCountries(story, countries);
  const unknown = [host, ...contributors].filter((c) => !c.known);
  const titleId = `story-card-title-${story.id}`;
  return (
    <article className="story-card" aria-labelledby={titleId}>
      <p className="story-card__theme">{story.theme}</p>
      <h3 id={titleId} className="story-card__title">
        {story.title}
      </h3>
      <dl className="story-card__facts">
        <div>
          <dt>Place</dt>
          <dd>{story.place}</dd>
        </div>
        <div>
          <dt>{story.years[0] === story.years[1] ? "Year" : "Years"}</dt>
          <dd>{storyYears(story)}</dd>
        </div>
        <div>
          <dt>{story.missions.length > 1 ? "Missions" : "Mission"}</dt>
          <dd>
            <ul className="story-card__plain">
              {missionNames(story, missions).map((m) => (
                <li key={m.acronym}>{m.name ? `${m.name} (${m.acronym})` : m.acronym}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd>
            {host.name} (host)
            {contributors.length > 0 && `; officers from ${contributors.map((c) => c.name).join(" and ")}`}
          </dd>
        </div>
        {story.people.length > 0 && (
          <div>
            <dt>People</dt>
            <dd>
              <ul className="story-card__plain">
                {story.people.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {unknown.length > 0 && (
        <p className="story-card__note" role="note">
          Not on the map: {unknown.map((c) => c.iso3).join(", ")} is not in our list of countries, so the map
          cannot highlight it.
        </p>
      )}
      <p className="story-card__summary">{story.summary}</p>
      {story.quotation && (
        <figure className="story-card__quote">
          <blockquote>
            <p>“{story.quotation.text}”</p>
          </blockquote>
          <figcaption>
            {story.quotation.speaker}, {story.quotation.role}, {formatDate(story.quotation.date)}
            {story.quotation.occasion ? `, ${story.quotation.occasion}` : ""}
          </figcaption>
        </figure>
      )}
      <p className="story-card__photo">
        <span className="story-card__label">Photo in the article (not reproduced here):</span>{" "}
        {story.photo.caption} <span className="story-card__credit">Credit: {story.photo.credit}.</span>
      </p>
      {story.corrections.length > 0 && (
        <div className="story-card__corrections">
          <h4>Corrections to the article</h4>
          <ul>
            {story.corrections.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="story-card__sources">
        <h4>Sources</h4>
        <ul>
          {story.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
      <PrintButton label="Print this story" className="story-card__print" />
    </article>
  );
}
