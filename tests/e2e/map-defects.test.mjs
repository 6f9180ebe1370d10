// Three map defects, as a visitor meets them: Enter on a focused country opens another one; a
// mission label takes the click meant for the country under it; one broken side file (stories,
// missions, police by mission) takes the whole map, and the rankings and timeline, down with it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { serveDist } from "../../scripts/serve-dist.mjs";
import { appReady, launch, loadMap, openMap, watchedPage } from "./harness.mjs";

const DIST = process.env.ATLAS_DIST ?? "dist";

const mapOf = (page) => page.getByRole("group", { name: /^World map:/ });
const selectedCountry = (page) => new URL(page.url()).searchParams.get("country");

/** Waits (briefly) for the URL to select `iso3`, then asserts it, naming what was selected instead. */
async function assertSelected(page, iso3) {
  await page
    .waitForFunction((want) => new URL(location.href).searchParams.get("country") === want, iso3, {
      timeout: 3_000,
    })
    .catch(() => {});
  assert.equal(selectedCountry(page), iso3, `selected ${selectedCountry(page)}, expected ${iso3}`);
}

/** The data-key of every element in the map that is the tab stop (tabindex="0"). */
const tabStops = (page) =>
  mapOf(page)
    .locator('[tabindex="0"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-key")));

const activeKey = (page) => page.evaluate(() => document.activeElement?.getAttribute("data-key") ?? null);

describe("defect 1: Enter and Space act on the focused country, and the tab stop follows focus", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
  });
  after(async () => app?.close());

  /** Moves the roving stop by arrow keys to the second country in rank order (Senegal). */
  async function moveStopToSenegal() {
    await mapOf(page).locator('[tabindex="0"]').focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    assert.equal(await activeKey(page), "SEN", "the arrow keys moved the stop to Senegal");
  }

  for (const [key, iso3, name] of [
    ["Enter", "RWA", "Rwanda"],
    ["Space", "BGD", "Bangladesh"],
  ]) {
    it(`${key} on a country focused directly (not by the arrow keys) opens that country`, async () => {
      await loadMap(page, app.url);
      await moveStopToSenegal();
      // As a click, a screen reader's cursor or a script would: focus the shape itself.
      await mapOf(page).locator(`[data-key="${iso3}"]`).focus();
      assert.equal(await activeKey(page), iso3);
      await page.keyboard.press(key);
      await assertSelected(page, iso3);
      await page.getByRole("region", { name }).waitFor({ timeout: 3_000 });
      // The one tab stop is now the focused country: Tab away and back returns to it.
      assert.deepEqual(await tabStops(page), [iso3]);
    });
  }

  it("the tab stop follows focus before any key is pressed", async () => {
    await loadMap(page, app.url);
    await moveStopToSenegal();
    await mapOf(page).locator('[data-key="EGY"]').focus();
    await page
      .waitForFunction(
        () =>
          document.querySelector('[aria-label^="World map:"] [tabindex="0"]')?.getAttribute("data-key") ===
          "EGY",
        null,
        { timeout: 2_000 },
      )
      .catch(() => {});
    assert.deepEqual(await tabStops(page), ["EGY"]);
  });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});

/** Each mission's host country, from the built data. */
const HOSTS = Object.fromEntries(
  JSON.parse(readFileSync(join(DIST, "data", "missions.json"), "utf8")).rows.map((m) => [
    m.acronym,
    m.host?.iso3 ?? null,
  ]),
);

/**
 * A point on screen inside a mission label's box and inside a country's fill (the country a visitor
 * sees and means to click), as far from both edges and from every mission dot as can be found.
 * Tries Senegal under MINUSMA's label first; when that label does not lie over Senegal, any label
 * over a country that is not the mission's own host. Hit-testing is not used, so the point is found
 * the same way whichever element takes the click.
 */
