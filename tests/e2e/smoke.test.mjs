import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { start, watchedPage } from "./harness.mjs";

describe("smoke: the built app in Chromium", () => {
  let app;
  before(async () => {
    app = await start();
  });
  after(async () => app?.close());

  it("loads, shows the headline figures, logs no errors and stays on its own origin", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(app.url);
    assert.equal(await page.title(), "UN Police Atlas: UN police officers by country and mission");
    const figures = page.getByRole("list", { name: "Headline figures" });
    await figures.getByText("6,238", { exact: true }).waitFor();
    assert.ok(await figures.getByText("about 6,200", { exact: true }).isVisible());
    assert.ok(await figures.getByText("UN report, 30 June 2024").first().isVisible());
    await page
      .getByText(/Our World in Data/)
      .first()
      .waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

describe("a broken data file in the browser", () => {
  let app;
  before(async () => {
    app = await start({ faults: { "/data/events.json": { status: 200, body: "{ broken" } } });
  });
  after(async () => app?.close());

  it("names the file where its view would be and keeps the rest working", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    await page.goto(app.url);
    // The timeline names its damaged file (the map's data is embedded in the page at build time).
    const alerts = page.getByRole("alert");
    await alerts.first().waitFor();
    for (const text of await alerts.allInnerTexts())
      assert.match(text, /timeline events could not be read: the file events\.json is damaged/);
    await page.getByRole("list", { name: "Headline figures" }).getByText("6,238", { exact: true }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
