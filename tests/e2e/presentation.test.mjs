import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { appReady, start, urlOf, watchedPage } from "./harness.mjs";

const stories = JSON.parse(readFileSync("public/data/stories.json", "utf8")).stories;
const TOTAL = stories.length + 3;

/** What each step must show, in order: overview, map, each story, ranking. */
const expected = [
  { label: "UN police in figures", check: (p) => p.getByRole("list", { name: "Headline figures" }) },
  { label: "The world map", check: (p) => p.locator(".presentation .map__frame") },
  ...stories.map((s, i) => ({
    label: `Story ${i + 1} of ${stories.length}: ${s.theme}`,
    check: (p) => p.getByRole("heading", { name: s.title }),
    story: s.id,
  })),
  {
    label: "Countries that contribute the most police",
    check: (p) => p.getByRole("group", { name: "Bar chart: top police contributors" }),
  },
];

async function expectStep(page, n) {
  const e = expected[n - 1];
  await page.locator(".presentation__progress").getByText(`${n} / ${TOTAL}`, { exact: true }).waitFor();
  const label = page.getByRole("heading", { level: 1 });
  assert.equal((await label.innerText()).trim(), e.label);
  await e.check(page).first().waitFor();
  const url = new URL(await urlOf(page));
  assert.equal(url.searchParams.get("step"), String(n));
  assert.equal(url.searchParams.get("story"), e.story ?? null);
}

