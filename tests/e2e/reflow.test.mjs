import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { after, before, describe, it } from "node:test";
import { appReady, start } from "./harness.mjs";

const story = JSON.parse(readFileSync("public/data/stories.json", "utf8")).stories[0].id;

/** The whole page drawn: on a phone the sections below the map wait for a first sign of use. */
async function settle(page) {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0, null, {
    timeout: 10_000,
  });
}

describe("reflow at 320 px (WCAG 1.4.10) and touch targets", () => {
  let app;
  before(async () => {
    app = await start({ viewport: { width: 320, height: 640 } });
  });
  after(async () => app?.close());

  for (const [name, query] of [
    ["default", ""],
    ["story", `?story=${story}`],
    ["country", "?country=RWA"],
    ["presentation", "?step=1"],
    ["presentation story", "?step=3"],
    ["presentation ranking", "?step=8"],
  ]) {
    it(`${name}: no horizontal scroll`, async () => {
      const page = app.context.pages()[0] ?? (await app.context.newPage());
      await page.goto(`${app.url}/${query}`);
      await settle(page);
      const { scrollWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        wide: [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > 321)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      assert.ok(scrollWidth <= 320, `scrollWidth ${scrollWidth}; too wide: ${wide.join(", ")}`);
    });
  }

  it("puts the map first on phones, and every button is at least 24 x 24 px", async () => {
    // The equivalent control for small map shapes must be there.
    const search = () => app.context.pages()[0].getByRole("combobox", { name: "Find a country" });
    const page = app.context.pages()[0] ?? (await app.context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/`);
    await settle(page);
    await page.screenshot({ path: `${tmpdir()}/atlas-phone-390.png`, fullPage: true }).catch(() => undefined);
    const first = await page.evaluate(
      () => document.querySelector("main > *")?.firstElementChild?.className ?? "",
    );
    assert.match(first, /panel--map/);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, select, input, [role=button], [role=tab]")]
        .filter((el) => el.getClientRects().length > 0)
        // Map shapes and mission markers are exempt under WCAG 2.5.8's "equivalent" clause: the
        // "Find a country" search box (and the ranked bars) reach every one of them.
        .filter((el) => !el.closest("[aria-label^='World map:'] svg"))
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute("aria-label") ?? el.textContent?.trim(), w: r.width, h: r.height };
        })
        .filter((t) => t.w < 24 || t.h < 24),
    );
    // Radio inputs sit inside their (larger) label, which is the target.
    const inputs = small.filter((t) => t.name !== "" && t.name != null);
    assert.deepEqual(inputs, []);
    assert.ok(await search().isVisible());
  });
});
