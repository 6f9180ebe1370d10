// Issue #26: the pre-rendered default view runs no code of ours until the visitor shows a sign of
// use, or a section only the app draws comes into view (src/head.js). A tap before then is held
// and given to its control once the app answers: never lost, and the page says it is starting.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { start, urlOf, watchedPage } from "./harness.mjs";

const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

/** Whether any of the app's code has been requested, and whether the app answers. */
const state = (page) =>
  page.evaluate(() => ({
    code: performance.getEntriesByType("resource").filter((e) => e.name.includes("/assets/")).length,
    ready: document.documentElement.hasAttribute("data-app-ready"),
  }));

describe("the app starts at first use", () => {
  const open = [];
  after(async () => Promise.all(open.map((a) => a.close())));

  async function visit(options, path = "/") {
    const app = await start(options);
    open.push(app);
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}${path}`);
    await page.waitForLoadState("load");
    return { page, problems };
  }

  it("on a phone, a page only looked at runs no code; a tap before the app runs is given to its control", async () => {
    const { page, problems } = await visit(PHONE);
    await page.locator('[data-map-ready="true"] svg').waitFor();
    await page.waitForTimeout(1500);
    assert.deepEqual(await state(page), { code: 0, ready: false });
    // The map and the first view's figures are there as HTML.
    assert.match(
      await page.getByRole("heading", { name: "Where UN police come from" }).innerText(),
      /come from/,
    );

    await page.getByRole("radio", { name: "Police hosted" }).tap();
    assert.match(
      await page.getByRole("status").filter({ hasText: "Starting" }).innerText(),
      /Starting the interactive atlas/,
    );
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await page.getByRole("heading", { name: "Where UN police serve" }).waitFor();
    assert.match(await urlOf(page), /\?measure=hosted$/);
    assert.equal(await page.getByRole("radio", { name: "Police hosted" }).isChecked(), true);
    assert.equal(await page.locator(".boot-status").innerText(), "");
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });

  it("on a phone, scrolling to read starts the app, which then draws the sections below the map", async () => {
    const { page } = await visit(PHONE);
    await page.waitForTimeout(1000);
    assert.equal((await state(page)).code, 0);
    await page.mouse.wheel(0, 600);
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await page.getByRole("group", { name: "Bar chart: top police contributors" }).waitFor();
  });

  it("on a laptop, whose first screen shows a section only the app draws, it starts without input", async () => {
    const { page } = await visit({});
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await page.getByRole("group", { name: "Bar chart: top police contributors" }).waitFor();
  });

  it("says so when the app's code cannot be fetched, and the page stays as it was", async () => {
    const { readdirSync } = await import("node:fs");
    const dist = process.env.ATLAS_DIST ?? "dist";
    const reactDom = readdirSync(`${dist}/assets`).find((f) => /^react-dom-.*\.js$/.test(f));
    assert.ok(reactDom, "the build has a react-dom chunk");
    const app = await start({ ...PHONE, faults: { [`/assets/${reactDom}`]: { status: 404 } } });
    open.push(app);
    const page = app.context.pages()[0] ?? (await app.context.newPage());
    await page.goto(app.url, { waitUntil: "load" });
    await page.getByRole("radio", { name: "Police hosted" }).tap();
    await page.getByRole("status").filter({ hasText: "could not start" }).waitFor();
    assert.equal(await page.getByRole("radio", { name: "Police contributed" }).isChecked(), true);
    assert.match(await page.getByRole("heading", { level: 2 }).first().innerText(), /come from/);
  });

  it("a link to another view starts the app without input and draws that view", async () => {
    const { page } = await visit(PHONE, "/?measure=hosted");
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await page.getByRole("heading", { name: "Where UN police serve" }).waitFor();
  });
});
