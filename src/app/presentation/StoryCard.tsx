import type { Story } from "../../data/schema";
import { formatYearSpan } from "../../lib/format";

/** A story in large type for the projector: what happened, where, when, which mission. */
export function StoryCard({ story }: { story: Story }) {
  const years = formatYearSpan(...story.years);
  return (
    <article className="presentation__card" aria-labelledby={`presentation-story-${story.id}`}>
      <h2 id={`presentation-story-${story.id}`}>{story.title}</h2>
      <p className="presentation__meta">
        {story.place}, {years} · {story.missions.join(", ")}
      </p>
      <p>{story.summary}</p>
    </article>
  );
}
