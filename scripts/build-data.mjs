// Regenerates public/data/*.json from the sourced CSVs and curated JSON in data/source/.
// `npm run data` writes the files; the data-contract test calls buildAll() and fails when the
// committed JSON and the sources have drifted apart.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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
  const rows = csv("missions.csv").map((r) => ({
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
  return {
    dataset: "missions",
    title: "UN operations with police, and closed missions the stories need",
    source:
      "UN Peace and Security Data Hub (peacekeeping operations dataset), mission websites, and the UN DPO monthly contributions report",
    asOf: "2024-12-31",
    notes:
      "Police figures are officers deployed at month end. MINUSMA's mandate ended on 30 June 2023; its last officers were leaving in 2024.",
    rows,
  };
}

function policeByYear() {
  const rows = csv("police_total_by_year_december.csv").map((r) => ({
    year: int(r.year, "year"),
    police: int(r.police_dec, r.year),
    source: r.source,
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

function countries(topo, contrib) {
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
  const rows = [...byIso3.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return {
    dataset: "countries",
    title: "Countries and territories on the map",
    source:
      "Names as in the UN DPO report for contributing countries; ISO 3166-1 English names (npm i18n-iso-countries) for the rest; shapes from Natural Earth 4.1.0 via npm world-atlas 2.0.2",
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
  out["countries.json"] = countries(topo, out[`contributors-${DATES[0]}.json`]);
  return out;
}

export function serialise(name, value) {
  // The topology is minified (size matters); the curated files stay readable in diffs.
  return name.startsWith("world-") ? JSON.stringify(value) : `${JSON.stringify(value, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, value] of Object.entries(buildAll())) {
    writeFileSync(join(OUT_DIR, name), serialise(name, value));
    console.log(`wrote public/data/${name}`);
  }
}
