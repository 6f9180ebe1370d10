import { describe, expect, it } from "vitest";
import type { Country, Story } from "../data/schema";
import { announcementFor, checkAgainstData, stepCount, withStoryYear } from "./rules";
import { type AppState, DEFAULT_STATE } from "./url-state";

const country = (iso3: string, name: string): Country => ({ iso3, name, isoNumeric: null, topoId: null });
const COUNTRIES = [country("RWA", "Rwanda"), country("SEN", "Senegal")];

const story = (id: string, theme: string, years: [number, number]): Story => ({
  id,
  theme,
  title: `${theme}: a story`,
  place: "Somewhere",
  host: "HTI",
  contributors: ["RWA"],
  years,
  missions: ["MINUSTAH"],
  people: [],
  summary: "What happened.",
  quotation: null,
  photo: { caption: "A photo", credit: "UN Photo" },
  corrections: [],
  sources: ["A source"],
});
const STORIES = [story("haiti", "Rebuilding", [2010, 2012]), story("liberia", "Trust", [2016, 2016])];

const at = (patch: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, ...patch });

describe("stepCount", () => {
  it("counts the overview, the map, each story and the ranking", () => {
    expect(stepCount(0)).toBe(3);
    expect(stepCount(5)).toBe(8);
  });
});

describe("checkAgainstData", () => {
  it("keeps a country, a story and a step the data knows", () => {
    const state = at({ country: "RWA", story: "liberia", step: stepCount(STORIES.length) });
    expect(checkAgainstData(state, COUNTRIES, STORIES)).toEqual({ state, ignored: [] });
  });

  it("drops a country and a story unknown to the data, and a step past the end", () => {
    const state = at({ country: "FRA", story: "atlantis", step: stepCount(STORIES.length) + 1, year: 2010 });
    expect(checkAgainstData(state, COUNTRIES, STORIES)).toEqual({
      state: at({ year: 2010 }),
      ignored: ["country", "story", "step"],
    });
  });

  it("lets every value through until the data has loaded", () => {
    const state = at({ country: "FRA", story: "atlantis", step: 40 });
    expect(checkAgainstData(state, null, null)).toEqual({ state, ignored: [] });
  });

  it("does not change the state it is given", () => {
    const state = at({ country: "FRA" });
    checkAgainstData(state, COUNTRIES, STORIES);
    expect(state.country).toBe("FRA");
  });
});

describe("withStoryYear: a story sets the year", () => {
  it("moves every view to the chosen story's first year", () => {
    expect(withStoryYear({ story: "haiti" }, STORIES)).toEqual({ story: "haiti", year: 2010 });
    expect(withStoryYear({ step: 4, story: "liberia" }, STORIES)).toEqual({
      step: 4,
      story: "liberia",
      year: 2016,
    });
  });

  it("leaves a patch that sets its own year, even to none", () => {
    expect(withStoryYear({ story: "haiti", year: 2011 }, STORIES)).toEqual({ story: "haiti", year: 2011 });
    expect(withStoryYear({ story: "haiti", year: null }, STORIES)).toEqual({ story: "haiti", year: null });
  });

  it("leaves other patches, closing a story, an unknown story and unloaded stories alone", () => {
    expect(withStoryYear({ country: "RWA" }, STORIES)).toEqual({ country: "RWA" });
    expect(withStoryYear({ story: null }, STORIES)).toEqual({ story: null });
    expect(withStoryYear({ story: "atlantis" }, STORIES)).toEqual({ story: "atlantis" });
    expect(withStoryYear({ story: "haiti" }, null)).toEqual({ story: "haiti" });
  });
});

describe("announcementFor", () => {
  const say = (prev: Partial<AppState>, now: Partial<AppState>, loaded = true) =>
    announcementFor(at(prev), at(now), loaded ? COUNTRIES : null, loaded ? STORIES : null);

  it("says nothing when nothing it announces changed", () => {
    expect(say({}, {})).toBeNull();
    expect(say({}, { measure: "hosted", sort: "name", view: "table" })).toBeNull();
  });

  it("names the presentation step out of the total, with its story", () => {
    expect(say({}, { step: 1 })).toBe("Step 1 of 5");
    expect(say({ step: 2 }, { step: 3, story: "haiti" })).toBe("Step 3 of 5. Story 1 of 2: Rebuilding");
    expect(say({ step: 3 }, {})).toBe("Left presentation mode");
    expect(say({}, { step: 2 }, false)).toBe("Step 2");
  });

  it("names a story opened, and says when it closes", () => {
    expect(say({}, { story: "liberia", year: 2016 })).toBe("Story 2 of 2: Trust");
    expect(say({ story: "liberia" }, {})).toBe("Story closed");
    expect(say({}, { story: "liberia" }, false)).toBeNull();
  });

  it("says which figures the map and rankings show after a year or date switch", () => {
    expect(say({}, { year: 2010 })).toBe("Map and rankings: figures for December 2010");
    expect(say({ year: 2010 }, {})).toBe("Map and rankings: figures for 30 June 2024");
    expect(say({}, { date: "2024-12-31" })).toBe("Map and rankings: figures for 31 December 2024");
  });

  it("names the country selected, and says when the selection is cleared", () => {
    expect(say({}, { country: "SEN" })).toBe("Senegal selected");
    expect(say({ country: "SEN" }, {})).toBe("Selection cleared");
    expect(say({}, { country: "SEN" }, false)).toBeNull();
  });
});
