import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import type { ContributorsFile, CountriesFile, Mission, MissionsFile } from "../../data/schema";
import { reportSnapshot, type Snapshot } from "../../data/snapshot";
import type { Highlight } from "../../state/linked";
import {
  countryBarName,
  countryTableRows,
  endedBy,
  missionBarName,
  missionHost,
  missionTableRows,
  type RankingsInput,
  rankingsModel,
} from "./rankings-model";

const contributors = readData("contributors-2024-06-30.json") as ContributorsFile;
const missions = readData("missions.json") as MissionsFile;
const countries = readData("countries.json") as CountriesFile;
const names = new Map(countries.rows.map((c) => [c.iso3, c.name]));
const snapshot = reportSnapshot(contributors, null, missions);
const NONE: Highlight = { selected: null, hovered: null, story: null, storyCountries: [] };

const model = (over: Partial<RankingsInput> = {}) =>
  rankingsModel({
    snapshot,
    year: null,
    names,
    missions,
    highlight: NONE,
    sort: "value",
    showAll: false,
    ...over,
  });
const mission = (acronym: string) => missions.rows.find((m) => m.acronym === acronym) as Mission;

describe("the countries' ranking", () => {
  it("draws the top ten by size, all on request, every row with its shared rank", () => {
    const { countries: c } = model();
    expect(c.asOf).toBe("2024-06-30");
    expect(c.rows).toHaveLength(80);
    expect(c.top).toBe(10);
    expect(c.shown.map((r) => r.key).slice(0, 3)).toEqual(["RWA", "SEN", "EGY"]);
    expect(c.shown).toHaveLength(10);
    expect(model({ showAll: true }).countries.shown).toHaveLength(80);
    expect(c.rows.filter((r) => r.rank === 75 && r.tied)).toHaveLength(6);
    expect(c.empty).toBeNull();
  });

  it("sorts the rows drawn by name, the top ten still chosen by size", () => {
    const shown = model({ sort: "name" }).countries.shown;
    expect(shown.map((r) => r.label)).toEqual([...shown.map((r) => r.label)].sort());
    expect(new Set(shown.map((r) => r.key))).toEqual(new Set(model().countries.shown.map((r) => r.key)));
  });

  it("lights the selected, hovered and story countries", () => {
    const lit = model({
      highlight: { selected: "SEN", hovered: "EGY", story: null, storyCountries: ["LBR", "IND"] },
    }).countries.lit;
    expect([...lit].sort()).toEqual(["EGY", "IND", "LBR", "SEN"]);
    expect(model().countries.lit.size).toBe(0);
  });

  it("names a gap, or a date with no one deployed, instead of drawing", () => {
    const gap: Snapshot = { ...snapshot, contributors: null, contributorsGap: "The 2014 report is lost." };
    expect(model({ snapshot: gap }).countries.empty).toBe("No data for this year. The 2014 report is lost.");
    const none: Snapshot = {
      ...snapshot,
      contributors: snapshot.contributors?.map((r) => ({ ...r, total: 0 })) ?? [],
    };
    expect(model({ snapshot: none }).countries.empty).toBe("No country had police deployed on this date.");
  });

  it("gives each bar an accessible name and each table row its cells", () => {
    const [first] = model().countries.shown;
    if (!first) throw new Error("no rows");
    expect(countryBarName(first)).toBe("Rwanda, 1st, 1,115 officers");
    expect(countryBarName({ ...first, rank: null, value: null })).toBe("Rwanda, unranked, no data");
    expect(countryTableRows([first])).toEqual([["1st", "Rwanda", "RWA", "1,115"]]);
  });
});

describe("the missions' ranking", () => {
  it("ranks the eleven operations with MINUSCA first and marks the closed mission", () => {
    const { missions: m } = model();
    expect(m.rows).toHaveLength(11);
    expect(m.rows[0]?.key).toBe("MINUSCA");
    expect(m.rows.find((r) => r.key === "MINUSMA")?.label).toBe("MINUSMA (closed mission)");
    expect(m.closed).toEqual([" MINUSMA's mandate ended in 2023; its last officers were leaving."]);
    expect(m.source).toBe(missions.source);
    expect(model({ year: 2010 }).missions.source).toBe(snapshot.source);
  });

  it("closes a mission only when it is liquidating and its mandate ended before the date", () => {
    expect(endedBy(mission("MINUSMA"), "2024-06-30")).toBe(true);
    expect(endedBy(mission("MINUSMA"), "2023-06-30")).toBe(false);
    expect(endedBy(mission("MINUSCA"), "2024-06-30")).toBe(false);
  });

  it("lights and selects a mission through its host country", () => {
    const m = model({ highlight: { ...NONE, selected: "SSD" } }).missions;
    expect(m.selected).toBe("UNMISS");
    expect(m.lit.has("UNMISS")).toBe(true);
    expect(m.lit.has("UNISFA")).toBe(false);
    expect(missionHost(m, "UNMISS")).toBe("SSD");
    expect(missionHost(m, "UNISFA")).toBeNull();
    expect(missionHost(m, null)).toBeNull();
    expect(model().missions.selected).toBeNull();
  });

  it("names each bar with its mission, host, status, rank and officers", () => {
    const m = model().missions;
    const bar = (key: string) => {
      const b = m.rows.find((r) => r.key === key);
      if (!b) throw new Error(key);
      return missionBarName(b, m.byKey.get(key), m.asOf);
    };
    expect(bar("MINUSCA")).toMatch(
      /^MINUSCA, United Nations Multidimensional .*, Central African Republic, 1st, 2,969 officers$/,
    );
    expect(bar("MINUSMA")).toMatch(/, Mali, closed mission, officers leaving, /);
    expect(bar("UNISFA")).toMatch(/, Abyei area \(Sudan \/ South Sudan\), no host country to select, /);
    expect(missionTableRows(m)[0]).toEqual([
      "1st",
      "MINUSCA",
      mission("MINUSCA").name,
      "Central African Republic",
      "2,969",
    ]);
  });

  it("names a year without mission figures, and leaves the missions out while their file is missing", () => {
    const gap: Snapshot = { ...snapshot, missionPolice: null, missionPoliceGap: "Not reported in 2018." };
    expect(model({ snapshot: gap }).missions.empty).toBe("No data for this year. Not reported in 2018.");
    const noFile = model({ missions: null });
    expect(noFile.missions.rows).toEqual([]);
    expect(noFile.missions.source).toBe("");
    expect(noFile.missions.empty).toBe("No operation had police deployed on this date.");
  });
});
