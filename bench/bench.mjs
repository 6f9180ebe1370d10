// Performance bench: `npm run bench` (full, median of --runs N, default 5) or `--ci` (size budgets only).
// Options: --out <dir> (build dir; default a temp dir), --runs N, --ttm-runs N, --lh-runs N, --frame-runs N,
// --no-lighthouse, --no-build, --against <dir> (another build, e.g. the previous commit's: its loads are
// interleaved with ours and both are printed side by side, with each figure's min, median and max).
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { checkBudgets, kb, measureSizes } from "../scripts/check-budgets.mjs";
import { serveDist } from "../scripts/serve-dist.mjs";
import { CHROMIUM, CHROMIUM_ARGS, launch } from "../tests/e2e/harness.mjs";

const execFileAsync = promisify(execFile);

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const CI = args.includes("--ci");
const RUNS = Number(opt("--runs", "5"));
const out = opt("--out", mkdtempSync(join(tmpdir(), "atlas-bench-")));

if (!args.includes("--no-build")) {
  // The production build, pre-render included (scripts/build.mjs).
  const r = spawnSync(process.execPath, ["scripts/build.mjs", out], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
}

const sizes = measureSizes(out);
const budget = checkBudgets(sizes);
console.log(`Size budgets (${out}):`);
for (const l of budget.lines) console.log(l);
if (CI) process.exit(budget.ok ? 0 : 1);

const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const ms = (n) => (n == null ? "n/a" : `${Math.round(n)} ms`);
// Event Timing reports only events of 16 ms or more (durationThreshold), so 0 means "under 16".
const inp = (n) => (n === 0 ? "< 16 ms" : ms(n));

/** In every measured page, before its own scripts: LCP, FCP, event timings, time to map. */
const benchInit = () => {
  window.__bench = { lcp: 0, fcp: null, events: [], drawn: null, ready: null };
  // The map is "drawn" when the main thread has finished the first frame that holds the whole
  // map (pre-rendered HTML parsed past the map's </svg>, or rendered by React): the task right
  // after that frame's requestAnimationFrame, so the frame's style, layout and paint count.
  // (The frame's start alone would leave out the cost of laying out the rest of the page.)
  // The app is "ready" when React has hydrated or rendered it.
  const mapComplete = () => {
    const svg = document.querySelector('[data-map-ready="true"] svg');
    if (!svg) return false;
    return (
      document.readyState !== "loading" || !!(svg.nextElementSibling ?? svg.parentElement?.nextElementSibling)
    );
  };
  const watch = () => {
    const b = window.__bench;
    if (b.drawn == null && mapComplete()) {
      b.drawn = -1;
      requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => {
          b.drawn = performance.now();
          performance.mark("atlas-map-drawn");
        };
        c.port2.postMessage(null);
      });
    }
    if (b.ready == null && document.documentElement.hasAttribute("data-app-ready"))
      b.ready = performance.now();
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true, attributes: true });
  // The static page's map is its last element: it is complete when parsing ends.
  document.addEventListener("readystatechange", watch);
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === "first-contentful-paint") window.__bench.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__bench.events.push({ name: e.name, duration: e.duration, t: e.startTime, id: e.interactionId });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
};

/** Loads `url` in a fresh profile; returns transfer sizes, LCP and time-to-map. */
async function loadOnce(url, { throttle = 1, interact = false } = {}) {
  const { context, close } = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    const transfers = [];
    page.on("response", async (res) => {
      try {
        const body = await res.body();
        transfers.push({
          url: new URL(res.url()).pathname,
          type: res.request().resourceType(),
          gzip: gzipSync(body).length,
        });
      } catch {}
    });
    await page.addInitScript(benchInit);
    // Let the fresh browser finish starting up (it competes for the same 2 cores) before the
    // measured navigation, for our page and the static page alike.
    await page.goto("about:blank");
    await page.waitForTimeout(500);
    await page.goto(url, { waitUntil: "commit" });
    let ttm = null;
    let tti = null;
    try {
      await page.waitForFunction(() => (window.__bench?.drawn ?? -1) > 0, null, { timeout: 20_000 });
      ttm = await page.evaluate(() => window.__bench.drawn);
      const isStatic = await page.evaluate(
        () => !document.getElementById("atlas-boot") && !document.querySelector("script[type=module]"),
      );
      if (!isStatic) {
        await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout: 20_000 });
        tti = await page.evaluate(() => window.__bench.ready);
      }
      await page.waitForLoadState("load");
    } catch {}
    await page.waitForTimeout(300);
    const { lcp, fcp } = await page.evaluate(() => ({
      lcp: window.__bench.lcp || null,
      fcp: window.__bench.fcp,
    }));
    const r = { transfers, lcp, fcp, ttm, tti };
    if (interact && ttm != null) Object.assign(r, await interactions(page));
    return r;
  } finally {
    await close();
  }
}

