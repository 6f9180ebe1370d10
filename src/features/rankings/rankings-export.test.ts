import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import type { ContributorsFile, CountriesFile, MissionsFile } from "../../data/schema";
import { reportSnapshot } from "../../data/snapshot";
import {
  countryExportSpec,
  MISSIONS_FAILED_REASON,
  missionExportSpec,
  NO_FIGURES_REASON,
  TABLE_REASON,
} from "./rankings-export";
import { rankingsModel } from "./rankings-model";

const contributors = readData("contributors-2024-06-30.json") as ContributorsFile;
const missions = readData("missions.json") as MissionsFile;
const countries = readData("countries.json") as CountriesFile;
const modelOf = (showAll: boolean) =>
  rankingsModel({
    snapshot: reportSnapshot(contributors, null, missions),
    year: null,
    names: new Map(countries.rows.map((r) => [r.iso3, r.name])),
    missions,
    highlight: { selected: null, hovered: null, story: null, storyCountries: [] },
    sort: "value",
    showAll,
  });
const { countries: c, missions: m } = modelOf(false);

describe("the top contributors' export", () => {
  it("is titled, dated and sourced, with the rows as drawn", () => {
    const spec = countryExportSpec(c, { showAll: false, table: false });
    expect(spec.id).toBe("contributors-chart");
    expect(spec.title).toBe("Top police contributors");
    expect(spec.subtitle).toBe("Police officers contributed by each country, 30 June 2024, top 10");
    expect(spec.fileBase).toBe("un-police-top-contributors-2024-06-30");
    expect(spec.source).toBe(contributors.source);
    expect(spec.csv.rows).toHaveLength(10);
    expect(spec.csv.rows[0]).toEqual(["Rwanda", "RWA", 1115, "1", "2024-06-30", contributors.source]);
    expect(spec.altText).toMatch(
      /^Bar chart of the 10 countries contributing the most UN police officers, as of 30 June 2024\. The top 3: Rwanda \(1,115 officers\)/,
    );
    expect(spec.ready).toBe(true);
  });

  it("drops 'top N' when all are shown and writes a shared rank with =", () => {
    const all = modelOf(true).countries;
    const spec = countryExportSpec(all, { showAll: true, table: false });
    expect(spec.subtitle).toBe("Police officers contributed by each country, 30 June 2024");
    expect(spec.csv.rows.filter((r) => r[3] === "=75")).toHaveLength(6);
  });

  it("says why no image can be made from the table or from no figures", () => {
    const table = countryExportSpec(c, { showAll: false, table: true });
    expect(table.ready).toBe(false);
    expect(table.notReadyReason).toBe(TABLE_REASON);
    const empty = countryExportSpec({ ...c, rows: [], shown: [] }, { showAll: false, table: false });
    expect(empty.ready).toBe(false);
    expect(empty.notReadyReason).toBe(NO_FIGURES_REASON);
  });
});

describe("the missions' export", () => {
  it("lists every mission in rank order with its host and status", () => {
    const spec = missionExportSpec(m, { table: false, failed: false });
    expect(spec.id).toBe("missions-chart");
    expect(spec.subtitle).toBe("Police officers deployed in each UN operation, 30 June 2024");
    expect(spec.fileBase).toBe("un-police-missions-2024-06-30");
    expect(spec.csv.header).toEqual([
      "mission",
      "name",
      "host",
      "host_iso3",
      "police",
      "rank",
      "status",
      "as_of",
      "source",
    ]);
    expect(spec.csv.rows).toHaveLength(11);
    expect(spec.csv.rows[0]?.slice(0, 1)).toEqual(["MINUSCA"]);
    expect(spec.csv.rows[0]?.slice(2)).toEqual([
      "Central African Republic",
      "CAF",
      2969,
      "1",
      "active",
      "2024-06-30",
      missions.source,
    ]);
    expect(spec.csv.rows.find((r) => r[0] === "MINUSMA")?.[6]).toBe("liquidating");
    expect(spec.csv.rows.find((r) => r[0] === "UNISFA")?.[3]).toBeNull();
    expect(spec.altText).toMatch(
      /^Bar chart of the 11 UN operations with police deployed, as of 30 June 2024\. The top 3: MINUSCA \(2,969 officers\)/,
    );
    expect(spec.ready).toBe(true);
  });

  it("names a failed mission file before anything else", () => {
    const spec = missionExportSpec({ ...m, rows: [], ranked: [] }, { table: true, failed: true });
    expect(spec.ready).toBe(false);
    expect(spec.notReadyReason).toBe(MISSIONS_FAILED_REASON);
    expect(missionExportSpec(m, { table: true, failed: false }).notReadyReason).toBe(TABLE_REASON);
  });
});
