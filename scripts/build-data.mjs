// Regenerates public/data/*.json from the sourced CSVs and curated JSON in data/source/.
// `npm run data` writes the files; the data-contract test calls buildAll() and fails when the
// committed JSON and the sources have drifted apart.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { mergeArcs } from "topojson-client";

const require = createRequire(import.meta.url);
const countriesLib = require("i18n-iso-countries");
countriesLib.registerLocale(require("i18n-iso-countries/langs/en.json"));

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = (f) => join(root, "data", "source", f);
export const OUT_DIR = join(root, "public", "data");
export const DATES = ["2024-06-30", "2024-12-31"];
const REPORT =
  'UN Department of Peace Operations, monthly report "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type"';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const csv = (f) => parseCsv(readFileSync(src(f), "utf8"));
const json = (f) => JSON.parse(readFileSync(src(f), "utf8"));
const int = (s, what) => {
  if (!/^-?\d+$/.test(s)) throw new Error(`${what}: "${s}" is not a whole number`);
  return Number(s);
};
const optInt = (s, what) => (s === "" ? null : int(s, what));

function contributors(date) {
  const rows = csv(`police_by_country_${date}.csv`).map((r) => ({
    country: r.country_as_in_un_report,
    iso3: r.iso_alpha3,
    isoNumeric: r.iso_numeric,
    ipo: int(r.individual_police, r.iso_alpha3),
    fpu: int(r.formed_police_units, r.iso_alpha3),
    total: int(r.total_police, r.iso_alpha3),
    women: int(r.female_police, r.iso_alpha3),
    reportRank: int(r.rank, r.iso_alpha3),
  }));
  return {
    dataset: "contributors",
    title: "Police officers contributed, by country",
    source: `${REPORT}, ${longDate(date)}`,
    asOf: date,
    notes:
      "Police = individual police officers (IPO) + formed police units (FPU), deployed at month end. Countries listed with 0 officers sent none on that date.",
    rows,
  };
}

// UNTMIS succeeded UNSOM on 1 November 2024; missions.csv keeps one row for both.
const MISSION_SUCCESSORS = { UNTMIS: "UNSOM" };

function deployments(date) {
  const rows = csv(`police_by_mission_and_country_${date}.csv`).map((r) => ({
    mission: MISSION_SUCCESSORS[r.mission] ?? r.mission,
    country: r.country_as_in_un_report,
    iso3: r.iso_alpha3,
    isoNumeric: r.iso_numeric,
    type: r.type === "Formed Police Units" ? "FPU" : "IPO",
    men: int(r.male, r.iso_alpha3),
    women: int(r.female, r.iso_alpha3),
    total: int(r.total, r.iso_alpha3),
  }));
  const types = new Set(csv(`police_by_mission_and_country_${date}.csv`).map((r) => r.type));
  for (const t of types)
    if (t !== "Formed Police Units" && t !== "Individual Police") throw new Error(`unknown type ${t}`);
  return {
    dataset: "deployments",
    title: "Police officers by mission and contributing country",
    source: `${REPORT}, ${longDate(date)}`,
    asOf: date,
    notes:
      "One row per mission, country and type of deployment (IPO or FPU). UNTMIS, UNSOM's successor from 1 November 2024, is listed as UNSOM.",
    rows,
  };
}

