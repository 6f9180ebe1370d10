// Issues 19 and 24 in Chromium: the date shown (?year=YYYY for a December 2007–2023, ?date= for the
// 2024 reports) on the map, its tooltip, the country panel and the rankings; the one time control and Play/Pause; deep links at three widths; the
// 2014 gap; a story's year; the report-date switch; offline; axe; and the year in the export name.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { appReady, start, urlOf, watchedPage } from "./harness.mjs";

/** The URL's ?year=, or null. */
const yearOf = async (page) => new URL(await urlOf(page)).searchParams.get("year");

/** Waits until the URL's ?year= is `year` (null: no year). */
const waitYear = (page, year, timeout = 5_000) =>
  page.waitForFunction(
    (y) => new URLSearchParams(location.search).get("year") === y,
    year == null ? null : String(year),
    {
      timeout,
    },
  );

/** Opens `query` and waits for the hydrated app and the drawn map. */
async function open(page, url, query = "") {
  await page.goto(`${url}/${query}`);
  await appReady(page);
  await page.locator('[data-map-ready="true"]').waitFor();
}

const mapSection = (page) => page.locator("#map");
const worldMap = (page) => page.getByRole("group", { name: /^World map:/ });
const legendFor = (page, date) =>
  mapSection(page).getByText(`Police officers contributed, ${date}`, { exact: true }).first();

function noErrors(problems) {
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
}

describe("years: scrubbing, Play and Pause, stories and the report date", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start();
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  const scrubber = () => mapSection(page).getByRole("slider", { name: "Date", exact: true });
  const playButton = () => mapSection(page).getByRole("button", { name: /^(Play|Pause)/ });

  it("has one time control: every December and both 2024 reports on one scrubber, by keyboard", async () => {
    await open(page, app.url, "?year=2010");
    assert.equal(await page.getByRole("slider").count(), 1, "one slider on the page");
    assert.equal(await page.getByRole("button", { name: /^(Play|Pause)/ }).count(), 1, "one Play");
    assert.equal(await page.getByRole("radio", { name: /June 2024|December 2024/ }).count(), 0);
    const slider = scrubber();
    assert.equal(await slider.getAttribute("aria-valuetext"), "31 December 2010");
    await legendFor(page, "31 December 2010").waitFor();

    const historyBefore = await page.evaluate(() => history.length);
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await waitYear(page, 2009);
    await legendFor(page, "31 December 2009").waitFor();
    assert.equal(await slider.getAttribute("aria-valuetext"), "31 December 2009");

    await page.keyboard.press("Home");
    await waitYear(page, 2007);
    await legendFor(page, "31 December 2007").waitFor();

    // The end of the scale is the 31 December 2024 report, written one way in the URL.
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.search === "?date=2024-12-31");
    await legendFor(page, "31 December 2024").waitFor();
    // One step back is the 30 June 2024 report: the default, no key in the URL.
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => location.search === "");
    await legendFor(page, "30 June 2024").waitFor();
    assert.equal(await slider.getAttribute("aria-valuetext"), "30 June 2024");
    // A scrub is one step in history, not one per date passed.
    assert.ok(
      (await page.evaluate(() => history.length)) <= historyBefore + 4,
      "date steps mostly replace history",
    );
  });

  it("says the date large, and the headline figures and the finding follow it", async () => {
    await open(page, app.url);
    const date = mapSection(page).locator(".time-control__day");
    assert.equal(await date.innerText(), "30 June 2024");
    const figures = page.getByRole("list", { name: "Headline figures" });
    assert.match(await figures.innerText(), /6,238/);
    await scrubber().focus();
    await page.keyboard.press("ArrowLeft");
    await waitYear(page, 2023);
    await page.getByText(/^In December 2023, 6,566 UN police officers/).waitFor();
    assert.equal(await date.innerText(), "31 December 2023");
    assert.match(await figures.innerText(), /6,566/);
    const size = await date.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 24, `the date is ${size}px`);

    // The timeline has no slider of its own: a click on its first year chooses 2007.
    await page.locator("#timeline-chart .tl-hit").first().click();
    await waitYear(page, 2007);
    await legendFor(page, "31 December 2007").waitFor();
    assert.equal(await scrubber().getAttribute("aria-valuetext"), "31 December 2007");
  });

  it("old links keep working: ?year=2024 is the 31 December 2024 report", async () => {
    await open(page, app.url, "?year=2024");
    await legendFor(page, "31 December 2024").waitFor();
    assert.equal(await scrubber().getAttribute("aria-valuetext"), "31 December 2024");
    await open(page, app.url, "?date=2024-12-31&year=2012");
    await legendFor(page, "31 December 2012").waitFor();
  });

  it("plays from 2022 through both 2024 reports and stops, with the button back to Play", async () => {
    await open(page, app.url, "?year=2022");
    const play = playButton();
    assert.match(await play.innerText(), /Play/);
    assert.equal(await play.getAttribute("aria-pressed"), "false");
    await play.click();
    assert.match(await play.innerText(), /Pause/);
    assert.equal(await play.getAttribute("aria-pressed"), "true");
    await waitYear(page, 2023, 3_000);
    await legendFor(page, "31 December 2023").waitFor();
    await legendFor(page, "30 June 2024").waitFor({ timeout: 3_000 });
    await legendFor(page, "31 December 2024").waitFor({ timeout: 3_000 });
    await page.waitForFunction(
      () => document.querySelector("#map .time-control__play")?.getAttribute("aria-pressed") === "false",
      null,
      { timeout: 3_000 },
    );
    assert.match(await play.innerText(), /Play/);
    await page.waitForTimeout(1_200);
    assert.equal(new URL(await urlOf(page)).search, "?date=2024-12-31", "stays at the last date");
  });

  it("Pause stops the stepping", async () => {
    await open(page, app.url, "?year=2010");
    const play = mapSection(page).getByRole("button", { name: /^(Play|Pause)/ });
    await play.click();
    await waitYear(page, 2011, 3_000);
    await mapSection(page)
      .getByRole("button", { name: /^Pause/ })
      .click();
    assert.equal(await play.getAttribute("aria-pressed"), "false");
    assert.match(await play.innerText(), /Play/);
    const paused = await yearOf(page);
    await page.waitForTimeout(2_000);
    assert.equal(await yearOf(page), paused, "no step after Pause");
  });

  it("the Liberia story sets the year to 2007 and the map shows UNMIL and India's figure", async () => {
    await open(page, app.url);
    const stories = page.getByRole("list", { name: "The five stories" });
    await stories.getByRole("button", { name: /Liberia/ }).click();
    await waitYear(page, 2007);
    await legendFor(page, "31 December 2007").waitFor();
    await worldMap(page).locator('[data-key="m:UNMIL"]').waitFor({ state: "attached" });
    const india = worldMap(page).getByRole("button", { name: /^India, / });
    assert.match(await india.getAttribute("aria-label"), /^India, \d[\d,]* police officers contributed/);
    assert.match(await india.getAttribute("aria-label"), /As of 31 December 2007$/);
  });

  it("hovering a country after the history has loaded shows a small line in the tooltip", async () => {
    const loaded = page.waitForResponse((r) => r.url().endsWith("/data/history.json"), { timeout: 10_000 });
    await open(page, app.url);
    await loaded;
    await worldMap(page).locator('[data-key="BGD"]').hover({ force: true });
    const tip = page.getByRole("tooltip");
    await tip.locator("svg.sparkline").waitFor();
    assert.match(await tip.innerText(), /Bangladesh/);
    assert.match(await tip.innerText(), /Each December 2007–2024; no data 2014/);
  });

  it("logged no errors", () => noErrors(problems));
});

