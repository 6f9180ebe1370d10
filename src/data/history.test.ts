import { describe, expect, it } from "vitest";
import { readData } from "../../tests/helpers/data-server";
import { HISTORY_YEARS } from "../lib/calendar";
import { countrySeries, hostedSeries, yearData } from "./history";
import { type HistoryFile, type HistoryYear, type MissionsFile, schemas } from "./schema";

const shipped = schemas().historyFile.parse(readData("history.json")) as HistoryFile;
const missions = readData("missions.json") as MissionsFile;
const names = new Map([
  ["RWA", "Rwanda"],
  ["SEN", "Senegal"],
  ["BGD", "Bangladesh"],
]);
const hostOf = new Map(missions.rows.map((m) => [m.acronym, m.host.iso3]));

/** A file with every year empty of figures but 2009 and 2010, for small exact cases. */
function tiny(): HistoryFile {
  const empty = (year: number): HistoryYear => ({
    year,
    source: `source ${year}`,
    countries: null,
    countriesGap: "gap c",
    splitGap: null,
    missions: null,
    missionsGap: "gap m",
    missionTotals: null,
    missionTotalsGap: "gap t",
  });
  const years = HISTORY_YEARS.map(empty);
  years[2] = {
    ...empty(2009),
    countries: { AAA: [10, 4, 6, 1], BBB: [7, 7, 0, 2], CCC: [10, 10, 0, 0], DDD: [3, 3, 0, 0] },
    countriesGap: null,
    missions: { M1: { AAA: [10, 4, 6], BBB: [7, 7, 0] }, M2: { CCC: [10, 10, 0], DDD: [3, 3, 0] } },
    missionsGap: null,
    missionTotals: { M1: 17, M2: 13 },
    missionTotalsGap: null,
  };
  years[3] = {
    ...empty(2010),
    countries: { AAA: [5, null, null, null] },
    countriesGap: null,
    splitGap: "no split",
    missionTotals: { M1: 5 },
    missionTotalsGap: null,
  };
  return { dataset: "history", title: "t", source: "s", asOf: "2024-12-31", years };
}

describe("HISTORY_YEARS", () => {
  it("runs 2007..2024", () => {
    expect(HISTORY_YEARS).toHaveLength(18);
    expect(HISTORY_YEARS[0]).toBe(2007);
    expect(HISTORY_YEARS.at(-1)).toBe(2024);
  });
});

