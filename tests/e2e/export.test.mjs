import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { start, watchedPage } from "./harness.mjs";

const pngSize = (buf) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });
const SHOTS = process.env.EXPORT_SHOTS ?? tmpdir();

describe("export in Chromium", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start({ acceptDownloads: true });
    ({ page, problems } = await watchedPage(app.context, app.url));
    await page.goto(`${app.url}/?country=SEN`);
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.getByRole("group", { name: "Bar chart: top police contributors" }).waitFor();
  });
  after(async () => app?.close());

  async function save(scope, action, configure) {
    const menu = scope.getByRole("button", { name: /^Export/ });
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    if (configure) await configure(scope);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      scope.getByRole("button", { name: action }).click(),
    ]);
    const path = join(SHOTS, download.suggestedFilename());
    await download.saveAs(path);
    return { name: download.suggestedFilename(), buf: readFileSync(path), path };
  }

  for (const [label, selector, base] of [
    ["the map", "#map", "un-police-contributors-map-2024-06-30"],
    ["the contributors chart", "#contributors-chart", "un-police-top-contributors-2024-06-30"],
  ]) {
    it(`${label}: PNG at the exact preset size, SVG with title and source, CSV with rows`, async () => {
      const scope = page.locator(selector);
      const png = await save(scope, "Download PNG", (s) =>
        s.getByRole("radio", { name: "Social card, 1200 × 675" }).check(),
      );
      assert.equal(png.name, `${base}-1200x675.png`);
      assert.deepEqual(pngSize(png.buf), { width: 1200, height: 675 });

      const svg = await save(scope, "Download SVG");
      assert.equal(svg.name, `${base}.svg`);
      const text = svg.buf.toString("utf8");
      // Parses as XML, with the title, the source line and no external references.
      const ok = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, "image/svg+xml");
        return !doc.querySelector("parsererror") && doc.documentElement.nodeName === "svg";
      }, text);
      assert.ok(ok, "SVG parses as XML");
      assert.match(text, /<title>[^<]+<\/title>/);
      assert.match(text, /Source: UN Department of Peace Operations/);
      assert.match(text, /UN Police Atlas/);
      assert.doesNotMatch(text, /(href|src)="https?:/);

      const csv = await save(scope, "Download CSV");
      assert.equal(csv.name, `${base}.csv`);
      const lines = csv.buf
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      assert.match(
        lines[0],
        /^country,iso3,police_contributed,rank,tied,drawn_(on_map|in_chart),as_of,source$/,
      );
      assert.match(
        lines[1],
        /^Rwanda,RWA,1115,1,no,yes,2024-06-30,"UN Department of Peace Operations, monthly report ""Contribution/,
      );
    });
  }

  it("the map's export names the country selected on the map", async () => {
    const scope = page.locator("#map");
    assert.match((await save(scope, "Download SVG")).buf.toString("utf8"), /Selected: Senegal/);
    // Close the open menu first: it lies over part of the map, as it would for a visitor.
    await scope.getByRole("button", { name: /^Export/ }).click();
    await scope
      .getByRole("group", { name: /^World map/ })
      .getByRole("button", { name: /^Egypt, / })
      .click();
    await page.getByRole("region", { name: "Egypt" }).waitFor();
    const text = (await save(scope, "Download SVG")).buf.toString("utf8");
    assert.match(text, /Selected: Egypt/);
    assert.doesNotMatch(text, /Senegal is selected|Selected: Senegal/);
  });

  it("caps a huge custom width with a message", async () => {
    const scope = page.locator("#missions-chart");
    const png = await save(scope, "Download PNG", async (s) => {
      await s.getByRole("radio", { name: "Custom width" }).check();
      await s.getByRole("spinbutton").fill("50000");
    });
    // 4,000 px wide at most, and 16 megapixels at most (the chart is taller than wide in the
    // reading column, so the pixel cap can bring the width a little lower).
    const { width, height } = pngSize(png.buf);
    assert.ok(width <= 4000 && width >= 3000, `width ${width}`);
    assert.ok(width * height <= 16_000_000, `${width} × ${height}`);
    assert.match(await scope.getByRole("status").innerText(), /capped at 4,000 px/);
  });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

describe("the embed view", () => {
  let app;
  before(async () => {
    app = await start();
  });
  after(async () => app?.close());

  it("shows only the chosen chart with its title and source line, fluid to the frame", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.setViewportSize({ width: 600, height: 700 });
    await page.goto(`${app.url}/?embed=missions-chart`);
    await page.getByRole("group", { name: "Bar chart: missions by police strength" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "UN Police Atlas", level: 1 }).count(), 0);
    assert.equal(await page.locator("#contributors-chart").isVisible(), false);
    assert.match(await page.locator("#missions-chart").innerText(), /Source: UN Peace and Security Data Hub/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 600, `no horizontal scroll (${width})`);
    await page.goto(`${app.url}/?embed=map&country=RWA`);
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.locator("[aria-label^='World map:'] [data-highlight='RWA']").waitFor({ state: "attached" });
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
