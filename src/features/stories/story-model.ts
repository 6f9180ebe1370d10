// Pure helpers for the stories: order, stepping, and joins to missions and countries.
import type { Country, Mission, Story } from "../../data/schema";
import { formatYearSpan } from "../../lib/format";

/** 0-based position of a story, or -1 when none (or an unknown id) is chosen. */
export function storyIndex(stories: readonly Story[], id: string | null): number {
  return id == null ? -1 : stories.findIndex((s) => s.id === id);
}

/**
 * The story one step away, in data order; null at either end. With no story chosen, "next" opens the
 * first and "previous" does nothing.
 */
export function stepStory(stories: readonly Story[], id: string | null, dir: 1 | -1): Story | null {
  const i = storyIndex(stories, id);
  if (i === -1) return dir === 1 ? (stories[0] ?? null) : null;
  return stories[i + dir] ?? null;
}

/** "2010–2011", or "2017" when a story has one year. */
export function storyYears(story: Story): string {
  return formatYearSpan(...story.years);
}

export interface MissionName {
  acronym: string;
  /** Full name from missions.json; null when the file does not list the mission. */
  name: string | null;
}

export function missionNames(story: Story, missions: readonly Mission[]): MissionName[] {
  return story.missions.map((acronym) => ({
    acronym,
    name: missions.find((m) => m.acronym === acronym)?.name ?? null,
  }));
}

export interface StoryCountry {
  iso3: string;
  /** The name from countries.json, or the code itself when the file does not know it. */
  name: string;
  known: boolean;
}

export function countryNamed(iso3: string, countries: readonly Country[]): StoryCountry {
  const c = countries.find((r) => r.iso3 === iso3);
  return { iso3, name: c?.name ?? iso3, known: c != null };
}

/** Host first, then contributors: the countries the story highlights. */
export function storyCountries(story: Story, countries: readonly Country[]) {
  return {
    host: countryNamed(story.host, countries),
    contributors: story.contributors.map((iso) => countryNamed(iso, countries)),
  };
}
