// The dark theme in Chromium: the map's largest contributor (Rwanda, 1,115 officers on 30 June
// 2024, "1,000 or more") is brighter and stands further from the map's surface than a country with
// no police, and the legend's swatches are painted as the map is.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openMap } from "./harness.mjs";

/** WCAG relative luminance of a computed "rgb(r, g, b)". */
function luminance(rgb) {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  assert.ok(m, `a solid colour, got ${rgb}`);
  const lin = (c) => {
    const s = Number(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("dark theme: the map", () => {
  let app;
  let page;
  before(async () => {
    ({ app, page } = await openMap({ colorScheme: "dark" }));
  });
  after(async () => app?.close());

  it("paints 1,000 or more brighter than none, and at 3:1 or more against the map's surface", async () => {
    const map = page.locator("[aria-label^='World map:']").first();
    const fill = (key) =>
      map
        .locator(`path[data-key="${key}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    const surface = await page.locator(".map__frame").evaluate((el) => getComputedStyle(el).backgroundColor);
    // Rwanda: 1,115 officers contributed; Australia: listed with none on 30 June 2024.
    const [many, none] = [await fill("RWA"), await fill("AUS")];
    assert.ok(luminance(many) > luminance(none), `RWA ${many} is brighter than AUS ${none}`);
    assert.ok(contrast(many, surface) > contrast(none, surface), "1,000+ stands out more than none");
    assert.ok(contrast(many, surface) >= 3, `RWA ${many} at 3:1 on ${surface}`);
    assert.ok(contrast(none, surface) < 1.5, `none ${none} stays close to ${surface}`);
  });

  it("paints the legend's swatches as the map paints its countries", async () => {
    const swatch = (label) =>
      page
        .locator(".map-legend li", { hasText: label })
        .first()
        .locator(".map-legend__swatch")
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const fill = (key) =>
      page
        .locator(`[aria-label^='World map:'] path[data-key="${key}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    assert.equal(await swatch("1,000 or more"), await fill("RWA"));
    assert.equal(await swatch("None"), await fill("AUS"));
  });
});
