import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { start, urlOf, watchedPage } from "./harness.mjs";

describe("offline after the first visit", () => {
  let app;
  before(async () => {
    app = await start();
  });
  after(async () => app?.close());

  it("precaches the app, data and topology; an offline reload renders the page and the map", async () => {
    const { page } = await watchedPage(app.context, app.url);
    await page.goto(`${app.url}/?step=2`);
    // 127.0.0.1 is a potentially trustworthy origin, so the service worker registers over http.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${app.url}/`);
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    for (const f of [
      "/index.html",
      "/data/world-110m.json",
      "/data/stories.json",
      "/data/contributors-2024-12-31.json",
      "/data/deployments-2024-12-31.json",
      "/manifest.webmanifest",
    ])
      assert.ok(cached.includes(f), `${f} precached (${cached.length} files)`);

    const manifest = await (await page.request.get(`${app.url}/manifest.webmanifest`)).json();
    assert.equal(manifest.name, "UN Police Atlas");
    assert.ok(manifest.icons.some((i) => i.sizes === "512x512"));

    await app.context.setOffline(true);
    try {
      await urlOf(page);
      await page.reload();
      await page.getByText("2 / 8", { exact: true }).waitFor({ timeout: 10_000 });
      await page.getByRole("button", { name: "Leave presentation" }).click();
      await page.locator(".panel--map").waitFor();
      await page
        .getByRole("list", { name: "Headline figures" })
        .getByText("6,238", { exact: true })
        .waitFor();
      // No spinner left behind: every data view has loaded from the cache.
      await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0, null, {
        timeout: 10_000,
      });
      assert.equal(await page.getByRole("alert").count(), 0);
      // The second report date is stored too: the map and the rankings switch to it offline.
      const slider = page.getByRole("slider", { name: "Date" });
      await slider.focus();
      await page.keyboard.press("End");
      await page.getByText("Police officers contributed, 31 December 2024").first().waitFor();
      await page.getByRole("button", { name: "Rwanda, 1st, 1,097 officers" }).waitFor();
      assert.equal(await page.getByRole("alert").count(), 0);
    } finally {
      await app.context.setOffline(false);
    }
  });
});
