// Every shipped data file against the real schemas, and the files against each other.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAll, parseCsv, serialise } from "../../scripts/build-data.mjs";
import { parseJson } from "../../src/data/check-json";
import { DATASETS } from "../../src/data/datasets";
import { schemas } from "../../src/data/schema";

const s = schemas();

import { countryTotals, missionTotals } from "../../src/data/selectors";
import { DATA_DIR } from "../helpers/data-server";

const text = (f: string) => readFileSync(join(DATA_DIR, f), "utf8");
const load = <S extends Parameters<typeof parseJson>[1]>(f: string, schema: S) =>
  parseJson(text(f), schema, f, f);

const DATES = ["2024-06-30", "2024-12-31"] as const;
const countries = load("countries.json", s.countriesFile);
const topology = load("world-110m.json", s.topologyFile);
const missions = load("missions.json", s.missionsFile);
const stories = load("stories.json", s.storiesFile);
const events = load("events.json", s.eventsFile);
const headline = load("headline.json", s.headlineFile);
const known = new Set(countries.rows.map((c) => c.iso3));
const missionNames = new Set(missions.rows.map((m) => m.acronym));

describe("data files", () => {
  it("every dataset the app loads validates with its schema", () => {
    for (const d of Object.values(DATASETS))
      expect(() => parseJson(text(d.file), s[d.schema], d.label, d.file)).not.toThrow();
  });

  it("the committed JSON is exactly what `npm run data` makes from data/source/", () => {
    const built = buildAll();
    const shipped = readdirSync(DATA_DIR).filter((f) => f.endsWith(".json"));
    expect(shipped.sort()).toEqual(Object.keys(built).sort());
    for (const [name, value] of Object.entries(built)) expect(text(name), name).toBe(serialise(name, value));
  });

  it("every figure file names its source and as-of date", () => {
    for (const f of readdirSync(DATA_DIR).filter((f) => f.endsWith(".json") && !f.startsWith("world-"))) {
      const data = JSON.parse(text(f));
      expect(data.source, f).toBeTruthy();
      expect(data.asOf, f).toMatch(/^\d{4}/);
    }
  });
});

describe("the map and the names agree", () => {
  const topoIds = new Set(topology.objects.countries.geometries.map((g) => g.id));
  it("every shape has a country record and every record's shape exists", () => {
    const recordIds = new Set(countries.rows.map((c) => c.topoId).filter((id) => id != null));
    for (const id of topoIds) expect(recordIds.has(id), `shape ${id}`).toBe(true);
    for (const id of recordIds) expect(topoIds.has(id), `record ${id}`).toBe(true);
  });
  it("Kosovo has a shape under XKX; Antarctica is dropped; Abyei is marker-only", () => {
    expect(topoIds.has("XKX")).toBe(true);
    expect(topoIds.has("010")).toBe(false);
    const unisfa = missions.rows.find((m) => m.acronym === "UNISFA");
    expect(unisfa?.host.iso3).toBeNull();
    expect(unisfa?.hq).not.toBeNull();
  });
  it("uses full names, never the topology's abbreviations", () => {
    const names = new Map(countries.rows.map((c) => [c.iso3, c.name]));
    expect(names.get("CAF")).toBe("Central African Republic");
    expect(names.get("COD")).toBe("Democratic Republic of the Congo");
    expect(names.get("SSD")).toBe("South Sudan");
  });
});

