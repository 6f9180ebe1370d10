import type { Story } from "../../data/schema";
import { formatYearSpan } from "../../lib/format";
import { leadOf } from "./steps";

/**
 * A story in projector type beside its map: title, place and years, the missions, and the story's
 * first sentences (the whole text is on the page, which Leave returns to with the story chosen).
 */
export function StoryCard({ story }: { story: Story }) {
  const years = formatYearSpan(...story.years);
  const lead = leadOf(story.summary);
  return (
    <article className="presentation__card" aria-labelledby={`presentation-story-${story.id}`}>
      <h2 id={`presentation-story-${story.id}`}>{story.title}</h2>
      <p className="presentation__meta">
        <strong>
          {story.place}, {years}
        </strong>
      </p>
      <p className="presentation__missions">{story.missions.join(", ")}</p>
      <p>{lead}</p>
    </article>
  );
}
