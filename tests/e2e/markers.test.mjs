// The missions' markers as a visitor meets them (issue #24, point 7), and a story's view (point 3):
// a mission's symbol never hides its host's fill, and the host's own area hovers as the host; a
// marker names and selects its mission, with the mission's figure, in either measure; a story shows
// its host and its contributors, the arcs between them and the labels inside the map's frame.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadMap, openMap, urlOf } from "./harness.mjs";

const mapOf = (page) => page.getByRole("group", { name: /^World map:/ });

/** Two animation frames: what the last change drew. */
const frames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Points inside a country's fill (a grid over its box on screen), and for each whether the
 * country's own path is what a pointer there hits.
 */
function hitsInside(page, iso3) {
  return page.evaluate((key) => {
    const path = document.querySelector(`path.map__country[data-key="${key}"]`);
    const box = path.getBoundingClientRect();
    const ctm = path.getScreenCTM();
    const out = [];
    for (let i = 0.5; i < 8; i++)
      for (let j = 0.5; j < 8; j++) {
        const x = box.left + (box.width * i) / 8;
        const y = box.top + (box.height * j) / 8;
        const p = new DOMPoint(x, y).matrixTransform(ctm.inverse());
        if (!path.isPointInFill({ x: p.x, y: p.y })) continue;
        out.push({ x, y, own: document.elementFromPoint(x, y) === path });
      }
    return out;
  }, iso3);
}

describe("hosted measure, 31 December 2010: the rings over Haiti, Liberia and Timor-Leste", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
    await loadMap(page, `${app.url}/?measure=hosted&year=2010`);
    await mapOf(page).locator('[data-key="m:MINUSTAH"]').waitFor({ state: "attached" });
    await frames(page);
  });
  after(async () => app?.close());

  for (const [iso3, name, mission] of [
    ["HTI", "Haiti", "MINUSTAH"],
    ["LBR", "Liberia", "UNMIL"],
    ["TLS", "Timor-Leste", "UNMIT"],
  ]) {
    it(`${mission} leaves ${name}'s fill visible, and ${name}'s own area hovers as ${name}`, async () => {
      const marker = mapOf(page).locator(`[data-key="m:${mission}"]`);
      // Every painted part of the marker is hollow or small: none is a disc the size of its figure.
      const discs = await marker.locator("circle").evaluateAll((els) =>
        els
          .filter((c) => getComputedStyle(c).fill !== "none" && getComputedStyle(c).fillOpacity !== "0")
          .filter((c) => c.getAttribute("fill") !== "transparent")
          .map((c) => c.getBoundingClientRect().width),
      );
      assert.deepEqual(discs, [], `${mission} has filled circles ${discs.join(", ")} px across`);
      const hits = await hitsInside(page, iso3);
      const own = hits.filter((h) => h.own);
      assert.ok(hits.length >= 4, `${hits.length} points sampled in ${name}`);
      assert.ok(
        own.length >= hits.length / 2,
        `${own.length} of ${hits.length} points in ${name} hit ${name} itself, the others the marker`,
      );
      const spot = own[Math.floor(own.length / 2)];
      await page.mouse.move(spot.x, spot.y);
      const tip = page.getByRole("tooltip");
      await tip.waitFor({ timeout: 3_000 });
      assert.match(await tip.innerText(), new RegExp(`^${name}\\b`));
    });
  }

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});

