// Issue 24, points 2 and 3, in Chromium: one scene. The first screen states the finding beside the
// map and its date; choosing a story, a country or a date never moves the map out of view, and the
// chosen thing comes on screen with it (a phone's tap too).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadMap, start, urlOf, watchedPage } from "./harness.mjs";

/** Waits (up to 3 s: the page may still be scrolling) until the element is on screen. */
const cameIntoView = (locator) =>
  locator
    .evaluate(
      (el) =>
        new Promise((done) => {
          const t0 = performance.now();
          const check = () => {
            const r = el.getBoundingClientRect();
            if (r.top >= 0 && r.bottom <= innerHeight) return done(true);
            if (performance.now() - t0 > 3000) return done(false);
            requestAnimationFrame(check);
          };
          check();
        }),
    )
    .then(() => undefined);

/** Waits until the page has not scrolled for five frames; returns where it stopped. */
const scrollSettled = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        let last = scrollY;
        let still = 0;
        const check = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) done(scrollY);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );

/** The part of an element's box inside the window, as a share of the box (0 to 1). */
const inView = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return r.width * r.height ? (w * h) / (r.width * r.height) : 0;
  });

const map = (page) => page.getByRole("group", { name: /^World map:/ });
const date = (page) => page.locator("#map .time-control__day");
const finding = (page) =>
  page.getByText(/^On 30 June 2024, 6,238 UN police officers served in 11 operations/);

for (const [name, options] of [
  ["laptop 1366 × 900", { viewport: { width: 1366, height: 900 } }],
  ["projector 1920 × 1080", { viewport: { width: 1920, height: 1080 } }],
  ["phone 390 × 844, touch", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
]) {
  describe(`one scene, ${name}`, () => {
    let app;
    let page;
    let problems;
    before(async () => {
      app = await start(options);
      ({ page, problems } = await watchedPage(app.context, app.url));
    });
    after(async () => app?.close());

    it("the first screen holds the map, the date, the finding and the headline figures", async () => {
      await loadMap(page, app.url);
      assert.ok((await inView(map(page))) > 0.95, "map in view");
      assert.ok((await inView(date(page))) > 0.99, "date in view");
      assert.ok((await inView(finding(page))) > 0.99, "finding in view");
      assert.ok(
        (await inView(page.getByRole("list", { name: "Headline figures" }))) > 0.99,
        "figures in view",
      );
    });

    it("a story chosen far down the column: the map stays in view with its card, the country is cleared", async () => {
      await loadMap(page, `${app.url}/?country=BGD`);
      await page.getByRole("region", { name: "Bangladesh" }).waitFor();
      const story = page
        .getByRole("list", { name: "The five stories" })
        .getByRole("button", { name: /Liberia/ });
      await story.scrollIntoViewIfNeeded();
      await story.click();
      await page.waitForFunction(
        () => new URLSearchParams(location.search).get("story") === "liberia-public-trust",
      );
      const card = page.locator(".story-card");
      await card.waitFor();
      await cameIntoView(card.getByRole("heading").first());
      await page.waitForTimeout(300);
      assert.ok((await inView(map(page))) > 0.9, "map still in view");
      assert.ok((await inView(date(page))) > 0.99, "date still in view");
      assert.ok((await inView(card.getByRole("heading").first())) > 0.99, "the story's card is on screen");
      assert.equal(new URL(await urlOf(page)).searchParams.get("country"), null, "the country is cleared");
      assert.equal(await page.getByRole("region", { name: "Bangladesh" }).count(), 0);
      assert.equal(await date(page).innerText(), "31 December 2007");
    });

    it("a tap or click on a country shows its figures on screen at once, with the map", async () => {
      await loadMap(page, app.url);
      // Read the page first, as a visitor would: the column scrolls under the pinned map.
      await page.mouse.wheel(0, 900);
      await page.waitForTimeout(300);
      const india = map(page).locator('[data-key="IND"]');
      if (options.hasTouch) await india.tap({ force: true });
      else await india.click({ force: true });
      const panel = page.getByRole("region", { name: "India" });
      await panel.waitFor();
      await cameIntoView(panel.getByRole("heading", { name: "India" }));
      await page.waitForTimeout(300);
      assert.ok(
        (await inView(panel.getByRole("heading", { name: "India" }))) > 0.99,
        "panel heading on screen",
      );
      assert.ok((await inView(map(page))) > 0.9, "map still in view");
    });

    it("a reader who scrolls away from a new selection's panel is left where they scrolled", async () => {
      await loadMap(page, app.url);
      // A first selection loads the panel's code; the second one's panel then arrives at once. Two
      // large countries, far from the mission dots and from India's flows, so a tap lands on them.
      for (const [key, name] of [
        ["IND", "India"],
        ["BRA", "Brazil"],
      ]) {
        const country = map(page).locator(`[data-key="${key}"]`);
        if (options.hasTouch) await country.tap({ force: true });
        else await country.click({ force: true });
        // Its panel brought into view, and that scroll over: a tap during a scroll only stops it.
        await cameIntoView(page.getByRole("region", { name }).getByRole("heading", { name }));
        await scrollSettled(page);
      }
      // At once, while the page still watches the panel (about a second and a half): read on below.
      const y0 = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 700);
      await page.waitForFunction((y) => scrollY > y, y0);
      const whereTheReaderGot = await page.evaluate(() => scrollY);
      await page.waitForTimeout(2000);
      // Still at least as far down as the wheel took the page (a wheel may glide on; never back up).
      const after = await scrollSettled(page);
      assert.ok(
        after >= whereTheReaderGot - 2,
        `the page scrolled back up to the panel: ${whereTheReaderGot} to ${after}`,
      );
      assert.ok((await inView(map(page))) > 0.9, "map still in view");
    });

    it("a date change never moves the map", async () => {
      await loadMap(page, app.url);
      const before = await map(page).boundingBox();
      const slider = page.getByRole("slider", { name: "Date" });
      await slider.focus();
      await page.keyboard.press("Home");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("year") === "2007");
      await page.getByText(/^In December 2007, 11,077 UN police officers/).waitFor();
      assert.deepEqual(await map(page).boundingBox(), before);
    });

    it("logged no errors", () => {
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.consoleErrors, []);
    });
  });
}