describe("years: Play with reduced motion", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start({ reducedMotion: "reduce" });
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  it("still steps, one date every 1350 ms, and stops at 31 December 2024", async () => {
    await open(page, app.url, "?year=2022");
    assert.equal(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches), true);
    const play = mapSection(page).getByRole("button", { name: /^(Play|Pause)/ });
    const t0 = Date.now();
    await play.click();
    await waitYear(page, 2023, 4_000);
    const first = Date.now() - t0;
    assert.ok(first >= 1_000, `first step after ${first} ms`);
    await page.waitForFunction(() => location.search === "?date=2024-12-31", null, { timeout: 6_000 });
    await page.waitForFunction(
      () => document.querySelector("#map .time-control__play")?.getAttribute("aria-pressed") === "false",
      null,
      { timeout: 3_000 },
    );
    assert.match(await play.innerText(), /Play/);
    noErrors(problems);
  });
});

describe("years: a deep link to 2010 and Bangladesh", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start();
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  for (const width of [390, 1366, 1920]) {
    it(`at ${width} px: the panel's figures, its line and table, and no horizontal scroll`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, app.url, "?year=2010&country=BGD");
      await legendFor(page, "31 December 2010").waitFor();
      const button = worldMap(page).getByRole("button", { name: /^Bangladesh, / });
      assert.equal(
        await button.getAttribute("aria-label"),
        "Bangladesh, 1,862 police officers contributed, 2nd of 85 contributing countries, As of 31 December 2010",
      );

      const panel = page.getByRole("region", { name: "Bangladesh" });
      await panel.waitFor();
      await panel.getByText("1,862 officers, 2nd of 85 contributing countries").waitFor();
      await panel.getByRole("heading", { name: "Police contributed each December, 2007–2024" }).waitFor();
      assert.equal(await panel.locator("svg.sparkline").count(), 1);

      const summary = panel.getByText("The figures by year: individual officers, formed units, women");
      await summary.click();
      const table = panel.getByRole("table");
      await table.waitFor();
      const row = (y) => table.getByRole("row", { name: new RegExp(`^${y}\\b`) });
      assert.match(await row(2010).innerText(), /^2010\s+1,862\s+192\s+1,670\s+139$/);
      assert.equal(await row(2010).getAttribute("aria-current"), "true");
      assert.match(await row(2014).innerText(), /^2014\s+no data/);

      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      assert.ok(scroll <= inner, `no horizontal scroll (${scroll} > ${inner})`);
    });
  }

  it("the rankings show 2010 too", async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, app.url, "?year=2010");
    const chart = page.getByRole("group", { name: "Bar chart: top police contributors" });
    await chart.getByRole("button", { name: "Jordan, 1st, 1,902 officers" }).waitFor();
    await chart.getByRole("button", { name: "Bangladesh, 2nd, 1,862 officers" }).waitFor();
  });

  it("logged no errors", () => noErrors(problems));
});