function findLabelOverCountry(page) {
  return page.evaluate((hosts) => {
    const STEP = 0.25;
    const RINGS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3];
    const inFill = (path, x, y) => {
      const ctm = path.getScreenCTM();
      if (!ctm) return false;
      const p = new DOMPoint(x, y).matrixTransform(ctm.inverse());
      return path.isPointInFill({ x: p.x, y: p.y });
    };
    const dots = [...document.querySelectorAll(".map__marker circle")].map((c) => {
      const r = c.getBoundingClientRect();
      return { cx: r.x + r.width / 2, cy: r.y + r.height / 2, r: r.width / 2 };
    });
    const clear = (x, y) => dots.every((d) => Math.hypot(x - d.cx, y - d.cy) > d.r + 1);
    const inBox = (b, x, y) => x > b.left && x < b.right && y > b.top && y < b.bottom;
    const margin = (path, box, x, y) => {
      let m = 0;
      for (const d of RINGS) {
        for (let a = 0; a < 8; a++) {
          const px = x + d * Math.cos((a * Math.PI) / 4);
          const py = y + d * Math.sin((a * Math.PI) / 4);
          if (!inBox(box, px, py) || !inFill(path, px, py) || !clear(px, py)) return m;
        }
        m = d;
      }
      return m;
    };
    const best = (label, path) => {
      const box = label.getBoundingClientRect();
      const c = path.getBoundingClientRect();
      const x0 = Math.max(box.left, c.left);
      const x1 = Math.min(box.right, c.right);
      const y0 = Math.max(box.top, c.top);
      const y1 = Math.min(box.bottom, c.bottom);
      let found = null;
      for (let x = x0 + STEP / 2; x < x1; x += STEP)
        for (let y = y0 + STEP / 2; y < y1; y += STEP) {
          if (!inFill(path, x, y) || !clear(x, y)) continue;
          const m = margin(path, box, x, y);
          if (!found || m > found.margin) found = { x, y, margin: m };
        }
      return found;
    };
    const labels = [...document.querySelectorAll(".map__marker text")];
    const countries = [...document.querySelectorAll('path.map__country[role="button"]')];
    const describe = (label, path, p) => ({
      mission: label.closest("[data-key]")?.getAttribute("data-key")?.slice(2),
      country: path.getAttribute("data-key"),
      name: path.getAttribute("aria-label")?.split(",")[0],
      labelBox: label.getBoundingClientRect().toJSON(),
      ...p,
    });
    const minusma = document.querySelector('[data-key="m:MINUSMA"] text');
    const senegal = document.querySelector('path[data-key="SEN"]');
    if (minusma && senegal) {
      const p = best(minusma, senegal);
      if (p) return describe(minusma, senegal, p);
    }
    let pick = null;
    for (const label of labels) {
      const mission = label.closest("[data-key]")?.getAttribute("data-key")?.slice(2);
      for (const path of countries) {
        if (path.getAttribute("data-key") === hosts[mission]) continue;
        const p = best(label, path);
        if (p && (!pick || p.margin > pick.margin)) pick = describe(label, path, p);
      }
    }
    return pick;
  }, HOSTS);
}

/** Waits until the mission labels have their measured size (two frames with the same boxes). */
async function labelsSettled(page) {
  let last = "";
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              done(
                JSON.stringify(
                  [...document.querySelectorAll(".map__marker text")].map((t) => t.getBoundingClientRect()),
                ),
              ),
            ),
          ),
        ),
    );
    if (now === last && now !== "[]") return;
    last = now;
    await page.waitForTimeout(50);
  }
}

for (const width of [1366, 390]) {
  describe(`defect 2: a mission label does not take a click on the country under it (${width} px)`, () => {
    let app;
    let page;
    let problems;
    before(async () => {
      ({ app, page, problems } = await openMap({ viewport: { width, height: 844 } }));
    });
    after(async () => app?.close());

    it("a click on a country where a mission's label lies over it selects the country", async (t) => {
      await labelsSettled(page);
      const spot = await findLabelOverCountry(page);
      assert.ok(spot, "no mission label lies over a country other than its host at this width");
      t.diagnostic(`${width} px: ${spot.mission} label over ${spot.country}: ${JSON.stringify(spot)}`);
      await page.mouse.click(spot.x, spot.y);
      await assertSelected(page, spot.country);
      await page.getByRole("region", { name: spot.name }).waitFor({ timeout: 3_000 });
    });

    it("a click on MINUSMA's dot still selects the mission MINUSMA", async () => {
      await loadMap(page, app.url);
      await labelsSettled(page);
      // The marker's circles (the dot, and any larger hit area around it) share one centre.
      const dot = await mapOf(page).locator('[data-key="m:MINUSMA"] circle').first().boundingBox();
      await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2);
      await page.getByRole("region", { name: /^MINUSMA: Mali/ }).waitFor({ timeout: 3_000 });
      assert.equal(selectedCountry(page), null);
    });

    it("logged no errors", () => {
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.consoleErrors, []);
    });
  });
}