describe.each(DATES)("figures for %s", (date) => {
  const contributors = load(`contributors-${date}.json`, s.contributorsFile);
  const deployments = load(`deployments-${date}.json`, s.deploymentsFile);

  it("every country code is known", () => {
    for (const r of contributors.rows) expect(known.has(r.iso3), r.iso3).toBe(true);
    for (const r of deployments.rows) expect(known.has(r.iso3), r.iso3).toBe(true);
  });
  it("IPO + FPU = total, and women never exceed the total", () => {
    for (const r of contributors.rows) {
      expect(r.ipo + r.fpu, r.iso3).toBe(r.total);
      expect(r.women, r.iso3).toBeLessThanOrEqual(r.total);
    }
    for (const r of deployments.rows) expect(r.men + r.women, `${r.mission} ${r.iso3}`).toBe(r.total);
  });
  it("per-mission sums equal per-country sums, and both equal the report's totals", () => {
    const byCountry = countryTotals(deployments.rows);
    for (const r of contributors.rows) expect(byCountry.get(r.iso3) ?? 0, r.iso3).toBe(r.total);
    const byMission = missionTotals(deployments.rows);
    for (const m of missions.rows)
      expect(byMission.get(m.acronym) ?? null, m.acronym).toBe(m.police[date] || null);
    const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
    expect(sum(byMission.values())).toBe(sum(contributors.rows.map((r) => r.total)));
    expect(sum(byMission.values())).toBe(date === "2024-06-30" ? 6238 : 6133);
    for (const r of deployments.rows) expect(missionNames.has(r.mission), r.mission).toBe(true);
  });
  it("report ranks follow the totals", () => {
    const byRank = [...contributors.rows].sort((a, b) => a.reportRank - b.reportRank);
    for (let i = 1; i < byRank.length; i++)
      expect(byRank[i]?.total ?? 0).toBeLessThanOrEqual(byRank[i - 1]?.total ?? 0);
  });
});

describe("stories, events and headline figures", () => {
  it("has the five stories, each pointing at known countries and missions", () => {
    expect(stories.stories.map((x) => x.host)).toEqual(["SSD", "CAF", "TLS", "LBR", "CAF"]);
    for (const st of stories.stories) {
      expect(known.has(st.host), st.id).toBe(true);
      for (const c of st.contributors) expect(known.has(c), `${st.id} ${c}`).toBe(true);
      for (const m of st.missions) expect(missionNames.has(m), `${st.id} ${m}`).toBe(true);
      expect(st.years[0]).toBeLessThanOrEqual(st.years[1]);
    }
  });
  it("events point at known stories, countries and missions, within 2007–2024", () => {
    const ids = new Set(stories.stories.map((x) => x.id));
    for (const e of events.events) {
      if (e.storyId) expect(ids.has(e.storyId), e.id).toBe(true);
      for (const c of e.countries) expect(known.has(c), `${e.id} ${c}`).toBe(true);
      for (const m of e.missions) expect(missionNames.has(m), `${e.id} ${m}`).toBe(true);
      const y = Number(e.date.slice(0, 4));
      expect(y >= 2007 && y <= 2024, e.id).toBe(true);
    }
  });
  it("the report's headline figures are the sums of the data", () => {
    const c = load("contributors-2024-06-30.json", s.contributorsFile);
    const fig = (id: string) => headline.figures.find((f) => f.id === id)?.report.value;
    expect(fig("officers")).toBe(c.rows.reduce((a, r) => a + r.total, 0));
    expect(fig("countries")).toBe(c.rows.filter((r) => r.total > 0).length);
    expect(fig("women")).toBe(c.rows.reduce((a, r) => a + r.women, 0));
    expect(fig("operations")).toBe(missions.rows.filter((m) => (m.police["2024-06-30"] ?? 0) > 0).length);
  });
  it("the yearly series runs 2007–2024 with the sourced peak and end", () => {
    const y = load("police-by-year.json", s.policeByYearFile).rows;
    expect(y.map((r) => r.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2007 + i));
    expect(y.find((r) => r.year === 2010)?.police).toBe(14322);
    expect(y.at(-1)?.police).toBe(6133);
  });
});