function missions() {
  const current = csv("missions.csv").map((r) => ({
    acronym: r.acronym,
    name: r.full_name,
    kind: r.kind.replace(" (closed)", ""),
    status: r.kind.includes("closed")
      ? "closed"
      : r.end_date && r.end_date < "2024-06-30"
        ? "liquidating"
        : "active",
    // Kosovo has no ISO code; the map keys its shape XKX (see topology()).
    host: {
      name: r.host_name,
      iso3: r.host_iso_alpha3 || (r.host_name === KOSOVO.name ? KOSOVO.iso3 : null),
      isoNumeric: r.host_iso_numeric || null,
    },
    hq: r.hq_lat === "" ? null : { city: r.hq_city, lat: Number(r.hq_lat), lon: Number(r.hq_lon) },
    start: r.start_date,
    end: r.end_date || null,
    police: Object.fromEntries(
      DATES.map((d) => [d, optInt(r[`police_${d.replaceAll("-", "_")}`], r.acronym)]),
    ),
    source: r.source,
  }));
  // Every other mission that had police in a December 2007–2024 (history.json), after today's rows.
  const STATUSES = ["active", "liquidating", "closed"];
  const historical = csv("missions_history.csv").map((r) => {
    if (!STATUSES.includes(r.status))
      throw new Error(`missions_history.csv ${r.acronym}: status "${r.status}"`);
    if (!/^[A-Z]{3}$/.test(r.host_iso_alpha3) || !/^\d{3}$/.test(r.host_iso_numeric))
      throw new Error(`missions_history.csv ${r.acronym}: host codes`);
    if (!r.hq_city || r.hq_lat === "" || r.hq_lon === "")
      throw new Error(`missions_history.csv ${r.acronym}: HQ`);
    return {
      acronym: r.acronym,
      name: r.full_name,
      kind: r.kind,
      status: r.status,
      host: { name: r.host_name, iso3: r.host_iso_alpha3, isoNumeric: r.host_iso_numeric },
      hq: { city: r.hq_city, lat: Number(r.hq_lat), lon: Number(r.hq_lon) },
      start: r.start_date,
      end: r.end_date || null,
      police: Object.fromEntries(DATES.map((d) => [d, null])),
      source: r.source,
    };
  });
  const known = new Set(current.map((m) => m.acronym));
  for (const m of historical)
    if (known.has(m.acronym))
      throw new Error(`${m.acronym} is in both missions.csv and missions_history.csv`);
    else known.add(m.acronym);
  const rows = [...current, ...historical];
  return {
    dataset: "missions",
    title: "UN operations with police in 2024, and every other mission with police in a December since 2007",
    source:
      "UN Peace and Security Data Hub (peacekeeping operations dataset), mission websites, UN Security Council documents and press releases, and the UN DPO monthly contributions report; each row names its own sources",
    asOf: "2024-12-31",
    notes:
      "Police figures are officers deployed at month end (null: no figure for that date). Status is as on the 2024 report dates. MINUSMA's mandate ended on 30 June 2023; its last officers were leaving in 2024. HQ coordinates are those of the HQ city.",
    rows,
  };
}

/**
 * A year's source as a reader sees it ("Our World in Data, from UN reports", "UN DPO report,
 * December 2023"); the CSV's own note (repository paths, file names) stays in `provenance`, which
 * no view shows. The full titles are in the file's `source`, listed once in the page's sources.
 */
export function readableYearSource(note, year) {
  if (note.startsWith("owid/")) return "Our World in Data, from UN reports";
  if (/^primary UN PDF .*_(\d{4})_12\.pdf/.test(note)) return `UN DPO report, December ${year}`;
  throw new Error(`police_total_by_year_december.csv ${year}: unknown source "${note}"`);
}

function policeByYear() {
  const rows = csv("police_total_by_year_december.csv").map((r) => ({
    year: int(r.year, "year"),
    police: int(r.police_dec, r.year),
    source: readableYearSource(r.source, r.year),
    provenance: r.source,
  }));
  return {
    dataset: "police-by-year",
    title: "UN police deployed each December, 2007–2024",
    source:
      "2007–2021: Our World in Data, UN Peacekeeping dataset (December values from UN reports); 2022–2024: sums of the UN DPO December reports",
    asOf: "2024-12-31",
    notes: "Police deployed in December of each year (IPO + FPU).",
    rows,
  };
}

// The December history, 2007–2024 (data/source/history/README.md explains the sources and the gaps).
const HISTORY_YEARS = Array.from({ length: 18 }, (_, i) => 2007 + i);
const IPI = "International Peace Institute, Providing for Peacekeeping database";
const historyCsv = (f) => csv(`history/${f}`);

