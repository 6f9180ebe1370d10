// Presentation mode as slides: every step fits one 16:9 screen at 1920 x 1080 and at 1366 x 768,
// with no scrolling, no form controls, the map or chart filling the slide and projector-sized text.
//
// "Text size on screen", as measured here (deviceScaleFactor 1, so CSS px are screen px):
// - HTML text: the computed font-size of the element holding the text node;
// - SVG text: its computed font-size (in the user units of the text's own coordinate system) times
//   the vertical scale from those units to the screen (getScreenCTM: the SVG's viewBox fit, the
//   map's zoom and any transform), i.e. the em box height the text is drawn at on screen.
// Counted: every text node with non-blank text whose element is rendered (checkVisibility) and is
// more than 1 px in both directions (the .visually-hidden texts for screen readers are 1 x 1 px);
// not SVG <title>/<desc> (tooltips, never drawn).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { appReady, start, urlOf, watchedPage } from "./harness.mjs";

const stories = JSON.parse(readFileSync("public/data/stories.json", "utf8")).stories;
const TOTAL = stories.length + 3;
const KINDS = ["overview", "map", ...stories.map(() => "story"), "ranking"];

/** Text size, controls, scroll and the figure's area on the current slide (runs in the page). */
function probe() {
  const sizes = [];
  const offscreen = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.trim();
    const el = n.parentElement;
    if (!text || !el || el.closest("title, desc, script, style, noscript, template")) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    let px = Number.parseFloat(getComputedStyle(el).fontSize);
    const svgText = el.closest("text");
    if (svgText) {
      const m = svgText.getScreenCTM();
      px = Number.parseFloat(getComputedStyle(svgText).fontSize) * Math.hypot(m.c, m.d);
    }
    sizes.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10 });
    // HTML text lies on the screen (SVG text may run past the map's frame, which clips it).
    if (!svgText && (box.bottom > innerHeight + 1 || box.right > innerWidth + 1 || box.top < -1))
      offscreen.push(text.slice(0, 40));
  }
  // Boxes that carry text must not cover each other (the story's card and the map's legend).
  const boxes = [
    ...document.querySelectorAll(
      ".presentation article, .presentation .map-legend, .presentation .map__frame",
    ),
  ].map((el) => el.getBoundingClientRect());
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter(
        (b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1,
      )
      .map(() => i),
  );
  const slide = document.querySelector(".presentation");
  const controls = slide
    ? [
        ...slide.querySelectorAll(
          'input, select, textarea, [role="radio"], [role="slider"], [role="combobox"], [role="spinbutton"]',
        ),
      ]
        .filter((el) => el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 80))
    : ["no .presentation"];
  const zoomButtons = [...document.querySelectorAll("button")]
    .filter((b) => /^(Zoom in|Zoom out|Reset view)$/.test(b.getAttribute("aria-label") ?? ""))
    .filter((b) => b.checkVisibility()).length;
  // The figure: the map's frame (a zoomed map fills it) or, for the bars, the part of the SVG its
  // viewBox is drawn in (preserveAspectRatio "meet").
  let figure = 0;
  const frame = document.querySelector(".presentation .map__frame");
  const bars = document.querySelector(".presentation .bars__svg");
  if (frame) {
    const r = frame.getBoundingClientRect();
    figure = r.width * r.height;
  } else if (bars) {
    const r = bars.getBoundingClientRect();
    const vb = bars.viewBox.baseVal;
    const k = Math.min(r.width / vb.width, r.height / vb.height);
    figure = vb.width * k * vb.height * k;
  }
  return {
    scrollHeight: document.scrollingElement.scrollHeight,
    scrollWidth: document.scrollingElement.scrollWidth,
    innerHeight,
    innerWidth,
    sizes,
    offscreen,
    overlaps,
    controls,
    zoomButtons,
    figureShare: figure / (innerWidth * innerHeight),
    mapLabels: document.querySelectorAll(".presentation .map__marker text").length,
  };
}

/**
 * Records, from now on, the smallest size any mission label on a slide is drawn at, checked at each
 * change of the page (a MutationObserver runs before the browser paints the change), so a label
 * shown at the page's size for a single frame before it is scaled up counts too.
 */
function recordLabelSizes() {
  window.__smallestLabel = Number.POSITIVE_INFINITY;
  new MutationObserver(() => {
    for (const t of document.querySelectorAll(".presentation .map__marker text")) {
      const m = t.getScreenCTM();
      if (!m || !t.checkVisibility()) continue;
      const px = Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.c, m.d);
      window.__smallestLabel = Math.min(window.__smallestLabel, Math.round(px * 10) / 10);
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true });
}