// Defect 3. The labels are the datasets' names (DATASETS in src/data/datasets.ts).
const BROKEN_FILES = [
  { file: "stories.json", label: "stories", section: "section#map" },
  { file: "missions.json", label: "mission details", section: "section#map" },
  { file: "deployments-2024-06-30.json", label: "police by mission and country", section: "section#map" },
  // The timeline's own file: the timeline must keep its line too (its alert is in the timeline).
  { file: "events.json", label: "timeline events", section: "section.panel--stories" },
];
const FAULT_KINDS = [
  ["missing (404)", { status: 404, body: "Not found" }],
  ["not valid JSON", { status: 200, body: "{ broken" }],
  ["the wrong shape", { status: 200, body: JSON.stringify({ hello: "world" }) }],
];
/** How long the views may take to draw once every request has been answered. */
const DRAW_TIMEOUT = 3_000;

/** The parts of the page checked after a failure. */
const views = (page, section) => ({
  countries: mapOf(page).locator("path.map__country"),
  bars: page
    .getByRole("region", { name: "Rankings" })
    .getByRole("group", { name: "Bar chart: top police contributors" })
    .getByRole("button", { name: /^Rwanda, 1st, 1,115 officers/ }),
  line: page
    .getByRole("region", { name: "Timeline 2007–2024 and five stories" })
    .getByRole("group", { name: /^Timeline 2007–2024/ })
    .locator("path.tl-line"),
  alerts: page.locator(section).getByRole("alert"),
});

describe("defect 3: one broken side file leaves the map, the rankings and the timeline drawn", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => browser?.close());

  for (const { file, label, section } of BROKEN_FILES) {
    for (const [kind, fault] of FAULT_KINDS) {
      describe(`${file} ${kind}`, () => {
        let server;
        let page;
        let problems;
        let v;
        // Each check below looks once: the waiting is done here, for all views together.
        const now = { timeout: 500 };
        before(async () => {
          server = await serveDist({ root: DIST, faults: { [`/data/${file}`]: fault } });
          // A fresh tab per server; the previous one is closed, so watchedPage takes this one.
          const fresh = await browser.context.newPage();
          for (const p of browser.context.pages()) if (p !== fresh) await p.close();
          ({ page, problems } = await watchedPage(browser.context, server.url, {
            allowConsole: [/Failed to load resource/],
          }));
          await page.goto(server.url);
          await appReady(page);
          // Every file has been answered (the broken one too) before the views are checked.
          await page.waitForLoadState("networkidle");
          v = views(page, section);
          await Promise.allSettled(
            [v.countries.first(), v.bars, v.line, v.alerts.filter({ hasText: label }).first()].map((l) =>
              l.waitFor({ timeout: DRAW_TIMEOUT }),
            ),
          );
        });
        after(async () => {
          await page?.goto("about:blank");
          server?.server.closeAllConnections?.();
          await server?.close();
        });

        it(`an alert in the ${section === "section#map" ? "map" : "timeline"} section names the ${label}`, async () => {
          const texts = await v.alerts.allInnerTexts();
          assert.ok(
            texts.some((t) => t.includes(label)),
            `alerts in ${section}: ${JSON.stringify(texts)}`,
          );
        });

        it("the map still draws its countries, Rwanda with its 1,115 officers", async () => {
          const n = await v.countries.count();
          const alerts = await page.locator("section#map").getByRole("alert").allInnerTexts();
          assert.ok(n >= 170, `${n} countries drawn; the map section says ${JSON.stringify(alerts)}`);
          const rwanda = mapOf(page).getByRole("button", { name: /^Rwanda/ });
          assert.match((await rwanda.getAttribute("aria-label", now)) ?? "", /1,115/);
        });

        it("the rankings still draw the top contributors", async () => {
          assert.ok(await v.bars.isVisible(), "no bar for Rwanda, 1st, 1,115 officers in the rankings");
        });

        it("the timeline still draws the December series", async () => {
          assert.ok(await v.line.isVisible(), "no line in the timeline chart");
          assert.match((await v.line.getAttribute("d", now)) ?? "", /^M\s*[\d.-]+/);
        });

        it("threw no errors", () => {
          assert.deepEqual(problems.pageErrors, []);
          assert.deepEqual(problems.consoleErrors, []);
        });
      });
    }
  }
});