/** This year's source, as a reader sees it. */
function historySource(year) {
  const dec = `31 December ${year}`;
  if (year <= 2008)
    return `${IPI} (a transcription of the UN monthly reports), December ${year}: police per country and per mission`;
  if (year <= 2013)
    return `${IPI} (a transcription of the UN monthly reports on police by country, mission and gender), December ${year}`;
  if (year === 2014)
    return `${IPI} (a transcription of the UN monthly reports), December 2014: police per mission only`;
  // DPKO's December reports until 2018; the Department of Peace Operations from 2019.
  const dept =
    year <= 2018 ? "UN Department of Peacekeeping Operations" : "UN Department of Peace Operations";
  if (year <= 2016) return `${dept}, monthly report "UN Mission's Summary detailed by Country", ${dec}`;
  if (year === 2017) return `${dept}, monthly summary of contributions by country, mission and post, ${dec}`;
  if (year === 2018)
    return `${dept}, monthly summary of contributions by country and post (no missions), ${dec}`;
  if (year <= 2020) return `${dept}, monthly summary of contributions by mission, country and post, ${dec}`;
  return `${REPORT}, ${dec}`;
}

const NO_SPLIT =
  "The source has one police figure per country for this year: officers are not split into individual police and formed units, and women are not counted.";
const NO_MISSIONS_IPI =
  "Police by mission and contributing country are not available for this year: the International Peace Institute files that held them are missing from the archived copies we could use. Each mission's total and each country's total are known.";
const GAPS = {
  2014: {
    countriesGap:
      "No figures by contributing country survive for December 2014: the UN's December reports we could use start in 2015, and the International Peace Institute files that held the 2014 figures by country are missing from the archived copies. Only each mission's total is known.",
    missionsGap:
      "Police by mission and contributing country are not available for December 2014, for the same reason: the source files are missing from the archive. Each mission's total is known.",
  },
  2018: {
    missionsGap:
      "The December 2018 report lists police by contributing country only: it has no column for the mission, and no other source for December 2018 was found.",
    missionTotalsGap:
      "Police per mission are unknown for December 2018: that month's report lists contributing countries, not missions.",
  },
};

function history() {
  const countryRows = historyCsv("police_by_country_december.csv");
  const missionRows = historyCsv("police_by_mission_december.csv");
  const totalRows = historyCsv("police_mission_totals_december.csv");
  const acronym = (m) => {
    if (!/^[A-Z]{3,10}$/.test(m)) throw new Error(`history: "${m}" is not a mission acronym`);
    return MISSION_SUCCESSORS[m] ?? m;
  };
  const byTotal = (a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1);
  const years = HISTORY_YEARS.map((year) => {
    const y = String(year);
    const what = (r) => `history ${y} ${r.iso_alpha3}`;
    // Countries: iso3 -> [total, ipo, fpu, women].
    const cRows = countryRows.filter((r) => r.year === y);
    let countries = null;
    let split = true;
    if (cRows.length) {
      const entries = cRows.map((r) => {
        const v = [
          int(r.total_police, what(r)),
          optInt(r.individual_police, what(r)),
          optInt(r.formed_police_units, what(r)),
          optInt(r.female_police, what(r)),
        ];
        const [total, ipo, fpu, women] = v;
        if (total <= 0) throw new Error(`${what(r)}: police must be > 0`);
        if (ipo == null || fpu == null || women == null) split = false;
        if (ipo != null && fpu != null && ipo + fpu !== total)
          throw new Error(`${what(r)}: IPO + FPU is not the total`);
        if (women != null && women > total) throw new Error(`${what(r)}: more women than police`);
        if (!/^[A-Z]{3}$/.test(r.iso_alpha3)) throw new Error(`${what(r)}: not an ISO code`);
        return [r.iso_alpha3, v];
      });
      if (new Set(entries.map((e) => e[0])).size !== entries.length)
        throw new Error(`history ${y}: a country twice`);
      countries = Object.fromEntries(entries.sort(byTotal));
    }
    // Missions: mission -> iso3 -> [total, ipo, fpu].
    const mRows = missionRows.filter((r) => r.year === y);
    let missions = null;
    let missionTotals = null;
    if (mRows.length) {
      const byMission = new Map();
      for (const r of mRows) {
        const v = [
          int(r.total_police, what(r)),
          int(r.individual_police, what(r)),
          int(r.formed_police_units, what(r)),
        ];
        if (v[0] <= 0 || v[1] + v[2] !== v[0]) throw new Error(`${what(r)} ${r.mission}: bad figures`);
        const m = acronym(r.mission);
        const row = byMission.get(m) ?? new Map();
        if (row.has(r.iso_alpha3)) throw new Error(`${what(r)} ${m}: listed twice`);
        row.set(r.iso_alpha3, v);
        byMission.set(m, row);
      }
      const sum = (row) => [...row.values()].reduce((a, v) => a + v[0], 0);
      const ordered = [...byMission].sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1));
      missions = Object.fromEntries(
        ordered.map(([m, row]) => [m, Object.fromEntries([...row].sort(byTotal))]),
      );
      missionTotals = Object.fromEntries(ordered.map(([m, row]) => [m, sum(row)]));
    }
    const tRows = totalRows.filter((r) => r.year === y);
    if (tRows.length) {
      if (missions) throw new Error(`history ${y}: mission totals and missions by country both given`);
      const entries = tRows.map((r) => [
        acronym(r.mission),
        int(r.total_police, `history ${y} ${r.mission}`),
      ]);
      missionTotals = Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    }
    const gap = GAPS[year] ?? {};
    const need = (value, reason, name) => {
      if (value == null && !reason) throw new Error(`history ${y}: no ${name} and no reason given`);
      return value == null ? reason : null;
    };
    return {
      year,
      source: historySource(year),
      countries,
      countriesGap: need(countries, gap.countriesGap, "countries"),
      splitGap: countries && !split ? NO_SPLIT : null,
      missions,
      missionsGap: need(missions, gap.missionsGap ?? NO_MISSIONS_IPI, "missions"),
      missionTotals,
      missionTotalsGap: need(missionTotals, gap.missionTotalsGap, "mission totals"),
    };
  });
  return {
    dataset: "history",
    title: "UN police each December, 2007–2024, by contributing country and by mission",
    source: `UN Department of Peace Operations (until 2018 Peacekeeping Operations), December reports on uniformed personnel, 2015–2024; ${IPI}, its transcription of the UN monthly reports, 2007–2013, and its mission totals for 2014`,
    asOf: "2024-12-31",
    notes:
      "Police = individual police officers (IPO) + formed police units (FPU) at 31 December. Gaps are left as gaps: nothing is estimated or filled in, and each gap gives its reason. Only countries and missions with police are listed. Mission acronyms are as in each year's report (MONUC until 2009, MONUSCO from 2010); UNTMIS, UNSOM's successor from 1 November 2024, is listed as UNSOM, as in the 31 December 2024 files.",
    years,
  };
}

