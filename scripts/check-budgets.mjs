// Size budgets for a built app: what index.html loads before any interaction, gzipped.
// Usage: node scripts/check-budgets.mjs [distDir]  (exit 1 when a budget is exceeded by more than 10%)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// The precache holds everything offline needs, the December history 2007–2024 included (about 94 KB
// raw, 22 KB gzip, with the historical missions and countries): 1 MB until that history, 1.15 MB since.
export const BUDGETS = { initialJs: 120_000, initialTotal: 300_000, precache: 1_150_000 };
export const TOLERANCE = 0.1;
/** Data files the first view fetches (the DATASETS in src/data/datasets.ts at the default date). */
export const FIRST_VIEW_DATA = [
  "headline.json",
  "contributors-2024-06-30.json",
  "deployments-2024-06-30.json",
  "missions.json",
  "police-by-year.json",
  "events.json",
  "stories.json",
  "countries.json",
  "world-110m.json",
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Finds the entry script, its modulepreloads and stylesheets, following static imports of JS chunks. */
export function initialAssets(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]+)"`))?.[1];
  const js = new Set();
  const css = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = attr(tag, "src");
    const href = attr(tag, "href");
    const rel = attr(tag, "rel");
    if (tag.startsWith("<script") && src && /type="module"/.test(tag)) js.add(src);
    else if (tag.startsWith("<script") && src) js.add(src);
    else if (rel === "modulepreload" && href) js.add(href);
    else if (rel === "stylesheet" && href) css.add(href);
  }
  // The pre-rendered build starts its code from a data block once the page is painted (src/head.js).
  const boot = html.match(/<script type="application\/json" id="atlas-boot">([^<]*)<\/script>/)?.[1];
  if (boot) {
    const { module, modulepreload } = JSON.parse(boot);
    for (const u of [module, ...modulepreload]) js.add(u);
  }
  if (js.size === 0) throw new Error(`${dist}/index.html loads no script: cannot measure the initial JS`);
  // Follow static `import ... from "./x.js"` inside chunks (not dynamic import()).
  const queue = [...js].filter((p) => p.endsWith(".js"));
  while (queue.length) {
    const p = queue.shift();
    const file = join(dist, p);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const spec = m[1];
      const url = spec.startsWith(".") ? new URL(spec, `http://x${p}`).pathname : spec;
      if (!js.has(url)) {
        js.add(url);
        queue.push(url);
      }
    }
  }
  return { js: [...js], css: [...css] };
}

function sizeOf(dist, url) {
  const file = join(dist, url.replace(/^\//, ""));
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  return { url, raw: buf.length, gzip: gz(buf) };
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Measures the built app in `dist`: initial JS/CSS/data/topology gzip sizes and precache size. */
export function measureSizes(dist) {
  const { js, css } = initialAssets(dist);
  const html = sizeOf(dist, "/index.html");
  const jsFiles = js.map((u) => sizeOf(dist, u)).filter(Boolean);
  const cssFiles = css.map((u) => sizeOf(dist, u)).filter(Boolean);
  const dataFiles = FIRST_VIEW_DATA.filter((f) => f !== "world-110m.json")
    .map((f) => sizeOf(dist, `/data/${f}`))
    .filter(Boolean);
  const topo = sizeOf(dist, "/data/world-110m.json");
  const sum = (a) => a.reduce((s, f) => s + f.gzip, 0);
  const sw = ["sw.js", "service-worker.js"].map((n) => join(dist, n)).find(existsSync);
  let precache = null;
  if (sw) {
    const code = readFileSync(sw, "utf8");
    const urls = new Set([...code.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]));
    precache = [...urls].reduce((s, u) => s + (sizeOf(dist, `/${u.replace(/^\//, "")}`)?.raw ?? 0), 0);
    if (urls.size === 0) precache = walk(dist).reduce((s, f) => s + statSync(f).size, 0);
  }
  const initialJs = sum(jsFiles);
  const out = {
    html: html?.gzip ?? 0,
    initialJs,
    initialCss: sum(cssFiles),
    data: sum(dataFiles),
    topology: topo?.gzip ?? 0,
    largestChunks: [...jsFiles].sort((a, b) => b.gzip - a.gzip).slice(0, 3),
    precache,
  };
  out.initialTotal = out.html + out.initialJs + out.initialCss + out.data + out.topology;
  return out;
}

export const kb = (n) => (n == null ? "n/a" : `${(n / 1000).toFixed(1)} KB`);

/** Checks the budgets; returns lines to print and whether every budget holds (within 10%). */
export function checkBudgets(sizes) {
  const rows = [
    ["initial JS (gzip)", sizes.initialJs, BUDGETS.initialJs],
    ["initial transfer total (gzip)", sizes.initialTotal, BUDGETS.initialTotal],
    ["precache (raw)", sizes.precache, BUDGETS.precache],
  ];
  let ok = true;
  const lines = rows.map(([name, value, budget]) => {
    if (value == null) return `  ${name.padEnd(32)} n/a (no service worker yet)   budget ${kb(budget)}`;
    const over = value > budget * (1 + TOLERANCE);
    if (over) ok = false;
    const verdict = over ? "OVER BUDGET" : value > budget ? "over (within 10%)" : "ok";
    return `  ${name.padEnd(32)} ${kb(value).padStart(10)}   budget ${kb(budget).padStart(10)}   ${verdict}`;
  });
  return { ok, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  const sizes = measureSizes(dist);
  console.log(`Size budgets for ${dist}:`);
  console.log(
    `  css ${kb(sizes.initialCss)}, data ${kb(sizes.data)}, topology ${kb(sizes.topology)}, html ${kb(sizes.html)}`,
  );
  for (const c of sizes.largestChunks) console.log(`  chunk ${c.url} ${kb(c.gzip)}`);
  const { ok, lines } = checkBudgets(sizes);
  for (const l of lines) console.log(l);
  if (!ok) {
    console.error("A size budget is exceeded by more than 10%.");
    process.exit(1);
  }
}