describe("presentation mode by keyboard", () => {
  let app;
  before(async () => {
    app = await start({ viewport: { width: 1920, height: 1080 } });
  });
  after(async () => app?.close());

  it("enters with P, steps through every step, goes back, survives reload and leaves with Escape", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(app.url);
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    await appReady(page);
    await page.keyboard.press("p");
    await expectStep(page, 1);
    assert.equal(
      await page.getByRole("banner").getByText("UN Police Atlas").count(),
      0,
      "site header hidden",
    );

    // Large type: body text at least 24 px, the step label larger, the step number twice as large.
    const sizes = await page.evaluate(() => ({
      body: Number.parseFloat(getComputedStyle(document.body).fontSize),
      label: Number.parseFloat(getComputedStyle(document.querySelector("h1")).fontSize),
      progress: Number.parseFloat(
        getComputedStyle(document.querySelector(".presentation__progress")).fontSize,
      ),
    }));
    assert.ok(sizes.body >= 24, `body ${sizes.body}px`);
    assert.ok(sizes.label >= sizes.body * 1.5, `label ${sizes.label}px`);
    assert.ok(sizes.progress >= sizes.body * 2, `progress ${sizes.progress}px`);
    await page.screenshot({ path: "/tmp/shots-ui7/presentation-1-1920.png" });

    const keys = ["ArrowRight", "Space", "PageDown"];
    for (let n = 2; n <= TOTAL; n++) {
      await page.keyboard.press(keys[n % keys.length]);
      await expectStep(page, n);
      if (n === 3 || n === TOTAL)
        await page.screenshot({ path: `/tmp/shots-ui7/presentation-${n}-1920.png` });
    }
    // Past the end stays on the last step.
    await page.keyboard.press("ArrowRight");
    await expectStep(page, TOTAL);

    await page.keyboard.press("ArrowLeft");
    await expectStep(page, TOTAL - 1);
    await page.keyboard.press("PageUp");
    await expectStep(page, TOTAL - 2);
    await page.keyboard.press("Shift+Space");
    await expectStep(page, TOTAL - 3);

    await urlOf(page);

    await page.reload();
    await expectStep(page, TOTAL - 3);

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    await appReady(page);
    assert.equal(new URL(await urlOf(page)).searchParams.get("step"), null);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it("has visible buttons for everything (no hover, no keys needed) and Back leaves", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?measure=hosted`);
    // A link with a query is drawn afresh once the app has started: until then the page shows the
    // pre-rendered default view, whose buttons do nothing yet.
    await appReady(page);
    await page.getByRole("button", { name: "Presentation mode" }).click();
    await expectStep(page, 1);
    await page.getByRole("button", { name: "Next" }).click();
    await expectStep(page, 2);
    // The map step is a slide: the map of the measure in the link (named by its heading), with no
    // switches, slider, export menu or search.
    await page.getByRole("heading", { level: 2, name: "Where UN police serve" }).waitFor();
    await page.locator('.presentation [data-map-ready="true"]').waitFor();
    assert.equal(await page.getByRole("radio").count(), 0);
    assert.equal(await page.getByRole("slider").count(), 0);
    assert.equal(await page.getByRole("button", { name: /^Export/ }).count(), 0);
    assert.equal(await page.getByRole("combobox", { name: "Find a country" }).count(), 0);
    await page.getByRole("button", { name: "Previous" }).click();
    await expectStep(page, 1);
    await page.getByRole("button", { name: "Leave presentation" }).click();
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    await appReady(page);
    // Enter again, step, then Back: returns to the page as it was before presenting.
    await page.getByRole("button", { name: "Presentation mode" }).click();
    await page.keyboard.press("ArrowRight");
    await expectStep(page, 2);
    await urlOf(page);
    await page.goBack();
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    await appReady(page);
    assert.equal(new URL(await urlOf(page)).search, "?measure=hosted");
  });

  /** Waits until every element matching `selector` is at least `min` px tall; returns the heights. */
  async function heightsAtLeast(page, selector, min, count) {
    const read = () =>
      page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    // The sizes follow measurements made after layout: poll instead of guessing a delay.
    await page
      .waitForFunction(
        ([sel, m, n]) => {
          const hs = [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect().height);
          return hs.length >= n && hs.every((h) => h >= m);
        },
        [selector, min, count],
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    return read();
  }

  it("draws the map's mission labels large enough to read from the back of a room", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?step=2`);
    await page.locator('.presentation [data-map-ready="true"]').waitFor();
    const heights = await heightsAtLeast(page, ".map__marker text", 24, 5);
    assert.ok(heights.length >= 5, `${heights.length} labels`);
    // Root type is 43.2 px at 1920 px: labels at least 9/16 of it (the page's 9 px at 16 px).
    for (const h of heights) assert.ok(h >= 24, `a label ${h.toFixed(1)} px tall`);
  });

  it("draws the ranking's names and values in projector type", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?step=${TOTAL}`);
    await page.getByRole("group", { name: "Bar chart: top police contributors" }).waitFor();
    const sizes = await heightsAtLeast(page, ".presentation .bars__name, .presentation .bars__value", 24, 20);
    assert.ok(sizes.length >= 20, `${sizes.length} names and values`);
    // 13 px type on the page; at 1920 px presentation mode's root type is about 2.2 times larger.
    for (const h of sizes) assert.ok(h >= 24, `a bar label ${h.toFixed(1)} px tall`);
  });

  it("ignores P while typing in a text field", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(app.url);
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    await appReady(page);
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.setAttribute("aria-label", "test field");
      document.querySelector("main")?.prepend(input);
    });
    await page.getByLabel("test field").pressSequentially("police");
    assert.equal(new URL(await urlOf(page)).searchParams.get("step"), null);
    assert.ok(await page.getByRole("button", { name: "Presentation mode" }).isVisible());
  });

  it("keeps presentation code out of the initial chunk", async () => {
    const { page } = await watchedPage(app.context, app.url);
    const loaded = [];
    page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(app.url);
    await page.getByRole("list", { name: "Headline figures" }).waitFor();
    await appReady(page);
    assert.ok(!loaded.some((p) => /Presentation/.test(p)), loaded.join(", "));
    await page.keyboard.press("p");
    await expectStep(page, 1);
    assert.ok(loaded.some((p) => /Presentation-.*\.js$/.test(p)));
  });
});
