// Browser-test harness: Debian's Chromium driven by playwright-core, on a fresh temp profile,
// against the built app served on 127.0.0.1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveDist } from "../../scripts/serve-dist.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium on a new empty profile; `close()` removes the profile. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves dist/ (optionally with broken files) and opens a browser on it. */
export async function start({ faults, ...launchOptions } = {}) {
  const server = await serveDist({ root: process.env.ATLAS_DIST ?? "dist", faults });
  const browser = await launch(launchOptions);
  return {
    url: server.url,
    context: browser.context,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A page that records console errors, uncaught exceptions and every request to another origin.
 * `allowConsole` lists patterns of expected console errors (a 404 the test caused on purpose).
 */
export async function watchedPage(context, origin, { allowConsole = [] } = {}) {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (!allowConsole.some((re) => re.test(text))) problems.consoleErrors.push(text);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(String(err)));
  page.on("request", (req) => {
    const u = req.url();
    if (u.startsWith("data:") || u.startsWith("blob:")) return;
    if (new URL(u).origin !== origin) problems.foreignRequests.push(u);
  });
  return { page, problems };
}

/**
 * Waits until the app answers input. The pre-rendered default view runs no code until the visitor
 * shows a sign of use (src/head.js): a pointer moved into the page's corner is one, as a visitor's
 * would be. A click before then is held for its control; keys reach no handler until it answers.
 */
export async function appReady(page) {
  if (!(await page.evaluate(() => document.documentElement.hasAttribute("data-app-ready"))))
    await page.mouse.move(1, 1);
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
}

/** (Re)loads the page at `url` and waits until the map is drawn and the app answers input. */
export async function loadMap(page, url) {
  await page.goto(url);
  await page.locator('[data-map-ready="true"]').waitFor();
  await appReady(page);
}

/** Opens the app (with `options` for the browser, such as a viewport) once its map is drawn. */
export async function openMap(options) {
  const app = await start(options);
  const { page, problems } = await watchedPage(app.context, app.url);
  await loadMap(page, app.url);
  return { app, page, problems };
}

/**
 * The page's address once the app has written its last change to the history: the views take a
 * change at once and the history a frame later (src/state/use-url-state.ts), so this waits for the
 * next frame and the task after it.
 */
export async function urlOf(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page.url();
}