// Natural Earth draws Somaliland and Northern Cyprus apart from Somalia and Cyprus, without ids;
// the UN counts them within those states, so we merge them. Kosovo keeps its own shape (UNMIK's
// host) under the code XKX. Antarctica (010) is dropped from the flat map.
const MERGE_INTO = { Somaliland: "706", "N. Cyprus": "196" };
export const KOSOVO = { iso3: "XKX", name: "Kosovo" };
// Short names where the ISO list's official form is not the one in everyday UN use.
const NAME_OVERRIDES = { MKD: "North Macedonia", TWN: "Taiwan" };

function topology() {
  const topo = structuredClone(require("world-atlas/countries-110m.json"));
  const geoms = topo.objects.countries.geometries;
  for (const [name, into] of Object.entries(MERGE_INTO)) {
    const part = geoms.find((g) => g.properties.name === name);
    const whole = geoms.find((g) => g.id === into);
    const merged = mergeArcs(topo, [whole, part]);
    Object.assign(whole, { type: merged.type, arcs: merged.arcs });
    geoms.splice(geoms.indexOf(part), 1);
  }
  const kosovo = geoms.find((g) => g.properties.name === "Kosovo");
  kosovo.id = KOSOVO.iso3;
  const kept = geoms.filter((g) => g.id !== "010").map((g) => ({ type: g.type, arcs: g.arcs, id: g.id }));
  delete topo.objects.land;
  topo.objects.countries.geometries = kept;
  return topo;
}

