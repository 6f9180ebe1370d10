import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { appReady, start, urlOf, watchedPage } from "./harness.mjs";

const search = async (page) => new URL(await urlOf(page)).search;

describe("URL state in the browser", () => {
  let app;
  before(async () => {
    app = await start();
  });
  after(async () => app?.close());

  it("Back and Forward move through what the visitor did; reload restores the view", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?measure=hosted&country=RWA`);
    const present = page.getByRole("button", { name: "Presentation mode" });
    await present.waitFor();
    // The live region names the selection once the country list has loaded, after a change.
    await present.click();
    await page.getByText("1 / 8", { exact: true }).waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByText("3 / 8", { exact: true }).waitFor();
    const story3 = new URL(await urlOf(page)).searchParams.get("story");
    assert.ok(story3, "step 3 sets a story");
    await urlOf(page);
    await page.reload();
    await page.getByText("3 / 8", { exact: true }).waitFor();
    assert.equal(new URL(await urlOf(page)).searchParams.get("measure"), "hosted");
    assert.equal(new URL(await urlOf(page)).searchParams.get("country"), "RWA");

    await urlOf(page);

    await page.goBack();
    await present.waitFor();
    assert.equal(await search(page), "?measure=hosted&country=RWA");
    await urlOf(page);
    await page.goForward();
    await page.getByText("3 / 8", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Leave presentation" }).click();
    await present.waitFor();
    assert.equal(new URL(await urlOf(page)).searchParams.get("story"), story3);
    await urlOf(page);
    await page.goBack();
    await page.getByText("3 / 8", { exact: true }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it("switches the report date through the URL; Back returns to 30 June 2024", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/`);
    await appReady(page);
    const map = page.locator("#map");
    await map.getByText("Police officers contributed, 30 June 2024").first().waitFor();
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await page.keyboard.press("End");
    await map.getByText("Police officers contributed, 31 December 2024").first().waitFor();
    assert.equal(await search(page), "?date=2024-12-31");
    assert.equal(await slider.getAttribute("aria-valuetext"), "31 December 2024");
    // The map's keyboard walk reads the second date's figures.
    await map.locator('[tabindex="0"]').focus();
    await page.keyboard.press("Home");
    assert.match(
      await page.evaluate(() => document.activeElement?.getAttribute("aria-label")),
      /^Rwanda, 1,097 police officers contributed, 1st of 80 contributing countries, As of 31 December 2024/,
    );
    await page.getByRole("button", { name: "Rwanda, 1st, 1,097 officers" }).waitFor();
    await urlOf(page);
    await page.reload();
    await map.getByText("Police officers contributed, 31 December 2024").first().waitFor();
    await urlOf(page);
    await page.goBack();
    await map.getByText("Police officers contributed, 30 June 2024").first().waitFor();
    assert.equal(await search(page), "");
    await page.getByRole("button", { name: "Rwanda, 1st, 1,115 officers" }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it("announces a selection or story change in the polite live region", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/`);
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    await appReady(page);
    await page
      .locator("#map")
      .getByText(/Where UN police come from/)
      .first()
      .waitFor();
    const live = page.getByTestId("live-announcer");
    assert.equal(await live.getAttribute("aria-live"), "polite");
    // A change made inside the app (as the map and story controls do) goes through history.pushState.
    await page.evaluate(() => {
      history.pushState(null, "", "/?country=RWA");
      dispatchEvent(new PopStateEvent("popstate"));
    });
    await live.getByText("Rwanda selected", { exact: true }).waitFor();
    await urlOf(page);
    await page.goBack();
    await live.getByText("Selection cleared", { exact: true }).waitFor();
    await page.keyboard.press("p");
    await page.getByText("1 / 8", { exact: true }).waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await live.getByText(/^Step 4 of 8\. Story 2 of 5: /).waitFor();
  });

  it("ignores unknown countries, stories, out-of-range years and script, with a notice", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const evil = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.goto(`${app.url}/?country=ZZZ&story=no-such-story&year=1990&measure=${evil}&sort=${evil}`);
    const notice = page.locator(".url-notice");
    await notice.waitFor();
    await page.getByText(/\(measure, year, sort, country, story\)/).waitFor();
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.equal(await page.locator(`body script:not([src]):not([type="application/json"])`).count(), 0);
    assert.equal(dialog, false);
    await page.getByRole("list", { name: "Headline figures" }).waitFor();
    await page.goto(`${app.url}/?step=42`);
    await page.getByText(/\(step\)/).waitFor();
    assert.ok(await page.getByRole("button", { name: "Presentation mode" }).isVisible());
    assert.deepEqual(problems.pageErrors, []);
  });
});