/** Waits for the step's content to be drawn: its figure, and settled sizes (labels are re-measured). */
async function slideReady(page, n, min) {
  await page.locator(".presentation__progress").getByText(`${n} / ${TOTAL}`, { exact: true }).waitFor();
  const kind = KINDS[n - 1];
  if (kind === "overview") await page.getByRole("list", { name: "Headline figures" }).waitFor();
  if (kind === "map" || kind === "story")
    await page.locator('.presentation [data-map-ready="true"]').waitFor();
  // The map's shapes can be in place before its mission markers: the size poll below must not pass
  // on a map that has no labels yet.
  if (kind === "map")
    await page.waitForFunction(
      () => document.querySelectorAll(".presentation .map__marker text").length >= 5,
    );
  if (kind === "story") await page.getByRole("heading", { level: 2, name: stories[n - 3].title }).waitFor();
  if (kind === "ranking") await page.locator(".presentation .bars__svg").first().waitFor();
  // Texts are sized from the slide's layout (the map's labels, the bars' type): poll until every
  // text reaches the minimum or 10 s pass; the assertions below then report what was measured.
  await page
    .waitForFunction(
      (m) =>
        [...document.querySelectorAll(".presentation text")].every((t) => {
          const ctm = t.getScreenCTM();
          return !ctm || Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.c, ctm.d) >= m;
        }),
      min,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

for (const [width, height, minPx] of [
  [1920, 1080, 24],
  [1366, 768, 17],
]) {
  describe(`presentation slides at ${width} x ${height}`, () => {
    let app;
    before(async () => {
      app = await start({ viewport: { width, height }, deviceScaleFactor: 1 });
    });
    after(async () => app?.close());

    it(`fits every step on the screen, with no form controls and text of at least ${minPx} px`, async () => {
      const { page, problems } = await watchedPage(app.context, app.url);
      await page.goto(`${app.url}/?step=1`);
      await appReady(page);
      for (let n = 1; n <= TOTAL; n++) {
        // The map slide is the first to draw the map: its labels must never show small, even briefly.
        if (KINDS[n - 1] === "map") await page.evaluate(recordLabelSizes);
        if (n > 1) await page.keyboard.press("ArrowRight");
        await slideReady(page, n, minPx);
        if (KINDS[n - 1] === "map") {
          const smallest = await page.evaluate(() => window.__smallestLabel);
          assert.ok(smallest >= minPx, `step ${n} (map): a mission label was drawn at ${smallest} px`);
        }
        const r = await page.evaluate(probe);
        const where = `step ${n} (${KINDS[n - 1]}) at ${width} x ${height}`;
        assert.ok(
          r.scrollHeight <= r.innerHeight + 1,
          `${where}: scrolls, ${r.scrollHeight} > ${r.innerHeight}`,
        );
        assert.ok(r.scrollWidth <= r.innerWidth + 1, `${where}: scrolls sideways, ${r.scrollWidth}`);
        assert.deepEqual(r.controls, [], `${where}: form controls`);
        assert.deepEqual(r.offscreen, [], `${where}: text off the screen`);
        assert.deepEqual(r.overlaps, [], `${where}: the card, the legend or the map cover each other`);
        assert.equal(r.zoomButtons, 0, `${where}: zoom buttons`);
        const small = r.sizes.filter((s) => s.px < minPx);
        assert.ok(r.sizes.length > 5, `${where}: ${r.sizes.length} texts measured`);
        assert.deepEqual(small, [], `${where}: text under ${minPx} px`);
        if (KINDS[n - 1] !== "overview")
          assert.ok(
            r.figureShare >= 0.45,
            `${where}: the figure covers ${(r.figureShare * 100).toFixed(0)}%`,
          );
        if (KINDS[n - 1] === "map") assert.ok(r.mapLabels >= 5, `${where}: ${r.mapLabels} mission labels`);
        // The step and the date of the figures are large: at least twice the smallest text's minimum.
        const date = page.locator(".presentation time[datetime]");
        await date.waitFor();
        const big = await page.evaluate(() =>
          [".presentation__progress", ".presentation time[datetime]"].map((s) =>
            Number.parseFloat(getComputedStyle(document.querySelector(s)).fontSize),
          ),
        );
        for (const px of big) assert.ok(px >= minPx * 2, `${where}: step or date at ${px} px`);
        assert.equal(new URL(await urlOf(page)).searchParams.get("step"), String(n));
      }
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.consoleErrors, []);
    });
  });
}

describe("presentation slides: a story", () => {
  let app;
  before(async () => {
    app = await start({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
  });
  after(async () => app?.close());

  it("shows the story's map zoomed to it, its card beside it, the story's year; Home, End, Escape", async () => {
    const { page } = await watchedPage(app.context, app.url);
    const s = stories[3];
    await page.goto(`${app.url}/?step=6`);
    await slideReady(page, 6, 24);
    const card = page.getByRole("article", { name: s.title });
    await card.getByText(`${s.place}, `, { exact: false }).first().waitFor();
    // The card and the map side by side: the card to the right of the map, both on screen.
    const [mapBox, cardBox] = await Promise.all([
      page.locator(".presentation .map__frame").boundingBox(),
      card.boundingBox(),
    ]);
    assert.ok(cardBox.x >= mapBox.x + mapBox.width - 1, "card beside the map");
    assert.ok(cardBox.y + cardBox.height <= 1080, "card on screen");
    // The map is zoomed in on the story (the step sets the zoom; there are no zoom buttons).
    const zoom = await page.evaluate(() => {
      const g = document.querySelector(".presentation .map__svg g[transform]");
      return g?.getAttribute("transform") ?? "";
    });
    assert.match(zoom, /scale\((?!1\))/, `zoomed: ${zoom}`);
    const date = await page.locator(".presentation time[datetime]").getAttribute("datetime");
    assert.ok(date?.startsWith(String(s.years[0])), `date ${date} in ${s.years[0]}`);

    // Home and End, back to the story, and Escape: the page, with the story chosen (its full text).
    await page.keyboard.press("End");
    await slideReady(page, TOTAL, 24);
    await page.keyboard.press("Home");
    await slideReady(page, 1, 24);
    for (let n = 2; n <= 6; n++) await page.keyboard.press("ArrowRight");
    await slideReady(page, 6, 24);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Presentation mode" }).waitFor();
    assert.equal(new URL(await urlOf(page)).searchParams.get("story"), s.id);
  });
});