/**
 * Where the main thread's time goes until the map is drawn, from a Chromium trace of one load: HTML parse,
 * style, layout, paint (pre-paint, paint, commit), and inside them the system font set-up (font
 * strikes made and families matched), which a page without text never pays. The window runs from
 * the document's first parse to the moment "time to map drawn" takes: the frame that holds the map.
 */
async function frameBreakdown(url) {
  const { context, close } = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(benchInit);
    await page.goto("about:blank");
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
    await cdp.send("Tracing.start", {
      categories: "devtools.timeline,fonts,blink.user_timing,disabled-by-default-devtools.timeline",
      transferMode: "ReportEvents",
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => (window.__bench?.drawn ?? -1) > 0, null, { timeout: 20_000 });
    await page.waitForTimeout(300);
    await cdp.send("Tracing.end");
    await done;
    const parse = events
      .filter((e) => e.name === "ParseHTML" && (e.args?.beginData?.url ?? "").startsWith(url))
      .sort((a, b) => a.ts - b.ts)[0];
    if (!parse) return null;
    const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X");
    // The same moment as "time to map drawn": the task after the frame that holds the whole map.
    const drawn = events.find((e) => e.name === "atlas-map-drawn" && e.pid === parse.pid);
    if (!drawn) return null;
    const end = drawn.ts;
    const inWindow = main.filter((e) => e.ts >= parse.ts && e.ts + e.dur <= end);
    const sum = (names) =>
      inWindow.filter((e) => names.includes(e.name)).reduce((t, e) => t + e.dur / 1000, 0);
    // Font calls nest (the same name inside itself): count the outermost only.
    const fonts = inWindow
      .filter((e) => e.name === "FontCache::GetFontPlatformData")
      .filter((e, _, all) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
    return {
      frame: (end - parse.ts) / 1000,
      parse: sum(["ParseHTML"]),
      style: sum(["UpdateLayoutTree"]),
      layout: sum(["Layout"]),
      paint: sum(["PrePaint", "Paint", "Layerize", "Commit"]),
      fonts: fonts.reduce((t, e) => t + e.dur / 1000, 0),
      strikes: fonts.length,
      families: inWindow.filter((e) => e.name === "FontDataManager::onMatchFamilyStyle").length,
    };
  } finally {
    await close();
  }
}

/**
 * The latency of `action`, INP-style: the longest Event Timing entry it caused that belongs to an
 * interaction (pointerdown, pointerup, click, keydown: an interactionId), so the pointer's move to
 * the control, which Playwright makes just before clicking, is not counted as the click. A hover
 * has no interaction id: `{ hover: true }` takes its pointer events instead.
 */
async function timed(page, label, action, { hover = false } = {}) {
  const before = await page.evaluate(() => performance.now());
  try {
    await action();
  } catch {
    return [label, null];
  }
  await page.waitForTimeout(250);
  const d = await page.evaluate(
    ([t0, hover]) =>
      Math.max(
        0,
        ...window.__bench.events.filter((e) => e.t >= t0 && (hover || e.id > 0)).map((e) => e.duration),
      ),
    [before, hover],
  );
  return [label, d];
}

async function interactions(page) {
  const res = {};
  const map = page.locator('[data-map-ready="true"] path[data-iso3], [data-map-ready="true"] path').nth(40);
  let [k, v] = await timed(
    page,
    "hover",
    async () => {
      await map.hover({ timeout: 2000 });
      await page.getByRole("tooltip").first().waitFor({ timeout: 2000 });
    },
    { hover: true },
  );
  res[k] = v;
  [k, v] = await timed(page, "select", () => map.click({ timeout: 2000 }));
  res[k] = v;
  [k, v] = await timed(page, "measure", () =>
    page.getByRole("radio", { name: "Police hosted" }).first().check({ timeout: 2000 }),
  );
  res[k] = v;
  [k, v] = await timed(page, "story", () =>
    page.getByRole("button", { name: "Next story" }).first().click({ timeout: 2000 }),
  );
  res[k] = v;
  // A date switch by keyboard on the map's one time control (the history is loaded at idle time after the
  // first view: wait for it). INP is the key's next frame; "redrawn" runs until the frame after the
  // map's legend names the new December (the map and rankings follow in a deferred render).
  try {
    await page.waitForFunction(
      () => performance.getEntriesByType("resource").some((e) => e.name.includes("/data/history.json")),
      null,
      { timeout: 5000 },
    );
    await page.waitForTimeout(300);
    const slider = page.getByRole("slider", { name: "Date" }).first();
    await slider.focus({ timeout: 2000 });
    await page.evaluate(() => {
      const el = document.querySelector("#map-legend-title");
      const before = el?.textContent;
      window.__yearT0 = performance.now();
      window.__yearDone = new Promise((done) => {
        if (!el) return done(null);
        const mo = new MutationObserver(() => {
          if (el.textContent === before) return;
          mo.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - window.__yearT0)));
        });
        mo.observe(el, { subtree: true, childList: true, characterData: true });
        setTimeout(() => done(null), 3000);
      });
    });
    [k, v] = await timed(page, "year", () => page.keyboard.press("ArrowLeft"));
    res[k] = v;
    res.yearRedraw = await page.evaluate(() => window.__yearDone);
  } catch {
    res.year = null;
    res.yearRedraw = null;
  }
  // Selection change through a bar: from the click to the frame after React's commit. React's
  // <Profiler> is a no-op in production builds, so this is measured from outside, and it covers
  // everything a selection re-renders (both charts, the map outline, the country panel).
  res.chart = await page.evaluate(async () => {
    const bars = [...document.querySelectorAll("#contributors-chart [role=button][data-key]")].slice(0, 6);
    if (!bars.length) return null;
    const times = [];
    for (const bar of bars) {
      const t0 = performance.now();
      bar.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  });
  // zoom frame times
  try {
    await page.evaluate(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (t) => {
        window.__frames.push(t - last);
        last = t;
        if (window.__frames.length < 600) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const zoom = page.getByRole("button", { name: "Zoom in" }).first();
    for (let i = 0; i < 3; i++) await zoom.click({ timeout: 2000 });
    const box = await page.locator('[data-map-ready="true"]').first().boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    }
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => window.__frames.slice(1));
    const m = frames.length ? frames.sort((a, b) => a - b)[Math.floor(frames.length / 2)] : null;
    res.zoomFrame = m;
  } catch {
    res.zoomFrame = null;
  }
  return res;
}

