import { describe, expect, it } from "vitest";
import { readData } from "../../tests/helpers/data-server";
import { yearData } from "./history";
import type {
  ContributorsFile,
  CountriesFile,
  DeploymentsFile,
  HistoryFile,
  MissionsFile,
  StoriesFile,
} from "./schema";
import {
  contributorsTo,
  countryNames,
  hostedByCountry,
  missionsServedBy,
  missionTotals,
  rankBy,
  rankContributors,
  rankMissions,
  storiesForCountry,
} from "./selectors";
import { reportSnapshot } from "./snapshot";

const contributors = readData("contributors-2024-06-30.json") as ContributorsFile;
const deployments = readData("deployments-2024-06-30.json") as DeploymentsFile;
const missions = readData("missions.json") as MissionsFile;
const stories = readData("stories.json") as StoriesFile;

describe("rankBy", () => {
  it("gives ties a shared rank and skips the next", () => {
    const r = rankBy(
      [
        { n: "a", v: 5 },
        { n: "b", v: 3 },
        { n: "c", v: 3 },
        { n: "d", v: 1 },
      ],
      (x) => x.v,
    );
    expect(r.map((x) => [x.item.n, x.rank, x.tied])).toEqual([
      ["a", 1, false],
      ["b", 2, true],
      ["c", 2, true],
      ["d", 4, false],
    ]);
  });
  it("keeps input order among ties and leaves out missing values", () => {
    const r = rankBy(
      [
        { n: "x", v: 2 },
        { n: "gap", v: null },
        { n: "y", v: 2 },
      ],
      (x) => x.v,
    );
    expect(r.map((x) => x.item.n)).toEqual(["x", "y"]);
  });
  it("handles an empty list and a single item", () => {
    expect(rankBy([], () => 1)).toEqual([]);
    expect(rankBy([1], (x) => x)[0]).toMatchObject({ rank: 1, tied: false });
  });
});

describe("selectors on the shipped data", () => {
  it("ranks the article's top five first, in its order", () => {
    const top = rankContributors(contributors.rows).slice(0, 5);
    expect(top.map((r) => r.item.country)).toEqual(["Rwanda", "Senegal", "Egypt", "Bangladesh", "Cameroon"]);
    expect(top.map((r) => r.value)).toEqual([1115, 1090, 393, 358, 344]);
  });
  it("counts 80 contributing countries, not the 85 listed", () => {
    expect(contributors.rows).toHaveLength(85);
    expect(rankContributors(contributors.rows)).toHaveLength(80);
  });
  it("ranks MINUSCA first among 11 missions with police", () => {
    const r = rankMissions(
      missions.rows,
      reportSnapshot(contributors, null, missions).missionPolice ?? new Map(),
    );
    expect(r).toHaveLength(11);
    expect(r[0]?.item.acronym).toBe("MINUSCA");
    expect(r[0]?.value).toBe(2969);
  });
  it("sums officers hosted per country, skipping Abyei (no host country)", () => {
    const hosted = hostedByCountry(missions.rows, missionTotals(deployments.rows));
    const caf = hosted.find((h) => h.iso3 === "CAF");
    expect(caf).toEqual({ iso3: "CAF", total: 2969, missions: ["MINUSCA"] });
    expect(hosted.some((h) => h.missions.includes("UNISFA"))).toBe(false);
  });
  it("lists where Rwanda's officers serve and who serves in MINUSCA", () => {
    const rwa = missionsServedBy(deployments.rows, "RWA");
    expect(rwa.reduce((s, f) => s + f.total, 0)).toBe(1115);
    expect(rwa[0]?.mission).toBe("MINUSCA");
    const minusca = contributorsTo(deployments.rows, "MINUSCA");
    expect(minusca.reduce((s, f) => s + f.total, 0)).toBe(2969);
  });
  it("finds stories by host and by contributor", () => {
    expect(storiesForCountry(stories.stories, "CAF").map((s) => s.id)).toEqual([
      "car-protecting-civilians",
      "car-innovative-policing",
    ]);
    expect(storiesForCountry(stories.stories, "IND").map((s) => s.id)).toEqual(["liberia-public-trust"]);
    expect(storiesForCountry(stories.stories, "FRA")).toEqual([]);
  });
});

describe("countryNames", () => {
  it("gives every view the same names for a country list, so a December is built once", () => {
    const countries = readData("countries.json") as CountriesFile;
    const history = readData("history.json") as HistoryFile;
    const names = countryNames(countries.rows);
    expect(names.get("RWA")).toBe("Rwanda");
    expect(countryNames(countries.rows)).toBe(names);
    expect(yearData(history, 2010, countryNames(countries.rows))).toBe(yearData(history, 2010, names));
    expect(countryNames([...countries.rows])).not.toBe(names);
  });
});
