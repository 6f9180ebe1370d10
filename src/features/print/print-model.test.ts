import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import type { CountriesFile, StoriesFile } from "../../data/schema";
import { DEFAULT_STATE } from "../../state/url-state";
import { printHeading } from "./print-model";

const stories = (readData("stories.json") as StoriesFile).stories;
const countries = (readData("countries.json") as CountriesFile).rows;
const story = stories[0] as (typeof stories)[number];

describe("the printed heading", () => {
  it("titles the default view with the map's title and the report's date", () => {
    expect(printHeading(DEFAULT_STATE, stories, countries)).toEqual({
      title: "Where UN police come from",
      selected: null,
      day: "30 June 2024",
      kind: "UN monthly report",
    });
  });
  it("takes the chosen story's title and the December shown", () => {
    const h = printHeading({ ...DEFAULT_STATE, story: story.id, year: 2012 }, stories, countries);
    expect(h).toMatchObject({ title: story.title, day: "31 December 2012", kind: "December figures" });
  });
  it("names the selected country under the measure's title", () => {
    const h = printHeading(
      { ...DEFAULT_STATE, measure: "hosted", country: "RWA", date: "2024-12-31" },
      stories,
      countries,
    );
    expect(h).toMatchObject({ title: "Where UN police serve", selected: "Rwanda", day: "31 December 2024" });
  });
  it("falls back to the map's title while the stories load, or for an unknown story", () => {
    expect(printHeading({ ...DEFAULT_STATE, story: story.id }, null, null).title).toBe(
      "Where UN police come from",
    );
    expect(printHeading({ ...DEFAULT_STATE, story: "no-such-story" }, stories, countries).title).toBe(
      "Where UN police come from",
    );
  });
});