/** The limit comparison: the same map as static inline SVG. */
async function staticMapPage(dir) {
  const { geoEqualEarth, geoPath } = await import("d3-geo");
  const { feature } = await import("topojson-client");
  const topo = JSON.parse(readFileSync(join(root, "public/data/world-110m.json"), "utf8"));
  const contrib = JSON.parse(readFileSync(join(root, "public/data/contributors-2024-06-30.json"), "utf8"));
  const obj = topo.objects.countries ?? Object.values(topo.objects)[0];
  const fc = feature(topo, obj);
  // 0.1 px, the app's own precision, so the static page carries no more path data than it needs.
  const path = geoPath(geoEqualEarth().fitSize([960, 470], { type: "Sphere" })).digits(1);
  const rows = Array.isArray(contrib) ? contrib : (contrib.rows ?? contrib.countries ?? []);
  const byId = new Map(
    rows.map((r) => [String(r.iso3 ?? r.id ?? r.m49 ?? ""), Number(r.total ?? r.police ?? 0)]),
  );
  const max = Math.max(1, ...byId.values());
  const paths = fc.features
    .map((f) => {
      const v = byId.get(String(f.properties?.iso3 ?? f.id)) ?? 0;
      const l = 90 - Math.round((v / max) * 60);
      // The app's borders too, so both pages draw the same picture.
      return `<path d="${path(f)}" fill="hsl(215 60% ${l}%)" stroke="#5f6b76" stroke-width="0.5" vector-effect="non-scaling-stroke"/>`;
    })
    .join("");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static map</title></head><body><div data-map-ready="true" aria-label="World map: static"><svg viewBox="0 0 960 470" width="960" height="470">${paths}</svg></div></body></html>`,
  );
}

/**
 * A second reference: our own pre-rendered page as plain HTML, its scripts removed. Against it the
 * app's cost shows apart from the cost of the page's content (its text, controls and legend).
 */
function plainHtmlPage(dir) {
  const html = readFileSync(join(out, "index.html"), "utf8")
    .replace(/<script>[\s\S]*?<\/script>/g, "")
    .replace(/<script type="application\/json"[\s\S]*?<\/script>/g, "")
    .replace(/<link rel="manifest"[^>]*>/, "");
  if (html.includes("<script")) throw new Error("plain HTML page still has a script");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), html);
}

// Asynchronous on purpose: the app is served by this same process, which must keep answering.
async function lighthouse(url) {
  try {
    const bin = join(root, "node_modules/.bin/lighthouse");
    const { stdout: json } = await execFileAsync(
      bin,
      [
        url,
        "--output=json",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices",
        `--chrome-flags=--headless ${CHROMIUM_ARGS.join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: "utf8", maxBuffer: 64e6, timeout: 120_000 },
    );
    const report = JSON.parse(json);
    const c = report.categories;
    const a = report.audits;
    return {
      performance: c.performance?.score * 100,
      accessibility: c.accessibility?.score * 100,
      bestPractices: c["best-practices"]?.score * 100,
      fcp: a["first-contentful-paint"]?.numericValue,
      lcp: a["largest-contentful-paint"]?.numericValue,
      tbt: a["total-blocking-time"]?.numericValue,
      cls: a["cumulative-layout-shift"]?.numericValue,
    };
  } catch (e) {
    console.error(`lighthouse failed: ${String(e.message).slice(0, 200)}`);
    return null;
  }
}