describe("a mission's marker names and selects the mission (30 June 2024)", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
  });
  after(async () => app?.close());

  /** The centre of a mission's marker on screen. */
  async function markerCentre(acronym) {
    const b = await mapOf(page).locator(`[data-key="m:${acronym}"] .map__dot`).boundingBox();
    return [b.x + b.width / 2, b.y + b.height / 2];
  }
  const panel = (name) => page.getByRole("region", { name });

  it("police contributed: MINUSCA's dot says MINUSCA and its 2,969 officers, not its host's nil", async () => {
    const [x, y] = await markerCentre("MINUSCA");
    await page.mouse.move(x, y);
    const tip = page.getByRole("tooltip");
    await tip.waitFor({ timeout: 3_000 });
    const text = await tip.innerText();
    assert.match(text, /^MINUSCA\s+2,969 police officers serving in Central African Republic/);
    assert.doesNotMatch(text, /no police officers contributed/i);
  });

  it("a click on it opens MINUSCA's panel with its figure; the URL selects no country", async () => {
    const [x, y] = await markerCentre("MINUSCA");
    await page.mouse.click(x, y);
    const p = panel(/^MINUSCA: Central African Republic/);
    await p.waitFor({ timeout: 3_000 });
    assert.match(await p.innerText(), /2,969 police officers on 30 June 2024/);
    assert.equal(new URL(await urlOf(page)).searchParams.get("country"), null);
  });

  it("UNISFA, then MINUSCA: only MINUSCA's panel is open", async () => {
    await loadMap(page, app.url);
    const [ux, uy] = await markerCentre("UNISFA");
    await page.mouse.click(ux, uy);
    await panel(/^UNISFA/).waitFor({ timeout: 3_000 });
    const [mx, my] = await markerCentre("MINUSCA");
    await page.mouse.click(mx, my);
    await panel(/^MINUSCA/).waitFor({ timeout: 3_000 });
    assert.equal(await panel(/^UNISFA/).count(), 0, "UNISFA's panel is still open");
    // A country chosen next replaces the mission.
    await mapOf(page).locator('[data-key="RWA"]').click({ force: true });
    await panel("Rwanda").waitFor({ timeout: 3_000 });
    assert.equal(await panel(/^MINUSCA/).count(), 0, "MINUSCA's panel is still open");
  });

  it("the keys reach the markers after the countries: End, then Enter, selects a mission", async () => {
    await loadMap(page, app.url);
    await mapOf(page).locator('[tabindex="0"]').focus();
    await page.keyboard.press("End");
    const key = await page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    assert.match(key ?? "", /^m:/, `End focused ${key}`);
    await page.keyboard.press("Enter");
    await panel(new RegExp(`^${key.slice(2)}:`)).waitFor({ timeout: 3_000 });
    assert.equal(await mapOf(page).locator('[tabindex="0"]').count(), 1, "one tab stop");
  });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});

describe("a story's view at 1366 × 900: Liberia and India", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
    await loadMap(page, `${app.url}/?story=liberia-public-trust`);
  });
  after(async () => app?.close());

  it("shows the host, its contributor and the arc between them inside the map's frame", async () => {
    const arcs = mapOf(page).locator(".map__arcs path");
    await arcs.first().waitFor({ state: "attached", timeout: 5_000 });
    // The story zooms the map once its card is drawn: wait until the view stops changing.
    let last = "";
    for (let i = 0; i < 40; i++) {
      await frames(page);
      const now = await page.locator(".rsm-zoomable-group").getAttribute("transform");
      if (now === last && !/scale\(1\)$/.test(now ?? "")) break;
      last = now;
      await page.waitForTimeout(50);
    }
    const frame = await mapOf(page).boundingBox();
    const inside = (b, what) =>
      assert.ok(
        b.x >= frame.x - 3 &&
          b.y >= frame.y - 3 &&
          b.x + b.width <= frame.x + frame.width + 3 &&
          b.y + b.height <= frame.y + frame.height + 3,
        `${what} at ${JSON.stringify(b)} leaves the frame ${JSON.stringify(frame)}`,
      );
    for (const b of await arcs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON())))
      inside(b, "an arc");
    inside(await mapOf(page).locator('[data-key="LBR"]').boundingBox(), "Liberia");
    inside(await mapOf(page).locator('[data-key="IND"]').boundingBox(), "India");
    // The map zoomed in on them: Liberia is larger than at world zoom (10 px across there).
    const liberia = await mapOf(page).locator('[data-key="LBR"]').boundingBox();
    assert.ok(liberia.width > 15, `Liberia is ${liberia.width.toFixed(1)} px across`);
    // Every mission label drawn lies wholly inside the frame.
    const labels = await mapOf(page)
      .locator(".map__marker text")
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent, ...e.getBoundingClientRect().toJSON() })));
    for (const l of labels) inside(l, `the label ${l.text}`);
  });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
