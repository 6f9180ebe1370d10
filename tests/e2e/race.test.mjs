// Issue 24, point 8 in Chromium: the rankings as a bar chart race. When the year changes, a
// country's bar slides from its old rank to its new one (sampled frame by frame), its place at the
// end is its new rank's; under reduced motion it is there on the first frame; and the rankings'
// live region then names the new top five, once.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { appReady, start, urlOf, watchedPage } from "./harness.mjs";

const CHART = "Bar chart: top police contributors";
const FROM = 2010;

/** Opens ?year=Y and waits for the hydrated app and the drawn bars. */
async function open(page, url, year) {
  await page.goto(`${url}/?year=${year}`);
  await appReady(page);
  await page.getByRole("group", { name: CHART }).getByRole("button").first().waitFor();
}

/** The countries' codes in rank order, and each bar's top relative to the chart's top. */
const places = (page) =>
  page.evaluate((name) => {
    const group = document.querySelector(`[role="group"][aria-label="${name}"]`);
    const top = group.querySelector("svg").getBoundingClientRect().y;
    return [...group.querySelectorAll('[role="button"][data-key]')].map((b) => ({
      key: b.getAttribute("data-key"),
      y: b.getBoundingClientRect().y - top,
    }));
  }, CHART);

/**
 * Changes the year through the URL (as Back and Forward do: the app follows popstate), then reads
 * the bar of `key` on every animation frame for 1.5 s: its top relative to the chart's, before
 * the change first.
 */
const switchAndSample = (page, year, key) =>
  page.evaluate(
    async ({ name, year, key }) => {
      const group = document.querySelector(`[role="group"][aria-label="${name}"]`);
      const y = () => {
        const top = group.querySelector("svg").getBoundingClientRect().y;
        return group.querySelector(`[data-key="${key}"]`).getBoundingClientRect().y - top;
      };
      const out = [y()];
      history.pushState(null, "", `?year=${year}`);
      dispatchEvent(new PopStateEvent("popstate"));
      const t0 = performance.now();
      while (performance.now() - t0 < 1500) {
        await new Promise((r) => requestAnimationFrame(r));
        out.push(y());
      }
      return out;
    },
    { name: CHART, year, key },
  );

/** A year whose top ten shares a country with FROM's at another rank, that country, and its places. */
async function aRace(page, url) {
  await open(page, url, FROM);
  const before = await places(page);
  for (const year of [2016, 2020, 2013, 2024]) {
    await open(page, url, year);
    const after = await places(page);
    const moved = before
      .map((b, i) => ({ key: b.key, from: i, to: after.findIndex((a) => a.key === b.key) }))
      .filter((m) => m.to >= 0 && Math.abs(m.to - m.from) >= 2)
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))[0];
    if (moved) {
      const atRest = after[moved.to].y;
      await open(page, url, FROM);
      return { year, key: moved.key, from: before[moved.from].y, to: atRest };
    }
  }
  throw new Error("no year reorders the 2010 top ten");
}

const near = (a, b) => Math.abs(a - b) < 0.75;

describe("rankings as a bar chart race", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start();
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  it("slides a country's bar from its old rank through the places between to its new one", async () => {
    const race = await aRace(page, app.url);
    const ys = await switchAndSample(page, race.year, race.key);
    assert.ok(near(ys[0], race.from), `starts at ${race.from}, was at ${ys[0]}`);
    assert.ok(near(ys.at(-1), race.to), `ends at its rank in ${race.year}: ${race.to}, is at ${ys.at(-1)}`);
    const lo = Math.min(race.from, race.to);
    const hi = Math.max(race.from, race.to);
    const between = ys.filter((y) => y > lo + 1 && y < hi - 1);
    assert.ok(
      between.length >= 3,
      `${between.length} frames between ${race.from} and ${race.to}: ${ys.join(" ")}`,
    );
    // The way there only ever heads for the new place (no jump back, no overshoot).
    const dir = Math.sign(race.to - race.from);
    for (let i = 1; i < ys.length; i++)
      assert.ok((ys[i] - ys[i - 1]) * dir >= -0.5, `frame ${i}: ${ys.join(" ")}`);
  });

  it("then names the new top five in the rankings' live region, once the change has settled", async () => {
    const region = page.getByTestId("rankings-announcer");
    assert.equal(await region.getAttribute("aria-live"), "polite");
    const year = new URL(await urlOf(page)).searchParams.get("year");
    await page.waitForFunction(
      (y) =>
        document
          .querySelector('[data-testid="rankings-announcer"]')
          ?.textContent?.startsWith(`December ${y}, top five`),
      year,
    );
    const text = await region.textContent();
    const first = await page
      .getByRole("group", { name: CHART })
      .getByRole("button")
      .first()
      .getAttribute("aria-label");
    const [name, , officers] = first.split(", ");
    assert.ok(text.includes(`: ${name} ${officers.replace(/ officers?$/, "")};`), `${text} / ${first}`);
    assert.equal(text.split(";").length, 5);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});

describe("rankings under reduced motion", () => {
  let app;
  let page;
  before(async () => {
    app = await start({ reducedMotion: "reduce" });
    ({ page } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  it("puts the bar at its new place on the first frame it moves, with no frame between", async () => {
    const race = await aRace(page, app.url);
    const ys = await switchAndSample(page, race.year, race.key);
    assert.ok(near(ys[0], race.from));
    assert.ok(near(ys.at(-1), race.to));
    assert.deepEqual(
      ys.filter((y) => !near(y, race.from) && !near(y, race.to)),
      [],
      `frames between: ${ys.join(" ")}`,
    );
    // The same change back, once the visitor no longer asks for less motion, is a slide again:
    // it was the preference (followed live) that kept the bars still.
    await page.emulateMedia({ reducedMotion: "no-preference" });
    const back = await switchAndSample(page, FROM, race.key);
    assert.ok(near(back.at(-1), race.from));
    const lo = Math.min(race.from, race.to);
    const hi = Math.max(race.from, race.to);
    assert.ok(back.filter((y) => y > lo + 1 && y < hi - 1).length >= 3, `frames: ${back.join(" ")}`);
  });
});
