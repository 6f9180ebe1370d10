import { describe, expect, it } from "vitest";
import { readData } from "../../tests/helpers/data-server";
import type { ContributorsFile, CountriesFile, DeploymentsFile, HistoryFile, MissionsFile } from "./schema";
import { countryTotals, missionTotals } from "./selectors";
import { snapshotOf } from "./snapshot";

const history = readData("history.json") as HistoryFile;
const contributors = readData("contributors-2024-06-30.json") as ContributorsFile;
const deployments = readData("deployments-2024-06-30.json") as DeploymentsFile;
const missions = readData("missions.json") as MissionsFile;
const countries = readData("countries.json") as CountriesFile;
const names = new Map(countries.rows.map((c) => [c.iso3, c.name]));

describe("the figures a view shows for a date", () => {
  it("takes the report's files when no year is chosen", () => {
    const s = snapshotOf(contributors, null, names, deployments, missions);
    expect(s.asOf).toBe("2024-06-30");
    expect(s.contributors?.find((c) => c.iso3 === "RWA")?.total).toBe(1115);
    expect(s.missionPolice?.get("MINUSCA")).toBe(2969);
    expect(s.contributorsGap).toBeNull();
  });
  it("takes the chosen December from the history, split into IPO and FPU rows", () => {
    const s = snapshotOf(history, 2010, names, deployments, missions);
    expect(s.asOf).toBe("2010-12-31");
    expect(s.contributors?.find((c) => c.iso3 === "BGD")).toMatchObject({ total: 1862, ipo: 192, fpu: 1670 });
    const rows = s.deployments ?? [];
    expect(countryTotals(rows).get("BGD")).toBe(1862);
    expect(missionTotals(rows).get("UNAMID")).toBe(s.missionPolice?.get("UNAMID"));
    expect(rows.filter((r) => r.iso3 === "BGD" && r.mission === "UNAMID").map((r) => r.type)).toEqual([
      "IPO",
      "FPU",
    ]);
    // Chosen twice, the same object: switching back and forth costs a lookup.
    expect(snapshotOf(history, 2010, names, null, null)).toBe(s);
  });
  it("keeps the gaps as gaps, each with its reason", () => {
    const y2014 = snapshotOf(history, 2014, names, null, null);
    expect(y2014.contributors).toBeNull();
    expect(y2014.contributorsGap).toMatch(/December 2014/);
    expect(y2014.missionPolice?.get("UNAMID")).toBe(3035);
    const y2018 = snapshotOf(history, 2018, names, null, null);
    expect(y2018.missionPolice).toBeNull();
    expect(y2018.missionPoliceGap).toMatch(/2018/);
    const y2007 = snapshotOf(history, 2007, names, null, null);
    expect(y2007.deployments).toBeNull();
    expect(y2007.deploymentsGap).not.toBeNull();
    expect(y2007.contributors?.find((c) => c.iso3 === "IND")).toMatchObject({
      total: 493,
      ipo: null,
      women: null,
    });
  });
});