describe("years: 2014, a year without figures by country", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start();
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  it("says so above the map, hatches every country, and the rankings say so; missions keep markers", async () => {
    await open(page, app.url, "?year=2014");
    const note = mapSection(page)
      .getByRole("note")
      .filter({ hasText: /^No data for this year\./ });
    await note.waitFor();
    const fills = await worldMap(page)
      .locator(".map__countries path")
      .evaluateAll((els) => els.map((e) => e.getAttribute("fill")));
    assert.ok(fills.length > 150, `${fills.length} shapes`);
    const notHatched = fills.filter((f) => !/^url\(#hatch-/.test(f ?? ""));
    assert.deepEqual(notHatched, [], "every shape is hatched");
    assert.ok((await worldMap(page).locator(".map__marker").count()) >= 5, "mission markers drawn");

    const contributors = page.locator("#contributors-chart");
    await contributors
      .getByText(/No data for this year\./)
      .first()
      .waitFor();
  });

  it("logged no errors", () => noErrors(problems));
});

describe("years: offline after the first visit", () => {
  let app;
  before(async () => {
    app = await start();
  });
  after(async () => app?.close());

  it("draws 2010 from the cache with the network off", async () => {
    const { page, problems } = await watchedPage(app.context, app.url, {
      allowConsole: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/],
    });
    await open(page, app.url);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${app.url}/`);
    await page.waitForFunction(
      async () => {
        for (const name of await caches.keys())
          for (const req of await (await caches.open(name)).keys())
            if (new URL(req.url).pathname === "/data/history.json") return true;
        return false;
      },
      null,
      { timeout: 10_000, polling: 250 },
    );
    await app.context.setOffline(true);
    try {
      await open(page, app.url, "?year=2010");
      await legendFor(page, "31 December 2010").waitFor({ timeout: 10_000 });
      const button = worldMap(page).getByRole("button", { name: /^Bangladesh, / });
      assert.match(
        await button.getAttribute("aria-label"),
        /^Bangladesh, 1,862 police officers contributed, 2nd of 85 contributing countries/,
      );
      await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0, null, {
        timeout: 10_000,
      });
      assert.equal(await page.getByRole("alert").count(), 0);
    } finally {
      await app.context.setOffline(false);
    }
    assert.deepEqual(problems.pageErrors, []);
  });
});

describe("years: accessibility and export", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start({ acceptDownloads: true });
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  it("axe-core finds no violations on ?year=2010&country=BGD", async () => {
    await open(page, app.url, "?year=2010&country=BGD");
    await page.getByRole("region", { name: "Bangladesh" }).locator("svg.sparkline").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0, null, {
      timeout: 10_000,
    });
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.equal(
      violations.length,
      0,
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n"),
    );
  });

  it("the map's CSV carries the year's date in its name and rows", async () => {
    await open(page, app.url, "?year=2010");
    const scope = mapSection(page);
    await legendFor(page, "31 December 2010").waitFor();
    await scope.getByRole("button", { name: /^Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      scope.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const name = download.suggestedFilename();
    assert.match(name, /2010-12-31/);
    assert.equal(name, "un-police-contributors-map-2010-12-31.csv");
    const lines = readFileSync(await download.path(), "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    assert.match(lines[0], /^country,iso3,police_contributed,rank,tied,drawn_on_map,as_of,source$/);
    assert.match(lines[1], /^Jordan,JOR,1902,1,no,yes,2010-12-31,/);
  });

  it("logged no errors", () => noErrors(problems));
});
