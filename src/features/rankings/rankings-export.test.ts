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
  it("is titled, dated and sourced; its CSV has every contributing country, the ones drawn marked", () => {
    const spec = countryExportSpec(c, { showAll: false, table: false });
    const sent = contributors.rows.filter((r) => r.total > 0);
    expect(spec.id).toBe("contributors-chart");
    expect(spec.title).toBe("Top police contributors");
    expect(spec.subtitle).toBe(
      "The 10 largest of 80 contributing countries on 30 June 2024 sent 73% of all 6,238 UN police officers.",
    );
    expect(spec.fileBase).toBe("un-police-top-contributors-2024-06-30");
    expect(spec.source).toBe(contributors.source);
    expect(spec.csv.header).toEqual([
      "country",
      "iso3",
      "police_contributed",
      "rank",
      "tied",
      "drawn_in_chart",
      "as_of",
      "source",
    ]);
    expect(spec.csv.rows).toHaveLength(sent.length);
    expect(spec.csv.rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(sent.reduce((n, r) => n + r.total, 0));
    expect(spec.csv.rows.filter((r) => r[5] === "yes")).toHaveLength(10);
    expect(spec.csv.rows[0]).toEqual([
      "Rwanda",
      "RWA",
      1115,
      1,
      "no",
      "yes",
      "2024-06-30",
      contributors.source,
    ]);
    expect(spec.altText).toMatch(
      /^Bar chart of the 10 countries contributing the most UN police officers, as of 30 June 2024\. The top 3: Rwanda \(1,115 officers\)/,
    );
    expect(spec.ready).toBe(true);
  });

  it("says 'each' when all are shown, and writes a shared rank as a number with 'yes' in the tied column", () => {
    const all = modelOf(true).countries;
    const spec = countryExportSpec(all, { showAll: true, table: false });
    expect(spec.subtitle).toBe(
      "Officers sent by each of the 80 contributing countries on 30 June 2024, 6,238 in all.",
    );
    const shared = spec.csv.rows.filter((r) => r[3] === 75);
    expect(shared).toHaveLength(6);
    expect(shared.every((r) => r[4] === "yes")).toBe(true);
    expect(spec.csv.rows.every((r) => r[5] === "yes")).toBe(true);
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
    expect(spec.subtitle).toBe(
      "Police officers in each of the 11 UN operations with police on 30 June 2024, 6,238 in all; MINUSCA (Central African Republic) is the largest.",
    );
    expect(spec.fileBase).toBe("un-police-missions-2024-06-30");
    expect(spec.csv.header).toEqual([
      "mission",
      "name",
      "host",
      "host_iso3",
      "police",
      "rank",
      "tied",
      "drawn_in_chart",
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
      1,
      "no",
      "yes",
      "active",
      "2024-06-30",
      `${missions.source}; figures as of 30 June 2024`,
    ]);
    expect(spec.csv.rows.find((r) => r[0] === "MINUSMA")?.[8]).toBe("liquidating");
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