const app = await serveDist({ root: out });
const staticDir = mkdtempSync(join(tmpdir(), "atlas-static-"));
await staticMapPage(staticDir);
const stat = await serveDist({ root: staticDir });
const plainDir = mkdtempSync(join(tmpdir(), "atlas-plain-"));
plainHtmlPage(plainDir);
const plain = await serveDist({ root: plainDir });
const runs = {
  normal: [],
  slow: [],
  static: [],
  ttm: [],
  staticTtm: [],
  plainTtm: [],
  frame: [],
  staticFrame: [],
};
const TTM_RUNS = Number(opt("--ttm-runs", "10"));
const AGAINST = opt("--against", null);
const other = AGAINST ? await serveDist({ root: AGAINST }) : null;
/** Loads of ours and of the other build, alternating, at 1x and at 4x CPU (--against). */
const side = { ours: [], other: [], oursSlow: [], otherSlow: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    runs.normal.push(await loadOnce(app.url, { interact: true }));
    runs.slow.push(await loadOnce(app.url, { throttle: 4, interact: true }));
    runs.static.push(await loadOnce(stat.url));
  }
  // The ratio to the static page moves with whether the map lands in the first or second frame,
  // so it gets more samples: --ttm-runs (default 10) extra plain loads of each page, alternating.
  for (let i = 0; i < TTM_RUNS; i++) {
    runs.ttm.push(await loadOnce(app.url));
    runs.staticTtm.push(await loadOnce(stat.url));
    runs.plainTtm.push(await loadOnce(plain.url));
    if (other) {
      side.other.push(await loadOnce(other.url));
      side.ours.push(await loadOnce(app.url));
      side.otherSlow.push(await loadOnce(other.url, { throttle: 4 }));
      side.oursSlow.push(await loadOnce(app.url, { throttle: 4 }));
    }
  }
  // Main-thread time up to the map drawn, ours against the static page (--frame-runs, default 5).
  for (let i = 0; i < Number(opt("--frame-runs", "5")); i++) {
    runs.frame.push(await frameBreakdown(app.url));
    runs.staticFrame.push(await frameBreakdown(stat.url));
  }
} finally {
  // keep servers for lighthouse
}
// Lighthouse's default run: a phone (Moto G Power) on simulated slow 4G with 4x CPU slowdown.
// Its score moves a point or two between runs, so the bench prints the median of --lh-runs (3).
const LH_RUNS = Number(opt("--lh-runs", "3"));
const lhRuns = [];
if (!args.includes("--no-lighthouse"))
  for (let i = 0; i < LH_RUNS; i++) lhRuns.push(await lighthouse(app.url));
