import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { start, urlOf, watchedPage } from "./harness.mjs";

describe("bar charts in Chromium", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start();
    ({ page, problems } = await watchedPage(app.context, app.url));
    await page.goto(app.url);
    await page.getByRole("group", { name: "Bar chart: top police contributors" }).waitFor();
  });
  after(async () => app?.close());

  it("clicking a bar selects the country: URL, map highlight and country panel follow", async () => {
    const bars = page.getByRole("group", { name: "Bar chart: top police contributors" });
    await bars.getByRole("button", { name: /^Bangladesh, 4th, 358 officers/ }).click();
    assert.match(await urlOf(page), /country=BGD/);
    await page.locator("[aria-label^='World map:'] [data-highlight='BGD']").waitFor({ state: "attached" });
    const panel = page.getByRole("region", { name: "Bangladesh" });
    assert.match(await panel.innerText(), /358 officers, 4th of 80 contributing countries/);
  });

  it("selecting a mission bar selects its host country", async () => {
    const bars = page.getByRole("group", { name: "Bar chart: missions by police strength" });
    await bars.getByRole("button", { name: /^MONUSCO/ }).click();
    assert.match(await urlOf(page), /country=COD/);
    await page.getByRole("region", { name: "Democratic Republic of the Congo" }).waitFor();
  });

  it("moves between bars by keyboard", async () => {
    const bars = page.getByRole("group", { name: "Bar chart: top police contributors" });
    await bars.locator('[tabindex="0"]').focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    const name = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    assert.equal(name, "Senegal, 2nd, 1,090 officers");
    await page.keyboard.press("Enter");
    assert.match(await urlOf(page), /country=SEN/);
  });

  it("has no axe violations in chart and table views, and logged no errors", async () => {
    const chart = await new AxeBuilder({ page }).include(".panel--charts").analyze();
    assert.deepEqual(
      chart.violations.map((v) => v.id),
      [],
    );
    await page
      .getByRole("region", { name: "Rankings" })
      .getByRole("button", { name: "Show as table" })
      .click();
    await page.getByRole("table", { name: /Police officers contributed by country/ }).waitFor();
    const table = await new AxeBuilder({ page }).include(".panel--charts").analyze();
    assert.deepEqual(
      table.violations.map((v) => v.id),
      [],
    );
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