function countries(topo, contrib, hist) {
  const byIso3 = new Map();
  const add = (iso3, isoNumeric, name) => {
    if (!byIso3.has(iso3)) byIso3.set(iso3, { iso3, isoNumeric, name, topoId: null });
  };
  // The UN report's own names first (facts.md: "Congo" is the Republic of the Congo).
  for (const r of contrib.rows) add(r.iso3, r.isoNumeric, r.country);
  for (const g of topo.objects.countries.geometries) {
    if (g.id === KOSOVO.iso3) {
      add(KOSOVO.iso3, null, KOSOVO.name);
      byIso3.get(KOSOVO.iso3).topoId = g.id;
      continue;
    }
    const iso3 = countriesLib.numericToAlpha3(g.id);
    if (!iso3) throw new Error(`topology id ${g.id} has no ISO alpha-3 code`);
    add(iso3, g.id, NAME_OVERRIDES[iso3] ?? countriesLib.getName(iso3, "en", { select: "official" }));
    byIso3.get(iso3).topoId = g.id;
  }
  for (const m of missions().rows) if (m.host.iso3) add(m.host.iso3, m.host.isoNumeric, m.host.name);
  // Contributors of earlier Decembers that are none of the above (small states without a shape):
  // the name in the latest UN report that lists them, or the ISO name for IPI's years.
  const latest = new Map();
  for (const r of historyCsv("police_by_country_december.csv"))
    if (r.source_file.startsWith("kl371218/")) latest.set(r.iso_alpha3, r.country_as_in_report);
  for (const y of hist.years)
    for (const iso3 of Object.keys(y.countries ?? {})) {
      if (byIso3.has(iso3)) continue;
      const isoNumeric = countriesLib.alpha3ToNumeric(iso3);
      if (!isoNumeric) throw new Error(`history: ${iso3} has no ISO numeric code`);
      add(
        iso3,
        isoNumeric,
        latest.get(iso3) ?? NAME_OVERRIDES[iso3] ?? countriesLib.getName(iso3, "en", { select: "official" }),
      );
    }
  const rows = [...byIso3.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return {
    dataset: "countries",
    title: "Countries and territories on the map",
    source:
      "Names as in the UN DPO report for contributing countries (for earlier Decembers' contributors, the latest UN report that lists them); ISO 3166-1 English names (npm i18n-iso-countries) for the rest; shapes from Natural Earth 4.1.0 via npm world-atlas 2.0.2",
    asOf: "2024-06-30",
    notes: "topoId is null where the 1:110m map has no shape for the country or territory.",
    rows,
  };
}

export function longDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return `${d} ${month} ${y}`;
}

/** Every file under public/data/, keyed by file name. */
export function buildAll() {
  const topo = topology();
  const out = {
    "world-110m.json": topo,
    "missions.json": missions(),
    "police-by-year.json": policeByYear(),
    "events.json": json("events.json"),
    "stories.json": json("stories.json"),
    "headline.json": json("headline.json"),
  };
  for (const d of DATES) {
    out[`contributors-${d}.json`] = contributors(d);
    out[`deployments-${d}.json`] = deployments(d);
  }
  out["history.json"] = history();
  out["countries.json"] = countries(topo, out[`contributors-${DATES[0]}.json`], out["history.json"]);
  return out;
}

/**
 * JSON with one space of indent where a container holds containers, and on one line where it holds
 * only values or lists of values: a year's countries, a mission's contributors. Small (it is in the
 * service worker's precache) and still readable in a diff, one mission a line.
 */
function compactJson(value, indent = "") {
  const flat = (v) =>
    v === null || typeof v !== "object" || (Array.isArray(v) && v.every((x) => flat(x) && !Array.isArray(x)));
  if (flat(value) || Object.values(value).every(flat)) return JSON.stringify(value);
  const inner = `${indent} `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + compactJson(v, inner)).join(",\n")}\n${indent}]`;
  const items = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`,
  );
  return `{\n${items.join(",\n")}\n${indent}}`;
}

export function serialise(name, value) {
  // The topology is minified and the history compact (size matters); the curated files stay
  // readable in diffs.
  if (name.startsWith("world-")) return JSON.stringify(value);
  if (name === "history.json") return `${compactJson(value)}\n`;
  return `${JSON.stringify(value, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, value] of Object.entries(buildAll())) {
    const text = serialise(name, value);
    writeFileSync(join(OUT_DIR, name), text);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `wrote public/data/${name} (${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text).length)} gzip)`,
    );
  }
}
