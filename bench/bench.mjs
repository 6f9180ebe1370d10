// Performance bench: `npm run bench` (full) or `--ci` (size budgets only). Every timed figure is printed
// as its median (lowest–highest) over its runs, with the number of runs, and a closing "#26 goals"
// block judges issue #26's goals (met / NOT met). Results go to bench/results/latest.json.
// Options:
//   --out <dir>       build dir (default a temp dir, removed after); --no-build reuses it
//   --runs N          loads at 1x and at 4x CPU with the interactions, plus the static page (default 5)
//   --load-runs N     #26's load goal: loads of ours and of the static SVG page at 4x CPU, alternating
//                     (default 15); ours also give the long tasks from navigation to the first input
//                     (a pointer move 1.5 s after the load: src/head.js starts the code then) and
//                     from that input to ready + 3 s
//   --lh-runs N       Lighthouse runs, mobile preset (default 5, as #26 asks); --no-lighthouse skips them
//   --ttm-runs N      extra 1x loads of ours, the static page and our HTML without scripts for the time-to-
//                     map ratios at 1x (default 10)
//   --frame-runs N    traced loads for the main-thread breakdown (default 5)
//   --against <dir>   another build (e.g. the previous commit's): its loads are interleaved with ours
//                     and both are printed side by side, with each figure's min, median and max
// A full default run takes about 9 minutes on the quiet 2-core VM (it prints how long each part took).
import { execFile, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { checkBudgets, initialAssets, kb, measureSizes } from "../scripts/check-budgets.mjs";
import { serveDist } from "../scripts/serve-dist.mjs";
import { CHROMIUM, CHROMIUM_ARGS, launch } from "../tests/e2e/harness.mjs";

const execFileAsync = promisify(execFile);

const STARTED = Date.now();
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

/** In every measured page, before its own scripts: LCP, FCP, event timings, time to map. */
const benchInit = () => {
  window.__bench = { lcp: 0, fcp: null, events: [], drawn: null, ready: null, longTasks: [] };
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
  // Long tasks (50 ms or more on the main thread), buffered so the ones before this observer count too.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__bench.longTasks.push({ t: e.startTime, d: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__bench.events.push({ name: e.name, duration: e.duration, t: e.startTime, id: e.interactionId });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
};

/** The long-task window of a load runs until the app is ready (html[data-app-ready]) plus this. */
const SETTLE_MS = 3000;
/** Lighthouse's mobile preset's screen (a Moto G Power), for #26's load goals. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
/** How long after the load event the bench's visitor first moves the pointer (src/head.js waits for it). */
const READ_MS = 1500;

/**
 * Loads `url` in a fresh profile; returns transfer sizes, LCP, time to map, hydrated, "load" (the later
 * of the map drawn and loadEventEnd) and the load's long tasks: the longest and how many ran over
 * 50 ms, from navigation until the first input (READ_MS after the load; a build that starts by
 * itself: until the app is ready plus 3 s), and from that input until ready plus 3 s ("boot"),
 * with the time from the input until the app answers. `settle` waits for the end of that window;
 * without it the window ends where the load's measurement ends (and, with `interact`, the first
 * interaction starts), which may be earlier: `ltWindow` says where it ended.
 */
async function loadOnce(url, { throttle = 1, interact = false, settle = false, mobile = false } = {}) {
  const { context, close } = await launch(mobile ? PHONE : undefined);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    const transfers = [];
    // "load" until the interactions start, then "interact": the chunks an interaction asks for.
    let phase = "load";
    page.on("response", async (res) => {
      const when = phase;
      try {
        const body = await res.body();
        transfers.push({
          url: new URL(res.url()).pathname,
          type: res.request().resourceType(),
          gzip: gzipSync(body).length,
          phase: when,
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
    let input = null;
    try {
      await page.waitForFunction(() => (window.__bench?.drawn ?? -1) > 0, null, { timeout: 20_000 });
      ttm = await page.evaluate(() => window.__bench.drawn);
      const isStatic = await page.evaluate(
        () => !document.getElementById("atlas-boot") && !document.querySelector("script[type=module]"),
      );
      await page.waitForLoadState("load");
      if (!isStatic) {
        // The pre-rendered default view runs no code of ours until the visitor's first sign of use
        // (src/head.js). A reader's pause after the load, then a pointer moved into the page: "load"
        // is everything before that input, "boot" the input until the app answers (plus 3 s).
        // A build that starts by itself has its entry module in the page by then: no input.
        await page.waitForTimeout(READ_MS);
        const waiting = await page.evaluate(() => !document.querySelector("script[type=module]"));
        if (waiting) {
          input = await page.evaluate(() => performance.now());
          await page.mouse.move(5, 5);
        }
        await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout: 20_000 });
        tti = await page.evaluate(() => window.__bench.ready);
      }
    } catch {}
    await page.waitForTimeout(300);
    if (settle && tti != null) {
      const left = tti + SETTLE_MS - (await page.evaluate(() => performance.now()));
      if (left > 0) await page.waitForTimeout(left);
    }
    const m = await page.evaluate(() => ({
      lcp: window.__bench.lcp || null,
      fcp: window.__bench.fcp,
      loadEnd: performance.getEntriesByType("navigation")[0]?.loadEventEnd || null,
      longTasks: window.__bench.longTasks.slice(),
      now: performance.now(),
    }));
    const ltWindow = tti != null ? Math.min(tti + SETTLE_MS, m.now) : m.now;
    const loadTasks = m.longTasks.filter((t) => t.t < (input ?? ltWindow)).map((t) => t.d);
    const bootTasks =
      input == null ? [] : m.longTasks.filter((t) => t.t >= input && t.t < ltWindow).map((t) => t.d);
    const r = {
      transfers,
      lcp: m.lcp,
      fcp: m.fcp,
      ttm,
      tti,
      loadEnd: m.loadEnd,
      load: ttm != null && m.loadEnd ? Math.max(ttm, m.loadEnd) : null,
      longest: loadTasks.length ? Math.max(...loadTasks) : 0,
      longCount: loadTasks.filter((d) => d > 50).length,
      input,
      boot: input != null && tti != null ? tti - input : null,
      bootLongest: input == null ? null : bootTasks.length ? Math.max(...bootTasks) : 0,
      bootCount: input == null ? null : bootTasks.filter((d) => d > 50).length,
      ltWindow,
    };
    phase = "interact";
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
  load: [],
  staticLoad: [],
};
const TTM_RUNS = Number(opt("--ttm-runs", "10"));
const LOAD_RUNS = Number(opt("--load-runs", "15"));
const FRAME_RUNS = Number(opt("--frame-runs", "5"));
const LH_RUNS = Number(opt("--lh-runs", "5"));
const AGAINST = opt("--against", null);
const other = AGAINST ? await serveDist({ root: AGAINST }) : null;
/** Loads of ours and of the other build, alternating, at 1x and at 4x CPU (--against). */
const side = { ours: [], other: [], oursSlow: [], otherSlow: [] };
/** Wall-clock seconds of each part of the bench, to plan a run's length. */
const took = { build: (Date.now() - STARTED) / 1000 };
let lap = Date.now();
const clock = (name) => {
  took[name] = (Date.now() - lap) / 1000;
  lap = Date.now();
};
try {
  for (let i = 0; i < RUNS; i++) {
    runs.normal.push(await loadOnce(app.url, { interact: true }));
    runs.slow.push(await loadOnce(app.url, { throttle: 4, interact: true }));
    runs.static.push(await loadOnce(stat.url));
  }
  clock("interactionLoads");
  // #26's load goal: "load" (the later of the map drawn and loadEventEnd) at 4x CPU on the mobile
  // preset's screen (the issue's goals are for it), ours and the static page alternating
  // (--load-runs, default 15). Ours wait until ready + 3 s for the long tasks.
  for (let i = 0; i < LOAD_RUNS; i++) {
    runs.load.push(await loadOnce(app.url, { throttle: 4, settle: true, mobile: true }));
    runs.staticLoad.push(await loadOnce(stat.url, { throttle: 4, mobile: true }));
  }
  clock("loads4x");
  // Time to map at 1x against the static page and our HTML without scripts: --ttm-runs (default 10)
  // more loads of each page, alternating, on top of the --runs loads.
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
  clock("loads1x");
  // Main-thread time up to the map drawn, ours against the static page (--frame-runs, default 5).
  for (let i = 0; i < FRAME_RUNS; i++) {
    runs.frame.push(await frameBreakdown(app.url));
    runs.staticFrame.push(await frameBreakdown(stat.url));
  }
  clock("traces");
} finally {
  // keep servers for lighthouse
}
// Lighthouse's default run (its mobile preset): a phone (Moto G Power) on simulated slow 4G with 4x
// CPU slowdown. #26 asks for performance >= 95 in every one of 5 runs (--lh-runs, default 5).
const lhRuns = [];
if (!args.includes("--no-lighthouse"))
  for (let i = 0; i < LH_RUNS; i++) lhRuns.push(await lighthouse(app.url));
clock("lighthouse");
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
/** A figure over its runs: how many, the lowest, the median and the highest (null when none). */
const stats = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? { n: v.length, min: v[0], median: median(v), max: v[v.length - 1] } : null;
};
const S = (k, set) => stats(set.map((r) => r?.[k]));
const first = runs.normal[0]?.transfers ?? [];
const sumBy = (pred) => first.filter(pred).reduce((s, t) => s + t.gzip, 0);
const pick = (k, set = runs.normal) => median(set.map((r) => r?.[k]));
const values = (k, set) =>
  set
    .map((r) => r?.[k])
    .filter((x) => x != null)
    .map((x) => Math.round(x));
// The JS chunks of a load without interactions (the first 4x load of --load-runs: navigation to ready
// + 3 s; else the first load's transfers before its interactions), against #26's lazy parts.
const LAZY = [
  ["export", /^(Export|exporter|compose)/i],
  ["presentation", /^Presentation/i],
  ["print", /^Print/i],
];
const baseName = (u) => u.split("/").pop();
const loadChunks = [
  ...new Set(
    (runs.load[0]?.transfers ?? first)
      .filter((t) => t.type === "script" && t.phase === "load")
      .map((t) => baseName(t.url)),
  ),
];
const chunkSource = runs.load[0]
  ? "the first 4x load of ours, to ready + 3 s"
  : "the first 1x load, before its interactions";
const builtChunks = existsSync(join(out, "assets"))
  ? readdirSync(join(out, "assets")).filter((f) => f.endsWith(".js"))
  : [];
const lazy = Object.fromEntries(
  LAZY.map(([name, re]) => [
    name,
    {
      built: builtChunks.filter((f) => re.test(f)),
      fetched: loadChunks.filter((f) => re.test(f)),
    },
  ]),
);
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  options: { runs: RUNS, ttmRuns: TTM_RUNS, loadRuns: LOAD_RUNS, frameRuns: FRAME_RUNS, lhRuns: LH_RUNS },
  took,
  transfer: {
    js: sumBy((t) => t.type === "script"),
    // The same load's JS before its interactions start (the figure above includes what they fetch).
    jsBeforeInteractions: sumBy((t) => t.type === "script" && t.phase === "load"),
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
  // #26: "load" at 4x CPU (the later of map drawn and loadEventEnd), interleaved with the static page.
  load4x: pick("load", runs.load),
  staticLoad4x: pick("load", runs.staticLoad),
  // Every load's time to map, for the spread behind the medians (single loads vary a lot here).
  loads: {
    ours: values("ttm", [...runs.normal, ...runs.ttm]),
    static: values("ttm", [...runs.static, ...runs.staticTtm]),
    plain: values("ttm", runs.plainTtm),
    ours4x: values("load", runs.load),
    static4x: values("load", runs.staticLoad),
  },
  // #26: each 4x load's longest task and its tasks over 50 ms, from navigation to the first input
  // (or, for a build that starts by itself, to ready + 3 s; the interaction loads: to their first
  // interaction when that comes first; `window` is where it ended), and from that input to ready + 3 s.
  longTasks: {
    load4x: runs.load.map((r) => ({
      longest: r.longest,
      count: r.longCount,
      window: Math.round(r.input ?? r.ltWindow),
      boot: r.boot == null ? null : Math.round(r.boot),
      bootLongest: r.bootLongest,
      bootCount: r.bootCount,
    })),
    interaction4x: runs.slow.map((r) => ({
      longest: r.longest,
      count: r.longCount,
      window: Math.round(r.ltWindow),
    })),
    static4x: runs.staticLoad.map((r) => ({ longest: r.longest, count: r.longCount })),
  },
  // Every run's interaction latencies: one load's reading moves by tens of ms on this VM.
  interactions: Object.fromEntries(
    ["hover", "select", "measure", "story", "year", "yearRedraw"].map((k) => [
      k,
      { normal: values(k, runs.normal), slow: values(k, runs.slow) },
    ]),
  ),
  lighthouse: lh,
  lighthouseRuns: lhRuns,
  loadChunks,
  loadChunksFrom: chunkSource,
  lazyChunks: lazy,
  frame: frameMedians(runs.frame),
  staticFrame: frameMedians(runs.staticFrame),
};
// Each timed figure's runs: { n, min, median, max }.
results.stats = {
  lcp: S("lcp", runs.normal),
  ttm: S("ttm", runs.normal),
  tti: S("tti", runs.normal),
  lcpSlow: S("lcp", runs.slow),
  ttmSlow: S("ttm", runs.slow),
  ttiSlow: S("tti", runs.slow),
  ...Object.fromEntries(
    ["hover", "select", "measure", "story", "year", "yearRedraw", "zoomFrame", "chart"].flatMap((k) => [
      [k, S(k, runs.normal)],
      [`${k}Slow`, S(k, runs.slow)],
    ]),
  ),
  staticTtm: S("ttm", runs.static),
  ttmAll: S("ttm", [...runs.normal, ...runs.ttm]),
  staticTtmAll: S("ttm", [...runs.static, ...runs.staticTtm]),
  plainTtmAll: S("ttm", runs.plainTtm),
  fcpAll: S("fcp", [...runs.normal, ...runs.ttm]),
  staticFcpAll: S("fcp", [...runs.static, ...runs.staticTtm]),
  load4x: S("load", runs.load),
  staticLoad4x: S("load", runs.staticLoad),
  lcp4xLoads: S("lcp", runs.load),
  tti4xLoads: S("tti", runs.load),
  longest4x: S("longest", runs.load),
  longCount4x: S("longCount", runs.load),
  longestInteraction4x: S("longest", runs.slow),
  longCountInteraction4x: S("longCount", runs.slow),
  longestAll4x: S("longest", [...runs.load, ...runs.slow]),
  // After the first input (src/head.js starts the default view's code then): until the app answers,
  // and the longest task from that input to ready + 3 s.
  boot4x: S("boot", [...runs.load, ...runs.slow]),
  bootLongest4x: S("bootLongest", runs.load),
  bootCount4x: S("bootCount", runs.load),
  lhPerformance: S("performance", lhOk),
  lhTbt: S("tbt", lhOk),
  lhLcp: S("lcp", lhOk),
  lhFcp: S("fcp", lhOk),
};
const st = results.stats;

const int = (n) => Math.round(n).toLocaleString("en-US");
/** "476 ms (440–520)": the median, then the lowest and highest run. */
const mmm = (s, f = int, unit = " ms") =>
  s == null
    ? "n/a"
    : s.min === s.max
      ? `${f(s.median)}${unit}`
      : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
// Event Timing reports only events of 16 ms or more (durationThreshold), so 0 means "under 16".
const inpMmm = (s) => mmm(s, (n) => (n === 0 ? "< 16" : int(n)));
const frameMmm = (s) =>
  s == null ? "n/a" : `${mmm(s, (n) => n.toFixed(1))}, ${Math.round(1000 / s.median)} fps`;
const count = (s) => mmm(s, int, "");
const ratio = (a, b) => (a?.median && b?.median ? `${(a.median / b.median).toFixed(2)}x` : "n/a");

// [metric, value, runs, target, baseline key]
const rows = [
  [
    "JS fetched, first load (gzip)",
    `${kb(results.transfer.js)} (${kb(results.transfer.jsBeforeInteractions)} before interactions)`,
    "",
    "(initial: see above)",
    "js",
  ],
  ["initial CSS (gzip)", kb(results.transfer.css), "", "", "css"],
  ["data (gzip)", kb(results.transfer.data), "", "", "data"],
  ["topology (gzip)", kb(results.transfer.topology), "", "", "topology"],
  ["initial total (gzip)", kb(results.transfer.total), "", "<= 300 KB", "total"],
  ["LCP", mmm(st.lcp), st.lcp?.n, "", "lcp"],
  ["time to map drawn", mmm(st.ttm), st.ttm?.n, "", "ttm"],
  ["ready, from navigation", mmm(st.tti), st.tti?.n, "", "tti"],
  ["LCP, 4x CPU", mmm(st.lcpSlow), st.lcpSlow?.n, "< 1500 ms", "lcpSlow"],
  ["time to map, 4x CPU", mmm(st.ttmSlow), st.ttmSlow?.n, "", "ttmSlow"],
  ["ready from nav., 4x CPU", mmm(st.ttiSlow), st.ttiSlow?.n, "", "ttiSlow"],
  ["hover a country (INP)", inpMmm(st.hover), st.hover?.n, "< 50 ms", "hover"],
  ["select a country (INP)", inpMmm(st.select), st.select?.n, "< 50 ms", "select"],
  ["switch measure (INP)", inpMmm(st.measure), st.measure?.n, "< 50 ms", "measure"],
  ["next story (INP)", inpMmm(st.story), st.story?.n, "< 50 ms", "story"],
  ["switch year (INP)", inpMmm(st.year), st.year?.n, "< 50 ms", "year"],
  ["year -> map redrawn", mmm(st.yearRedraw), st.yearRedraw?.n, "(reported)", "yearRedraw"],
  ["hover, 4x CPU (INP)", inpMmm(st.hoverSlow), st.hoverSlow?.n, "< 100 ms", "hoverSlow"],
  ["select, 4x CPU (INP)", inpMmm(st.selectSlow), st.selectSlow?.n, "< 100 ms", "selectSlow"],
  ["switch measure, 4x CPU", inpMmm(st.measureSlow), st.measureSlow?.n, "< 100 ms", "measureSlow"],
  ["next story, 4x CPU (INP)", inpMmm(st.storySlow), st.storySlow?.n, "< 100 ms", "storySlow"],
  ["switch year, 4x CPU (INP)", inpMmm(st.yearSlow), st.yearSlow?.n, "< 100 ms", "yearSlow"],
  ["year -> redrawn, 4x CPU", mmm(st.yearRedrawSlow), st.yearRedrawSlow?.n, "< 100 ms", "yearRedrawSlow"],
  ["zoom median frame", frameMmm(st.zoomFrame), st.zoomFrame?.n, "<= 16.7 ms", "zoomFrame"],
  ["zoom frame, 4x CPU", frameMmm(st.zoomFrameSlow), st.zoomFrameSlow?.n, "(reported)", "zoomFrameSlow"],
  ["bar select -> next frame", mmm(st.chart, (n) => n.toFixed(1)), st.chart?.n, "<= 16 ms", "chart"],
  ["static SVG time to map", mmm(st.staticTtm), st.staticTtm?.n, "(the limit)", "staticTtm"],
  ["first paint, ours", mmm(st.fcpAll), st.fcpAll?.n, "(FCP)", "fcpAll"],
  ["first paint, static", mmm(st.staticFcpAll), st.staticFcpAll?.n, "(FCP)", "staticFcpAll"],
  ["time to map, all loads", mmm(st.ttmAll), st.ttmAll?.n, "", "ttmAll"],
  ["static, all loads", mmm(st.staticTtmAll), st.staticTtmAll?.n, "", "staticTtmAll"],
  ["ours / static", ratio(st.ttmAll, st.staticTtmAll), "", "(medians)", null],
  ["our HTML, no scripts", mmm(st.plainTtmAll), st.plainTtmAll?.n, "", "plainTtmAll"],
  ["ours / our HTML, no scripts", ratio(st.ttmAll, st.plainTtmAll), "", "(app's own cost)", null],
  ["load, 4x CPU (interleaved)", mmm(st.load4x), st.load4x?.n, "", "load4x"],
  ["static load, 4x CPU", mmm(st.staticLoad4x), st.staticLoad4x?.n, "", "staticLoad4x"],
  ["load ours / static, 4x", ratio(st.load4x, st.staticLoad4x), "", "<= 1.3x", null],
  ["LCP, 4x, interleaved", mmm(st.lcp4xLoads), st.lcp4xLoads?.n, "", null],
  ["ready from nav., 4x, intl.", mmm(st.tti4xLoads), st.tti4xLoads?.n, "", null],
  ["longest task, 4x load", mmm(st.longest4x), st.longest4x?.n, "<= 100 ms", null],
  ["tasks > 50 ms, 4x load", count(st.longCount4x), st.longCount4x?.n, "(reported)", null],
  ["first input -> ready, 4x", mmm(st.boot4x), st.boot4x?.n, "(reported)", null],
  ["longest task, 4x, from input", mmm(st.bootLongest4x), st.bootLongest4x?.n, "(reported)", null],
  ["tasks > 50 ms, from input", count(st.bootCount4x), st.bootCount4x?.n, "(reported)", null],
  [
    "longest task, 4x, intr. loads",
    mmm(st.longestInteraction4x),
    st.longestInteraction4x?.n,
    "<= 100 ms",
    null,
  ],
  [
    "tasks > 50 ms, intr. loads",
    count(st.longCountInteraction4x),
    st.longCountInteraction4x?.n,
    "(reported)",
    null,
  ],
  ["Lighthouse perf", mmm(st.lhPerformance, int, ""), st.lhPerformance?.n, ">= 95 every run", null],
  [
    "Lighthouse a11y/BP",
    lh ? `${lh.accessibility}/${lh.bestPractices} (median)` : "n/a",
    lhOk.length || "",
    "100/100",
    null,
  ],
  ["Lighthouse FCP", mmm(st.lhFcp), st.lhFcp?.n, "(simulated phone)", null],
  ["Lighthouse LCP", mmm(st.lhLcp), st.lhLcp?.n, "(simulated phone)", null],
  ["Lighthouse TBT", mmm(st.lhTbt), st.lhTbt?.n, "<= 150 ms median", null],
];
const baseFile = join(here, "baseline.json");
const base = existsSync(baseFile) ? JSON.parse(readFileSync(baseFile, "utf8")) : null;
const flat = {
  ...results,
  ...Object.fromEntries(Object.entries(results.transfer).filter(([, v]) => typeof v === "number")),
};
console.log(
  `\nUN Police Atlas bench: each figure's median (lowest–highest) over its runs; "runs" is how many.\n` +
    `--runs ${RUNS} (1x and 4x loads with interactions, static page), --load-runs ${LOAD_RUNS} (4x, interleaved), ` +
    `--ttm-runs ${TTM_RUNS}, --frame-runs ${FRAME_RUNS}, --lh-runs ${lhRuns.length}.\n`,
);
console.log(
  `${"metric".padEnd(30)} ${"median (min–max)".padEnd(28)} ${"runs".padStart(4)}  ${"target".padEnd(18)} vs baseline`,
);
for (const [name, value, n, target, key] of rows) {
  const b = base && key ? (base[key] ?? base.transfer?.[key]) : null;
  const cur = key ? flat[key] : null;
  const diff =
    typeof b === "number" && typeof cur === "number" && b
      ? `${cur >= b ? "+" : ""}${(((cur - b) / b) * 100).toFixed(0)}%`
      : "";
  console.log(
    `${name.padEnd(30)} ${String(value).padEnd(28)} ${String(n ?? "").padStart(4)}  ${target.padEnd(18)} ${diff}`,
  );
}
for (const c of results.transfer.largest) console.log(`  chunk ${c.url} ${kb(c.gzip)}`);
console.log(
  `  (interaction loads: long tasks counted to ready + ${SETTLE_MS / 1000} s or their first interaction, ` +
    `whichever came first: ${results.longTasks.interaction4x.map((r) => r.window).join(", ") || "n/a"} ms)`,
);
if (lhRuns.length) {
  const each = (k, f) => lhRuns.map((r) => (r ? f(r[k]) : "failed")).join(" ");
  console.log("\nLighthouse, each run:");
  console.log(`  perf ${each("performance", int)}`);
  console.log(`  TBT  ${each("tbt", int)} ms`);
  console.log(`  LCP  ${each("lcp", int)} ms`);
}
const fmtFrame = (f) =>
  f
    ? `${ms(f.frame)} from first parse, of which parse ${ms(f.parse)}, style ${ms(f.style)}, layout ${ms(f.layout)}, paint ${ms(f.paint)}; ` +
      `font set-up ${ms(f.fonts)} (${f.strikes} strikes, ${f.families} family look-ups)`
    : "n/a";
console.log(
  `\nMain thread from the first parse to the map drawn (median of ${runs.frame.filter(Boolean).length} traced loads):`,
);
console.log(`  ours    ${fmtFrame(results.frame)}`);
console.log(`  static  ${fmtFrame(results.staticFrame)}`);
if (other) {
  const ratioOf = (a, b, k) => ratio(S(k, a), S(k, b));
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
    ["load, 4x CPU", side.oursSlow, side.otherSlow, "load"],
  ])
    console.log(
      `${name.padEnd(30)} ${mmm(S(k, a)).padEnd(22)} ${mmm(S(k, b)).padEnd(22)} ${ratioOf(a, b, k)}`,
    );
  results.against = { dir: AGAINST, ...side };
}

// Issue #26's goals, each judged as the issue says: Lighthouse in every run, TBT and the
// interactions by their medians, the longest task over every 4x load, the load by the ratio of medians.
const verdict = (ok) => (ok == null ? "not measured" : ok ? "met" : "NOT met");
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const few = (n, want) =>
  n != null && n < want ? ` (${plural(n, "run")}, of the ${want} the goal asks)` : "";
const lhFailed = lhRuns.length - lhOk.length;
const loadRatio =
  st.load4x?.median && st.staticLoad4x?.median ? st.load4x.median / st.staticLoad4x.median : null;
const fetchedLazy = LAZY.flatMap(([name]) => lazy[name].fetched);
// Lazy means outside the initial JS (the entry and the chunks the boot preloads): the print sheet is
// fetched once the page is ready, so that the browser's own Print finds it, and is reported as such.
const initialFiles = new Set(initialAssets(out).js.map((u) => u.replace(/^.*\//, "")));
const initialLazy = LAZY.flatMap(([name]) => lazy[name].built.filter((f) => initialFiles.has(f)));
// A part with no chunk of its name is taken as not split out (its code is in a chunk the load fetches).
const unsplit = LAZY.filter(([name]) => !lazy[name].built.length).map(([name]) => name);
const goals = [
  [
    "1. Lighthouse perf, every run",
    lhOk.length
      ? `${lhRuns.map((r) => (r ? int(r.performance) : "failed")).join(" ")}${lhFailed ? ` (${lhFailed} failed)` : ""}${few(lhRuns.length, 5)}`
      : "n/a",
    ">= 95",
    // A failed run has no score: the goal is then not shown to be met.
    lhOk.length ? lhFailed === 0 && lhOk.every((r) => r.performance >= 95) : null,
  ],
  [
    "   Lighthouse TBT, median",
    st.lhTbt ? `${mmm(st.lhTbt)}${few(st.lhTbt.n, 5)}` : "n/a",
    "<= 150 ms",
    st.lhTbt ? st.lhTbt.median <= 150 : null,
  ],
  [
    "   longest task, 4x, any load",
    st.longestAll4x
      ? `max ${int(st.longestAll4x.max)} ms over ${st.longestAll4x.n} loads (median ${int(st.longestAll4x.median)})`
      : "n/a",
    "<= 100 ms",
    st.longestAll4x ? st.longestAll4x.max <= 100 : null,
  ],
  [
    "2. load at 4x, ours / static",
    loadRatio
      ? `${loadRatio.toFixed(2)}x (${int(st.load4x.median)} / ${int(st.staticLoad4x.median)} ms, ${st.load4x.n} and ${st.staticLoad4x.n} loads${Math.min(st.load4x.n, st.staticLoad4x.n) < 15 ? ", of 15" : ""})`
      : "n/a",
    "<= 1.3x",
    loadRatio ? loadRatio <= 1.3 : null,
  ],
  ...[
    ["select", st.selectSlow],
    ["story step", st.storySlow],
    ["year -> redrawn", st.yearRedrawSlow],
  ].map(([name, s], i) => [
    `${i ? "  " : "3."} ${name}, 4x, median`,
    s ? `${inpMmm(s)}, ${plural(s.n, "run")}` : "n/a",
    "<= 100 ms",
    s ? s.median <= 100 : null,
  ]),
  ["4. initial JS (gzip)", kb(sizes.initialJs), "<= 120 KB", sizes.initialJs <= 120_000],
  [
    "   export/presentation/print",
    [
      initialLazy.length ? `in the initial JS: ${initialLazy.join(", ")}` : "none in the initial JS",
      fetchedLazy.length ? `fetched after it: ${fetchedLazy.join(", ")}` : "none fetched in the load",
      unsplit.length ? `no chunk for ${unsplit.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; "),
    "lazy",
    initialLazy.length === 0 && unsplit.length === 0,
  ],
];
results.goals = goals.map(([goal, figure, target, ok]) => ({ goal: goal.trim(), figure, target, met: ok }));
console.log("\n#26 goals:");
for (const [goal, figure, target, ok] of goals)
  console.log(`${goal.padEnd(32)} ${figure.padEnd(54)} ${target.padEnd(10)} ${verdict(ok)}`);
console.log(`   JS chunks fetched in ${chunkSource}: ${loadChunks.join(", ") || "n/a"}`);
for (const [name] of LAZY)
  console.log(
    `   ${name}: ${lazy[name].built.length ? `chunks ${lazy[name].built.join(", ")}` : "no chunk of that name in the build"}`,
  );
console.log(
  `\nBench time: ${Object.entries(took)
    .map(([k, v]) => `${k} ${Math.round(v)} s`)
    .join(", ")}; total ${Math.round((Date.now() - STARTED) / 1000)} s`,
);
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results/latest.json"), JSON.stringify(results, null, 2));
if (!base) writeFileSync(baseFile, JSON.stringify(results, null, 2));
if (!opt("--out")) rmSync(out, { recursive: true, force: true });