const lhOk = lhRuns.filter(Boolean);
const lh = lhOk.length
  ? Object.fromEntries(Object.keys(lhOk[0]).map((k) => [k, median(lhOk.map((r) => r[k]))]))
  : null;
await app.close();
await stat.close();
await plain.close();
await other?.close();
rmSync(staticDir, { recursive: true, force: true });
rmSync(plainDir, { recursive: true, force: true });

function frameMedians(list) {
  const ok = list.filter(Boolean);
  if (!ok.length) return null;
  return Object.fromEntries(Object.keys(ok[0]).map((k) => [k, median(ok.map((r) => r[k]))]));
}
const first = runs.normal[0]?.transfers ?? [];
const sumBy = (pred) => first.filter(pred).reduce((s, t) => s + t.gzip, 0);
const pick = (k, set = runs.normal) => median(set.map((r) => r[k]));
const values = (k, set) =>
  set
    .map((r) => r?.[k])
    .filter((x) => x != null)
    .map((x) => Math.round(x));
/** The middle half of the loads, "120–170 ms". */
const spread = (list) => {
  const v = [...list].sort((a, b) => a - b);
  return v.length
    ? `${v[Math.floor((v.length - 1) / 4)]}–${v[Math.ceil(((v.length - 1) * 3) / 4)]} ms`
    : "n/a";
};
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  transfer: {
    js: sumBy((t) => t.type === "script"),
    css: sumBy((t) => t.type === "stylesheet"),
    data: sumBy((t) => t.url.startsWith("/data/") && !t.url.includes("world-110m")),
    topology: sumBy((t) => t.url.includes("world-110m")),
    total: sumBy(() => true),
    largest: [...first]
      .filter((t) => t.type === "script")
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3),
  },
  staticSizes: sizes,
  lcp: pick("lcp"),
  ttm: pick("ttm"),
  tti: pick("tti"),
  ttiSlow: pick("tti", runs.slow),
  lcpSlow: pick("lcp", runs.slow),
  ttmSlow: pick("ttm", runs.slow),
  hover: pick("hover"),
  select: pick("select"),
  measure: pick("measure"),
  story: pick("story"),
  year: pick("year"),
  yearRedraw: pick("yearRedraw"),
  zoomFrame: pick("zoomFrame"),
  chart: pick("chart"),
  hoverSlow: pick("hover", runs.slow),
  selectSlow: pick("select", runs.slow),
  measureSlow: pick("measure", runs.slow),
  storySlow: pick("story", runs.slow),
  yearSlow: pick("year", runs.slow),
  yearRedrawSlow: pick("yearRedraw", runs.slow),
  zoomFrameSlow: pick("zoomFrame", runs.slow),
  staticTtm: pick("ttm", runs.static),
  plainTtmAll: pick("ttm", runs.plainTtm),
  fcpAll: pick("fcp", [...runs.normal, ...runs.ttm]),
  staticFcpAll: pick("fcp", [...runs.static, ...runs.staticTtm]),
  // Time to map over every load of each page (the runs above plus the extra plain loads).
  ttmAll: pick("ttm", [...runs.normal, ...runs.ttm]),
  staticTtmAll: pick("ttm", [...runs.static, ...runs.staticTtm]),
  // Every load's time to map, for the spread behind the medians (single loads vary a lot here).
  loads: {
    ours: values("ttm", [...runs.normal, ...runs.ttm]),
    static: values("ttm", [...runs.static, ...runs.staticTtm]),
    plain: values("ttm", runs.plainTtm),
  },
  // Every run's interaction latencies: one load's reading moves by tens of ms on this VM.
  interactions: Object.fromEntries(
    ["hover", "select", "measure", "story", "year", "yearRedraw"].map((k) => [
      k,
      { normal: values(k, runs.normal), slow: values(k, runs.slow) },
    ]),
  ),
  lighthouse: lh,
  frame: frameMedians(runs.frame),
  staticFrame: frameMedians(runs.staticFrame),
};

