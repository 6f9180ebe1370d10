import type { KeyboardEvent } from "react";
import type { CountriesFile, MissionsFile, StoriesFile, Story } from "../../data/schema";
import type { Optional } from "../../data/use-datasets";
import { MissingFiles } from "../shared/MissingFiles";
import { StoryCard } from "./StoryCard";
import { stepStory, storyIndex, storyYears } from "./story-model";

interface Props {
  stories: readonly Story[];
  /** The chosen story (an unknown id in the URL is none). */
  story: Story | null;
  choose: (id: string) => void;
  files: {
    stories: Optional<StoriesFile>;
    missions: Optional<MissionsFile>;
    countries: Optional<CountriesFile>;
  };
}

const NONE: readonly never[] = [];

/** The five stories: Previous/Next (or the arrow keys), the list, and the chosen story's card. */
export function StoryArea({ stories, story, choose, files }: Props) {
  const index = storyIndex(stories, story?.id ?? null);
  const prev = stepStory(stories, story?.id ?? null, -1);
  const next = stepStory(stories, story?.id ?? null, 1);
  const position = story
    ? `Story ${index + 1} of ${stories.length}`
    : `${stories.length} stories: choose one`;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    const target = e.key === "ArrowRight" ? next : e.key === "ArrowLeft" ? prev : undefined;
    if (target === undefined) return;
    e.preventDefault();
    if (target) choose(target.id);
  };

  return (
    <section
      className="story-area"
      aria-label="Stories"
      aria-describedby="story-keys"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the story area takes focus so the arrow keys step through the stories.
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="story-nav">
        <button
          type="button"
          aria-disabled={!prev}
          onClick={() => prev && choose(prev.id)}
          className="story-nav__step"
        >
          ‹ Previous story
        </button>
        <p className="story-nav__pos">{position}</p>
        <button
          type="button"
          aria-disabled={!next}
          onClick={() => next && choose(next.id)}
          className="story-nav__step"
        >
          Next story ›
        </button>
      </div>
      <p id="story-keys" className="story-hint">
        Tip: with the focus here, the left and right arrow keys step through the stories.
      </p>
      <div className="story-body">
        <ol className="story-list" aria-label="The five stories">
          {stories.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-pressed={s.id === story?.id}
                className="story-list__item"
                onClick={() => choose(s.id)}
              >
                <span className="story-list__theme">{s.theme}</span>
                <span className="story-list__place">
                  {s.place}, {storyYears(s)}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <MissingFiles
          title="The stories are unavailable or shown without their missions and places."
          files={[files.stories, files.missions, files.countries]}
        />
        {story ? (
          <StoryCard
            story={story}
            missions={files.missions.data?.rows ?? NONE}
            countries={files.countries.data?.rows ?? NONE}
          />
        ) : (
          <p className="story-empty">
            Choose a story from the list, the numbered bars on the timeline, or “Next story”. The map and the
            rankings then highlight the countries it is about.
          </p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {story ? `${position}: ${story.title}, ${story.place}` : ""}
      </p>
    </section>
  );
}