describe("yearData", () => {
  it("ranks contributors by total, ties sharing a rank and listed by iso3", () => {
    const d = yearData(tiny(), 2009, new Map([["AAA", "Aland"]]));
    expect(d.asOf).toBe("2009-12-31");
    expect(d.source).toBe("source 2009");
    expect(d.contributors?.map((c) => [c.iso3, c.country, c.total, c.reportRank])).toEqual([
      ["AAA", "Aland", 10, 1],
      ["CCC", "CCC", 10, 1],
      ["BBB", "BBB", 7, 3],
      ["DDD", "DDD", 3, 4],
    ]);
    expect(d.contributors?.[0]).toMatchObject({ ipo: 4, fpu: 6, women: 1 });
    expect(d.contributorsGap).toBeNull();
    expect(d.splitGap).toBeNull();
  });
  it("lists deployments by mission, then by country, largest first", () => {
    const d = yearData(tiny(), 2009, new Map());
    expect(d.deployments?.map((r) => `${r.mission} ${r.iso3} ${r.total}`)).toEqual([
      "M1 AAA 10",
      "M1 BBB 7",
      "M2 CCC 10",
      "M2 DDD 3",
    ]);
    expect(d.deployments?.[0]).toEqual({
      mission: "M1",
      iso3: "AAA",
      country: "AAA",
      ipo: 4,
      fpu: 6,
      total: 10,
    });
    expect(d.missionTotals).toEqual(
      new Map([
        ["M1", 17],
        ["M2", 13],
      ]),
    );
  });
  it("passes the file's gaps through as null with the reason", () => {
    const f = tiny();
    const d2010 = yearData(f, 2010, new Map());
    expect(d2010.contributors?.[0]).toMatchObject({ total: 5, ipo: null, fpu: null, women: null });
    expect(d2010.splitGap).toBe("no split");
    expect(d2010.deployments).toBeNull();
    expect(d2010.deploymentsGap).toBe("gap m");
    const d2011 = yearData(f, 2011, new Map());
    expect(d2011.contributors).toBeNull();
    expect(d2011.contributorsGap).toBe("gap c");
    expect(d2011.missionTotals).toBeNull();
    expect(d2011.missionTotalsGap).toBe("gap t");
  });
  it("gives a year outside the file no data, with the reason", () => {
    const d = yearData(tiny(), 2030, new Map());
    expect(d).toMatchObject({
      year: 2030,
      asOf: "2030-12-31",
      contributors: null,
      contributorsGap: "No data for this year",
      deployments: null,
      deploymentsGap: "No data for this year",
      missionTotals: null,
      missionTotalsGap: "No data for this year",
    });
  });
  it("is memoised per file, names and year", () => {
    const f = tiny();
    const n = new Map<string, string>();
    expect(yearData(f, 2009, n)).toBe(yearData(f, 2009, n));
    expect(yearData(f, 2009, n)).not.toBe(yearData(f, 2010, n));
    expect(yearData(f, 2009, new Map([["AAA", "Aland"]])).contributors?.[0]?.country).toBe("Aland");
    expect(yearData(tiny(), 2009, n)).not.toBe(yearData(f, 2009, n));
  });
  it("reads the shipped file: 2024, 2014 and 2018", () => {
    const d2024 = yearData(shipped, 2024, names);
    expect(d2024.contributors?.[0]).toMatchObject({
      iso3: "RWA",
      country: "Rwanda",
      total: 1097,
      reportRank: 1,
    });
    expect(d2024.contributors?.reduce((s, c) => s + c.total, 0)).toBe(6133);
    expect(d2024.deployments?.reduce((s, r) => s + r.total, 0)).toBe(6133);
    expect(d2024.missionTotals?.get("MINUSCA")).toBeGreaterThan(0);
    const d2014 = yearData(shipped, 2014, names);
    expect(d2014.contributors).toBeNull();
    expect(d2014.contributorsGap).toMatch(/2014/);
    expect([...(d2014.missionTotals?.values() ?? [])].reduce((a, b) => a + b, 0)).toBe(12442);
    const d2018 = yearData(shipped, 2018, names);
    expect(d2018.deployments).toBeNull();
    expect(d2018.missionTotals).toBeNull();
    expect(d2018.missionTotalsGap).toMatch(/2018/);
    expect(yearData(shipped, 2007, names).splitGap).toMatch(/split/);
  });
});

describe("countrySeries", () => {
  it("is null for a gap, 0 for a year with data and no officers, never interpolated", () => {
    const s = countrySeries(tiny(), "BBB");
    expect(s.map((p) => p.year)).toEqual([...HISTORY_YEARS]);
    expect(s[2]).toEqual({ year: 2009, total: 7, ipo: 7, fpu: 0, women: 2 });
    expect(s[3]).toEqual({ year: 2010, total: 0, ipo: 0, fpu: 0, women: 0 });
    expect(s[4]).toEqual({ year: 2011, total: null, ipo: null, fpu: null, women: null });
    expect(countrySeries(tiny(), "AAA")[3]).toEqual({
      year: 2010,
      total: 5,
      ipo: null,
      fpu: null,
      women: null,
    });
  });
  it("follows Rwanda through the shipped file, with 2014 a gap", () => {
    const s = countrySeries(shipped, "RWA");
    expect(s.find((p) => p.year === 2014)?.total).toBeNull();
    expect(s.find((p) => p.year === 2024)).toMatchObject({ total: 1097, ipo: 57, fpu: 1040 });
    expect(s.find((p) => p.year === 2007)?.ipo).toBeNull();
  });
});

describe("hostedSeries", () => {
  it("sums the missions a country hosts; null where mission totals are missing", () => {
    const host = new Map([
      ["M1", "XXX"],
      ["M2", "YYY"],
    ]);
    const s = hostedSeries(tiny(), host, "XXX");
    expect(s[2]).toEqual({ year: 2009, total: 17 });
    expect(s[3]).toEqual({ year: 2010, total: 5 });
    expect(s[4]).toEqual({ year: 2011, total: null });
    expect(hostedSeries(tiny(), host, "ZZZ")[2]).toEqual({ year: 2009, total: 0 });
  });
  it("counts MONUC and MONUSCO for the DR Congo, and has 2018 as a gap", () => {
    const s = hostedSeries(shipped, hostOf, "COD");
    const y = (year: number) => s.find((p) => p.year === year)?.total;
    expect(y(2009)).toBeGreaterThan(0);
    expect(y(2010)).toBeGreaterThan(0);
    expect(y(2018)).toBeNull();
    expect(y(2024)).toBe(yearData(shipped, 2024, names).missionTotals?.get("MONUSCO"));
  });
});
