// The five stories in Chromium: stepped by keyboard, with the URL, the card and (when the map marks
// them) the highlighted countries following.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { start, urlOf, watchedPage } from "./harness.mjs";

const dist = process.env.ATLAS_DIST ?? "dist";
const { stories } = JSON.parse(readFileSync(join(dist, "data", "stories.json"), "utf8"));
const { rows: countries } = JSON.parse(readFileSync(join(dist, "data", "countries.json"), "utf8"));
const nameOf = (iso3) => countries.find((c) => c.iso3 === iso3)?.name ?? iso3;

describe("stories: stepping by keyboard", () => {
  let app;
  before(async () => {
    app = await start();
  });
  after(async () => app?.close());

  it("walks all five stories with the arrow keys; card, position, URL and map follow", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(app.url);
    const area = page.getByRole("region", { name: "Stories", exact: true });
    await area.waitFor();
    await area.focus();
    for (const [i, story] of stories.entries()) {
      await page.keyboard.press("ArrowRight");
      await area.getByText(`Story ${i + 1} of ${stories.length}`, { exact: true }).waitFor();
      const heading = area.getByRole("article").getByRole("heading", { level: 3 });
      assert.equal(await heading.innerText(), story.title);
      assert.equal(new URL(await urlOf(page)).searchParams.get("story"), story.id);

      // The map highlights the story's host and contributing countries (data-highlight = ISO code).
      // It follows the card in the render after (a deferred value), so give it up to 3 s.
      const want = [story.host, ...story.contributors].sort();
      const marks = () =>
        page
          .locator("[aria-label^='World map:'] [data-highlight]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-highlight")).sort());
      let marked = await marks();
      for (let t = 0; t < 30 && marked.join() !== want.join(); t++) {
        await page.waitForTimeout(100);
        marked = await marks();
      }
      assert.deepEqual(marked, want, `map marks ${nameOf(story.host)}`);
    }
    // One more step stays on the last story.
    await page.keyboard.press("ArrowRight");
    await area.getByText(`Story ${stories.length} of ${stories.length}`, { exact: true }).waitFor();
    // Back undoes the last choice (each story is a history entry).
    await urlOf(page);
    await page.goBack();
    await area.getByText(`Story ${stories.length - 1} of ${stories.length}`, { exact: true }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it("opens a deep link, chooses a story from the timeline with Enter, and a year by a click on the timeline", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?story=liberia-public-trust`);
    const area = page.getByRole("region", { name: "Stories", exact: true });
    await area.getByText("Story 4 of 5", { exact: true }).waitFor();
    const quote = area.locator("figure blockquote");
    assert.match(await quote.innerText(), /emulate you/);

    const marker = page.getByRole("button", { name: /^Story 1: South Sudan/ });
    await marker.focus();
    await page.keyboard.press("Enter");
    await area.getByText("Story 1 of 5", { exact: true }).waitFor();
    assert.equal(new URL(await urlOf(page)).searchParams.get("story"), stories[0].id);

    // The timeline has no slider or Play of its own (the page has one time control); a click on a
    // year of the timeline chooses it, replacing the history entry.
    const timeline = page.locator("#timeline-chart");
    assert.equal(await page.locator(".panel--stories").getByRole("slider").count(), 0);
    assert.equal(
      await page
        .locator(".panel--stories")
        .getByRole("button", { name: /^(Play|Pause)/ })
        .count(),
      0,
    );
    const historyBefore = await page.evaluate(() => history.length);
    await timeline.locator(".tl-hit").nth(1).click();
    await page.waitForURL(/year=2008/);
    assert.equal(await page.evaluate(() => history.length), historyBefore, "a year chosen replaces history");
    // The readout and the mark follow in a deferred render: wait for them.
    await timeline.locator(".tl-tick--on", { hasText: /2008|’08/ }).waitFor();
    await page.locator(".tl-readout", { hasText: /December 2008: 11,511 UN police officers/ }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it("has no axe violations in the timeline and stories", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?story=car-protecting-civilians&year=2017`);
    await page
      .getByRole("region", { name: "Stories", exact: true })
      .getByText("Story 2 of 5", { exact: true })
      .waitFor();
    await page
      .getByRole("region", { name: /^Timeline 2007–2024/ })
      .getByRole("button", { name: "Show as table" })
      .click();
    const result = await new AxeBuilder({ page }).include(".panel--stories").analyze();
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      [],
    );
  });
});
