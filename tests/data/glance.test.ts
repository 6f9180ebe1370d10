import { describe, expect, it } from "vitest";
import { findingOf, glanceOf } from "../../src/data/glance";
import { yearData } from "../../src/data/history";
import {
  type ContributorsFile,
  type DeploymentsFile,
  type HistoryFile,
  type MissionsFile,
  type PoliceByYearFile,
  schemas,
} from "../../src/data/schema";
import { countryNames } from "../../src/data/selectors";
import { historySnapshot, reportSnapshot } from "../../src/data/snapshot";
import { readData } from "../helpers/data-server";

const s = schemas();
const june = s.contributorsFile.parse(readData("contributors-2024-06-30.json")) as ContributorsFile;
const december = s.contributorsFile.parse(readData("contributors-2024-12-31.json")) as ContributorsFile;
const deployments = s.deploymentsFile.parse(readData("deployments-2024-06-30.json")) as DeploymentsFile;
const missions = s.missionsFile.parse(readData("missions.json")) as MissionsFile;
const series = s.policeByYearFile.parse(readData("police-by-year.json")) as PoliceByYearFile;
const history = s.historyFile.parse(readData("history.json")) as HistoryFile;
const names = countryNames(s.countriesFile.parse(readData("countries.json")).rows);

describe("the figures and the finding at a date, computed from the data", () => {
  it("30 June 2024: the report's totals, its two largest contributors and the change since the peak", () => {
    const g = glanceOf(reportSnapshot(june, deployments, missions), series);
    expect(g.officers).toBe(june.rows.reduce((t, r) => t + r.total, 0));
    expect(g.officers).toBe(6238);
    expect(g.countries).toBe(80);
    expect(g.operations).toBe(11);
    expect(g.top.map((t) => t.name)).toEqual(["Rwanda", "Senegal"]);
    expect(g.peak).toEqual({ year: 2010, police: 14322 });
    const share = Math.round((((g.top[0]?.total ?? 0) + (g.top[1]?.total ?? 0)) / 6238) * 100);
    expect(findingOf(g)).toBe(
      `On 30 June 2024, 6,238 UN police officers served in 11 operations, 56% fewer than at the December 2010 peak; Rwanda and Senegal sent ${share}% of them.`,
    );
  });

  it("31 December 2024 differs from June: the sentence follows the date", () => {
    const g = glanceOf(reportSnapshot(december, null, missions), series);
    expect(g.officers).toBe(6133);
    expect(findingOf(g)).toMatch(/^On 31 December 2024, 6,133 UN police officers/);
  });

  it("the peak December says so, and a December without figures by country says they are not on record", () => {
    const peak = glanceOf(historySnapshot(yearData(history, 2010, names)), series);
    expect(findingOf(peak)).toMatch(
      /^In December 2010, 14,322 UN police officers .*the most of any December 2007–2024/,
    );
    const gap = glanceOf(historySnapshot(yearData(history, 2014, names)), series);
    expect(gap.countries).toBeNull();
    expect(gap.officers).toBe(12442);
    expect(gap.officersFromSeries).toBe(true);
    expect(findingOf(gap)).toMatch(
      /^In December 2014, 12,442 UN police officers served in 14 operations.*; who sent them is not on record for this date\.$/,
    );
  });

  it("no total at all gives no sentence rather than a made-up one", () => {
    const gap = glanceOf(historySnapshot(yearData(history, 2014, names)), null);
    expect(gap.officers).toBeNull();
    expect(findingOf(gap)).toBeNull();
  });
});
