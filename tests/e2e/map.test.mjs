import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openMap, urlOf } from "./harness.mjs";

describe("the map in Chromium", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
  });
  after(async () => app?.close());

  const map = () => page.getByRole("group", { name: /^World map:/ });

  it("shows a tooltip when hovering a real country, and picks a micro state near the pointer", async () => {
    await map().locator('[data-key="BRA"]').hover();
    const tip = page.getByRole("tooltip");
    assert.match(await tip.innerText(), /Brazil\s+3 police officers contributed\s+=65th of 80/);
    // Just off The Gambia's coast: the nearest small shape is picked.
    const box = await map().locator('[data-key="GMB"]').boundingBox();
    await page.mouse.move(box.x - 4, box.y + box.height / 2);
    assert.match(await tip.innerText(), /Gambia|Senegal/);
  });

  it("selects a country by click: URL, panel and arcs follow", async () => {
    await map().locator('[data-key="RWA"]').click({ force: true });
    assert.match(await urlOf(page), /country=RWA/);
    const panel = page.getByRole("region", { name: "Rwanda" });
    assert.match(await panel.innerText(), /1,115 officers, 1st of 80 contributing countries/);
    assert.ok((await map().locator(".map__arcs path").count()) >= 2);
  });

  it("switches measures and zooms", async () => {
    await page.getByRole("radio", { name: "Police hosted" }).check();
    assert.match(await urlOf(page), /measure=hosted/);
    await page.getByRole("heading", { name: "Where UN police serve" }).waitFor();
    const before = await map().locator('[data-key="CAF"]').boundingBox();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(200);
    const after = await map().locator('[data-key="CAF"]').boundingBox();
    assert.ok(after.width > before.width * 1.3, `zoomed ${before.width} -> ${after.width}`);
    await page.getByRole("button", { name: "Reset view" }).click();
    await page.waitForTimeout(200);
    const reset = await map().locator('[data-key="CAF"]').boundingBox();
    assert.ok(Math.abs(reset.width - before.width) < 1);
  });

  it("works by keyboard with a single tab stop", async () => {
    assert.equal(await map().locator('[tabindex="0"]').count(), 1);
    await map().locator('[tabindex="0"]').focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    const name = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    assert.match(
      name,
      /^South Sudan, 1,541 police officers serving here \(UNMISS\), 2nd of 10 host countries/,
    );
    await page.keyboard.press("Enter");
    assert.match(await urlOf(page), /country=SSD/);
    await page.keyboard.press("Escape");
    assert.doesNotMatch(await urlOf(page), /country=/);
  });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

/** The mission labels drawn now: their text and their boxes on screen. */
const missionLabels = (page) =>
  page.locator(".map__marker text").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      // The box of the capitals: the text's box less the space for accents above and descenders
      // below (the labels are acronyms), which neighbouring labels may share.
      const y0 = r.top + 0.1 * r.height;
      const y1 = r.bottom - 0.2 * r.height;
      return { text: el.textContent, x0: r.left, y0, x1: r.right, y1, h: r.height };
    }),
  );

const overlapping = (labels) =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.x1 > b.x0 && a.x0 < b.x1 && a.y1 > b.y0 && a.y0 < b.y1)
      .map((b) => `${a.text}/${b.text}`),
  );

for (const width of [390, 1366]) {
  describe(`mission labels on a ${width} px screen`, () => {
    let app;
    let page;
    before(async () => {
      ({ app, page } = await openMap({ viewport: { width, height: 844 } }));
    });
    after(async () => app?.close());

    it("are large enough to read, do not overlap, stay in the frame, and more appear when zoomed in", async () => {
      // The label size follows the map's measured width: wait for the first frame after it.
      await page.waitForTimeout(300);
      const world = await missionLabels(page);
      assert.ok(world.length >= 5, `${world.length} labels at world zoom`);
      for (const l of world) assert.ok(l.h >= 9, `${l.text} is ${l.h.toFixed(1)} px tall`);
      assert.deepEqual(overlapping(world), []);
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.waitForTimeout(400);
      const zoomed = await missionLabels(page);
      for (const l of zoomed) assert.ok(l.h >= 9, `${l.text} is ${l.h.toFixed(1)} px tall when zoomed`);
      assert.deepEqual(overlapping(zoomed), []);
      // Zoomed in, a label shown at world zoom stays wherever its marker is still in view, and
      // none crosses the frame's edge.
      const frame = await page.getByRole("group", { name: /^World map:/ }).boundingBox();
      const inView = await page.locator(".map__marker .map__dot").evaluateAll(
        (els, f) =>
          els
            .filter((el) => {
              const r = el.getBoundingClientRect();
              const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
              return x > f.x && x < f.x + f.width && y > f.y && y < f.y + f.height;
            })
            .map((el) => el.closest("[data-key]").getAttribute("data-key").slice(2)),
        frame,
      );
      const kept = world.filter((l) => inView.includes(l.text)).map((l) => l.text);
      const zoomedTexts = zoomed.map((l) => l.text);
      for (const t of kept) assert.ok(zoomedTexts.includes(t), `${t} lost its label when zoomed in`);
      assert.ok(
        zoomed.length >= kept.length,
        `${kept.length} labels in view, then ${zoomed.length} zoomed in`,
      );
      for (const l of zoomed)
        assert.ok(
          l.x0 >= frame.x - 1 &&
            l.x1 <= frame.x + frame.width + 1 &&
            l.y0 >= frame.y - 1 &&
            l.y1 <= frame.y + frame.height + 1,
          `${l.text} crosses the frame's edge`,
        );
    });

    it("draws every mission dot at least 4 px across, and a tap on a dot selects its mission", async () => {
      await page.getByRole("button", { name: "Reset view" }).click();
      await page.waitForTimeout(300);
      const dots = await page
        .locator(".map__marker .map__dot")
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
      assert.ok(dots.length >= 10, `${dots.length} dots`);
      for (const w of dots) assert.ok(w >= 4, `a dot ${w.toFixed(1)} px across`);
      // The dot (with a larger, invisible target round it) selects the mission; its label lets
      // clicks through to the country under it (tests/e2e/map-defects.test.mjs).
      await page.locator('[data-key="m:MINUSCA"] .map__dot').click({ timeout: 5_000 });
      await page.getByRole("region", { name: /^MINUSCA: Central African Republic/ }).waitFor();
      await page.keyboard.press("Escape");
    });
  });
}

describe("the map's tooltip on a 390 px screen", () => {
  let app;
  let page;
  before(async () => {
    ({ app, page } = await openMap({ viewport: { width: 390, height: 844 } }));
  });
  after(async () => app?.close());

  // Greenland and Russia touch the top of the map, Canada and Alaska its left edge, Russia and New
  // Zealand the right.
  for (const iso3 of ["GRL", "RUS", "CAN", "NZL", "CHL"]) {
    it(`stays inside the map for ${iso3}, below the search box`, async () => {
      const map = page.getByRole("group", { name: /^World map:/ });
      await map.locator(`[data-key="${iso3}"]`).hover({ force: true });
      const tip = page.getByRole("tooltip");
      await tip.waitFor();
      const t = await tip.boundingBox();
      const m = await map.boundingBox();
      const search = await page.getByRole("combobox", { name: "Find a country" }).boundingBox();
      assert.ok(t.x >= m.x && t.x + t.width <= m.x + m.width + 1, `tooltip x ${t.x}–${t.x + t.width}`);
      assert.ok(
        t.y >= search.y + search.height,
        `tooltip top ${t.y}, search box ends ${search.y + search.height}`,
      );
    });
  }
});
