import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { appReady, start, watchedPage } from "./harness.mjs";

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
    // The finding in one sentence, and the UN article's own round figure beside the report's.
    assert.ok(
      await page.getByText(/^On 30 June 2024, 6,238 UN police officers served in 11 operations/).isVisible(),
    );
    assert.ok(await page.getByText(/The UN's article says about 6,200 police officers/).isVisible());
    assert.ok(
      await page.getByText("Source: UN police contributions report, 30 June 2024.").first().isVisible(),
    );
    await page
      .getByText(/Our World in Data/)
      .first()
      .waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });

  it("draws the pre-rendered page before it fetches its code and data, then starts", async () => {
    const { page, problems } = await watchedPage(app.context, app.url);
    // Registered before the page's own script: the first frame after the HTML is parsed.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () =>
        requestAnimationFrame(() => {
          window.__firstFrame = performance.now();
        }),
      );
    });
    await page.goto(app.url);
    // No input until the page has drawn: a pointer moved during the load starts the app at once
    // (a visitor's sign of use), which may come before the first frame.
    await page.waitForFunction(() => typeof window.__firstFrame === "number");
    await appReady(page);
    const { firstFrame, code, data } = await page.evaluate(() => {
      const entries = performance.getEntriesByType("resource");
      const start = (re) => entries.filter((e) => re.test(new URL(e.name).pathname)).map((e) => e.startTime);
      return { firstFrame: window.__firstFrame, code: start(/^\/assets\/.*\.js$/), data: start(/^\/data\//) };
    });
    assert.equal(typeof firstFrame, "number");
    assert.ok(code.length > 0 && data.length > 0, "code and data were fetched");
    for (const t of [...code, ...data])
      assert.ok(t >= firstFrame, `request at ${t} ms, first frame at ${firstFrame} ms`);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
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
