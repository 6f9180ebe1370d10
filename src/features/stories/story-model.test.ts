import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import type { StoriesFile } from "../../data/schema";
import { countryNamed, stepStory, storyIndex, storyYears } from "./story-model";

const stories = (readData("stories.json") as StoriesFile).stories;

describe("stepping through the stories", () => {
  it("opens the first story on the first Next and does nothing on Previous", () => {
    expect(stepStory(stories, null, 1)?.id).toBe(stories[0]?.id);
    expect(stepStory(stories, null, -1)).toBeNull();
  });
  it("walks in data order and stops at both ends", () => {
    expect(stepStory(stories, stories[1]?.id ?? "", 1)?.id).toBe(stories[2]?.id);
    expect(stepStory(stories, stories[1]?.id ?? "", -1)?.id).toBe(stories[0]?.id);
    expect(stepStory(stories, stories.at(-1)?.id ?? "", 1)).toBeNull();
    expect(stepStory(stories, stories[0]?.id ?? "", -1)).toBeNull();
  });
  it("treats an unknown id as no story", () => {
    expect(storyIndex(stories, "no-such-story")).toBe(-1);
    expect(stepStory(stories, "no-such-story", 1)?.id).toBe(stories[0]?.id);
  });
  it("writes one year or a range", () => {
    expect(storyYears({ ...(stories[0] as (typeof stories)[number]), years: [2017, 2017] })).toBe("2017");
    expect(storyYears({ ...(stories[0] as (typeof stories)[number]), years: [2007, 2016] })).toBe(
      "2007–2016",
    );
  });
  it("falls back to the code for a country it does not know", () => {
    expect(countryNamed("ZZZ", [])).toEqual({ iso3: "ZZZ", name: "ZZZ", known: false });
  });
});