/** An interaction's median and, in brackets, the lowest and highest of the runs. */
const inpRange = (k, speed) => {
  const v = results.interactions[k][speed];
  const med = results[speed === "slow" ? `${k}Slow` : k];
  if (!v.length) return inp(med);
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  return lo === hi ? inp(med) : `${inp(med)} (${lo === 0 ? "< 16" : lo}–${hi})`;
};

const rows = [
  ["JS fetched during load (gzip)", kb(results.transfer.js), "(initial budget: see above)", "js"],
  ["initial CSS (gzip)", kb(results.transfer.css), "", "css"],
  ["data (gzip)", kb(results.transfer.data), "", "data"],
  ["topology (gzip)", kb(results.transfer.topology), "", "topology"],
  ["initial total (gzip)", kb(results.transfer.total), "<= 300 KB", "total"],
  ["LCP", ms(results.lcp), "", "lcp"],
  ["time to map drawn", results.ttm == null ? "n/a (no map yet)" : ms(results.ttm), "", "ttm"],
  ["time to interactive (hydrated)", ms(results.tti), "", "tti"],
  ["time to interactive, 4x CPU", ms(results.ttiSlow), "", "ttiSlow"],
  ["LCP, 4x CPU", ms(results.lcpSlow), "< 1500 ms", "lcpSlow"],
  ["time to map, 4x CPU", results.ttmSlow == null ? "n/a (no map yet)" : ms(results.ttmSlow), "", "ttmSlow"],
  ["hover a country (INP)", inpRange("hover", "normal"), "< 50 ms", "hover"],
  ["select a country (INP)", inpRange("select", "normal"), "< 50 ms", "select"],
  ["switch measure (INP)", inpRange("measure", "normal"), "< 50 ms", "measure"],
  ["next story (INP)", inpRange("story", "normal"), "< 50 ms", "story"],
  ["hover, 4x CPU (INP)", inpRange("hover", "slow"), "< 100 ms", "hoverSlow"],
  ["select, 4x CPU (INP)", inpRange("select", "slow"), "< 100 ms", "selectSlow"],
  ["switch measure, 4x CPU", inpRange("measure", "slow"), "< 100 ms", "measureSlow"],
  ["next story, 4x CPU (INP)", inpRange("story", "slow"), "< 100 ms", "storySlow"],
  ["switch year (INP)", inpRange("year", "normal"), "< 50 ms", "year"],
  ["switch year, 4x CPU (INP)", inpRange("year", "slow"), "< 100 ms", "yearSlow"],
  ["year -> map redrawn", inpRange("yearRedraw", "normal"), "(reported)", "yearRedraw"],
  ["year -> redrawn, 4x CPU", inpRange("yearRedraw", "slow"), "< 100 ms", "yearRedrawSlow"],
  [
    "zoom median frame",
    results.zoomFrame == null
      ? "n/a"
      : `${results.zoomFrame.toFixed(1)} ms (${Math.round(1000 / results.zoomFrame)} fps)`,
    "<= 16.7 ms",
    "zoomFrame",
  ],
  [
    "zoom frame, 4x CPU",
    results.zoomFrameSlow == null
      ? "n/a"
      : `${results.zoomFrameSlow.toFixed(1)} ms (${Math.round(1000 / results.zoomFrameSlow)} fps)`,
    "(reported)",
    "zoomFrameSlow",
  ],
  [
    "bar select -> next frame",
    results.chart == null ? "n/a (no bars)" : `${results.chart.toFixed(1)} ms`,
    "<= 16 ms",
    "chart",
  ],
  ["static SVG time to map", ms(results.staticTtm), "(the limit)", "staticTtm"],
  ["first paint, ours / static", `${ms(results.fcpAll)} / ${ms(results.staticFcpAll)}`, "(FCP)", "fcpAll"],
  [
    "ours / static",
    results.ttmAll && results.staticTtmAll
      ? `${(results.ttmAll / results.staticTtmAll).toFixed(2)}x (${ms(results.ttmAll)} / ${ms(results.staticTtmAll)}, ${RUNS + TTM_RUNS} loads each)`
      : "n/a",
    "<= 1.5x",
    null,
  ],
  [
    "middle half, ours / static",
    `${spread(results.loads.ours)} / ${spread(results.loads.static)}`,
    "(spread of loads)",
    null,
  ],
  [
    "ours / our HTML, no scripts",
    results.ttmAll && results.plainTtmAll
      ? `${(results.ttmAll / results.plainTtmAll).toFixed(2)}x (${ms(results.ttmAll)} / ${ms(results.plainTtmAll)}, ${RUNS + TTM_RUNS} and ${TTM_RUNS} loads)`
      : "n/a",
    "(app's own cost)",
    null,
  ],
  [
    "Lighthouse perf/a11y/BP",
    lh ? `${lh.performance}/${lh.accessibility}/${lh.bestPractices}` : "n/a",
    ">= 95/100/100",
    null,
  ],
  [
    "Lighthouse FCP/LCP/TBT",
    lh ? `${ms(lh.fcp)} / ${ms(lh.lcp)} / ${ms(lh.tbt)}` : "n/a",
    "(simulated phone)",
    null,
  ],
];
const baseFile = join(here, "baseline.json");
const base = existsSync(baseFile) ? JSON.parse(readFileSync(baseFile, "utf8")) : null;
const flat = {
  ...results,
  ...Object.fromEntries(Object.entries(results.transfer).filter(([, v]) => typeof v === "number")),
};
console.log(`\nUN Police Atlas bench: median of ${RUNS} runs\n`);
console.log(`${"metric".padEnd(26)} ${"value".padEnd(28)} ${"target".padEnd(14)} vs baseline`);
for (const [name, value, target, key] of rows) {
  const b = base && key ? (base[key] ?? base.transfer?.[key]) : null;
  const cur = key ? flat[key] : null;
  const diff =
    typeof b === "number" && typeof cur === "number" && b
      ? `${cur >= b ? "+" : ""}${(((cur - b) / b) * 100).toFixed(0)}%`
      : "";
  console.log(`${name.padEnd(26)} ${String(value).padEnd(28)} ${target.padEnd(14)} ${diff}`);
}
for (const c of results.transfer.largest) console.log(`  chunk ${c.url} ${kb(c.gzip)}`);
const fmtFrame = (f) =>
  f
    ? `${ms(f.frame)} from first parse, of which parse ${ms(f.parse)}, style ${ms(f.style)}, layout ${ms(f.layout)}, paint ${ms(f.paint)}; ` +
      `font set-up ${ms(f.fonts)} (${f.strikes} strikes, ${f.families} family look-ups)`
    : "n/a";