describe("the December history, 2007–2024", () => {
  const history = load("history.json", s.historyFile);
  const byYear = load("police-by-year.json", s.policeByYearFile).rows;
  const year = (y: number) => {
    const e = history.years.find((x) => x.year === y);
    if (!e) throw new Error(`no ${y}`);
    return e;
  };
  const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

  it("has every year 2007–2024 once, in order, each with a source", () => {
    expect(history.years.map((y) => y.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2007 + i));
    for (const y of history.years) expect(y.source, String(y.year)).toBeTruthy();
  });
  it("each year's country sum equals police-by-year.json", () => {
    for (const y of history.years) {
      if (!y.countries) continue;
      const total = sum(Object.values(y.countries).map((v) => v[0]));
      expect(total, String(y.year)).toBe(byYear.find((r) => r.year === y.year)?.police);
    }
  });
  it("missions by country add up to the country totals, and mission totals to the missions", () => {
    for (const y of history.years) {
      if (y.countries && y.missions) {
        const byCountry = new Map<string, number>();
        for (const m of Object.values(y.missions))
          for (const [iso3, [total]] of Object.entries(m))
            byCountry.set(iso3, (byCountry.get(iso3) ?? 0) + total);
        const totals = Object.fromEntries(Object.entries(y.countries).map(([iso3, v]) => [iso3, v[0]]));
        expect(Object.fromEntries(byCountry), String(y.year)).toEqual(totals);
      }
      if (y.missions) {
        const sums = Object.fromEntries(
          Object.entries(y.missions).map(([m, c]) => [m, sum(Object.values(c).map((v) => v[0]))]),
        );
        expect(y.missionTotals, String(y.year)).toEqual(sums);
      }
      // Where there are no missions by country (2007, 2008, 2014), the totals still add up.
      if (y.missionTotals) {
        const world = byYear.find((r) => r.year === y.year)?.police;
        expect(sum(Object.values(y.missionTotals)), String(y.year)).toBe(world);
      }
    }
  });
  it("IPO + FPU = total where the split is known, and women never exceed the total", () => {
    for (const y of history.years) {
      for (const [iso3, [total, ipo, fpu, women]] of Object.entries(y.countries ?? {})) {
        if (ipo != null && fpu != null) expect(ipo + fpu, `${y.year} ${iso3}`).toBe(total);
        else expect(y.splitGap, `${y.year} ${iso3}`).toBeTruthy();
        if (women != null) expect(women, `${y.year} ${iso3}`).toBeLessThanOrEqual(total);
      }
      for (const [m, c] of Object.entries(y.missions ?? {}))
        for (const [iso3, [total, ipo, fpu]] of Object.entries(c))
          expect(ipo + fpu, `${y.year} ${m} ${iso3}`).toBe(total);
    }
  });
  it("leaves the known gaps as gaps, each with its reason", () => {
    expect(year(2014).countries).toBeNull();
    expect(year(2014).countriesGap).toBeTruthy();
    expect(year(2014).missionTotals).not.toBeNull();
    expect(year(2018).missions).toBeNull();
    expect(year(2018).missionsGap).toBeTruthy();
    expect(year(2018).missionTotals).toBeNull();
    expect(year(2018).missionTotalsGap).toBeTruthy();
    for (const y of [2007, 2008]) {
      expect(year(y).missions).toBeNull();
      expect(year(y).splitGap).toBeTruthy();
      expect(year(y).missionTotals).not.toBeNull();
    }
    for (const y of history.years) {
      expect(y.countries == null, `${y.year} countries`).toBe(y.countriesGap != null);
      expect(y.missions == null, `${y.year} missions`).toBe(y.missionsGap != null);
      expect(y.missionTotals == null, `${y.year} mission totals`).toBe(y.missionTotalsGap != null);
    }
  });
  it("every mission has a missions.json row with HQ coordinates; every country code is known", () => {
    const rows = new Map(missions.rows.map((m) => [m.acronym, m]));
    for (const y of history.years) {
      for (const m of Object.keys(y.missionTotals ?? {}))
        expect(rows.get(m)?.hq, `${y.year} ${m}`).toBeTruthy();
      for (const iso3 of Object.keys(y.countries ?? {}))
        expect(known.has(iso3), `${y.year} ${iso3}`).toBe(true);
      for (const c of Object.values(y.missions ?? {}))
        for (const iso3 of Object.keys(c)) expect(known.has(iso3), `${y.year} ${iso3}`).toBe(true);
    }
    for (const m of missions.rows) if (m.host.iso3) expect(known.has(m.host.iso3), m.acronym).toBe(true);
  });
  it("December 2024 equals the 31 December 2024 report, by country and by mission", () => {
    const y = year(2024);
    const c = load("contributors-2024-12-31.json", s.contributorsFile).rows.filter((r) => r.total > 0);
    expect(y.countries).toEqual(Object.fromEntries(c.map((r) => [r.iso3, [r.total, r.ipo, r.fpu, r.women]])));
    const d = load("deployments-2024-12-31.json", s.deploymentsFile).rows;
    expect(y.missionTotals).toEqual(Object.fromEntries(missionTotals(d)));
  });
});

describe("the CSV reader", () => {
  it("reads quoted fields with commas and doubled quotes", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([{ a: "x, y", b: 'say "hi"' }]);
  });
});