console.log("\nMain thread from the first parse to the map drawn (median of traced loads):");
console.log(`  ours    ${fmtFrame(results.frame)}`);
console.log(`  static  ${fmtFrame(results.staticFrame)}`);
if (other) {
  /** "312 ms (280–390)": the median, then the lowest and highest load. */
  const mmm = (list, k) => {
    const v = values(k, list).sort((x, y) => x - y);
    return v.length ? `${median(v)} ms (${v[0]}–${v[v.length - 1]})` : "n/a";
  };
  const ratio = (a, b, k) => {
    const x = median(values(k, a));
    const y = median(values(k, b));
    return x && y ? `${(x / y).toFixed(2)}x` : "n/a";
  };
  console.log(
    `\nSide by side with ${AGAINST} (${side.ours.length} interleaved loads each; median (min–max)):`,
  );
  console.log(`${"".padEnd(30)} ${"ours".padEnd(22)} ${"other".padEnd(22)} ours / other`);
  for (const [name, a, b, k] of [
    ["time to map drawn", side.ours, side.other, "ttm"],
    ["time to map drawn, 4x CPU", side.oursSlow, side.otherSlow, "ttm"],
    ["hydrated", side.ours, side.other, "tti"],
    ["hydrated, 4x CPU", side.oursSlow, side.otherSlow, "tti"],
    ["LCP, 4x CPU", side.oursSlow, side.otherSlow, "lcp"],
  ])
    console.log(`${name.padEnd(30)} ${mmm(a, k).padEnd(22)} ${mmm(b, k).padEnd(22)} ${ratio(a, b, k)}`);
  results.against = { dir: AGAINST, ...side };
}
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results/latest.json"), JSON.stringify(results, null, 2));
if (!base) writeFileSync(baseFile, JSON.stringify(results, null, 2));
if (!opt("--out")) rmSync(out, { recursive: true, force: true });
