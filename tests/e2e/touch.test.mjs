// The map on a touch screen, as a phone's visitor meets it: one finger scrolls the page (it must not
// drag the world out of the map's frame), two fingers pan and pinch the map, a tap still selects,
// and however far a gesture goes the world stays in its frame. Touches go through Chromium's input
// pipeline (CDP Input.dispatchTouchEvent), so the browser's own scrolling answers them as it would a
// finger.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openMap } from "./harness.mjs";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const mapOf = (page) => page.getByRole("group", { name: /^World map:/ });

/** The map's view: the zoomable group's transform, and Brazil's box on screen (relative to the map). */
async function viewOf(page) {
  return page.evaluate(() => {
    const frame = document.querySelector(".map__frame").getBoundingClientRect();
    const b = document.querySelector('path[data-key="BRA"]').getBoundingClientRect();
    return {
      transform: document.querySelector(".rsm-zoomable-group")?.getAttribute("transform"),
      brazil: [b.left - frame.left, b.top - frame.top, b.width, b.height].map((v) => Math.round(v)),
    };
  });
}

/**
 * How much of the map's frame the world covers: the union of the countries' boxes on screen
 * intersected with the frame, as a share of the frame's area.
 */
function worldCover(page) {
  return page.evaluate(() => {
    const f = document.querySelector(".map__frame").getBoundingClientRect();
    const boxes = [...document.querySelectorAll("path.map__country")].map((p) => p.getBoundingClientRect());
    const u = {
      left: Math.min(...boxes.map((b) => b.left)),
      top: Math.min(...boxes.map((b) => b.top)),
      right: Math.max(...boxes.map((b) => b.right)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
    };
    const w = Math.max(0, Math.min(u.right, f.right) - Math.max(u.left, f.left));
    const h = Math.max(0, Math.min(u.bottom, f.bottom) - Math.max(u.top, f.top));
    return (w * h) / (f.width * f.height);
  });
}

/** Two animation frames: the view drawn after the last touch. */
const frames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * A touch gesture: `paths` gives each finger's points from start to end (all the same length); the
 * fingers go down together, move in `steps`, and lift together.
 */
async function gesture(cdp, paths, steps = 12) {
  const at = (i) =>
    paths.map(([from, to], id) => ({
      x: from[0] + ((to[0] - from[0]) * i) / steps,
      y: from[1] + ((to[1] - from[1]) * i) / steps,
      id,
    }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= steps; i++)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

describe("the map on a 390 px touch screen", () => {
  let app;
  let page;
  let problems;
  let cdp;
  before(async () => {
    ({ app, page, problems } = await openMap(PHONE));
    cdp = await app.context.newCDPSession(page);
  });
  after(async () => app?.close());

  /** The map's frame scrolled to the top of the screen, with page left to scroll below it. */
  async function mapInView() {
    await page.evaluate(() => {
      const f = document.querySelector(".map__frame");
      window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY - 40);
    });
    await frames(page);
    return mapOf(page).boundingBox();
  }

  it("one finger swiped up over the map scrolls the page and leaves the map as it was; a tap selects", async () => {
    const box = await mapInView();
    const before = await viewOf(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.8;
    await gesture(cdp, [
      [
        [x, y],
        [x, y - 150],
      ],
    ]);
    await page
      .waitForFunction((s) => window.scrollY > s + 50, scrollBefore, { timeout: 3_000 })
      .catch(() => {});
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > scrollBefore + 50, `the page scrolled from ${scrollBefore} to ${scrolled}`);
    await frames(page);
    assert.deepEqual(await viewOf(page), before, "the map's view moved under one finger");
    // A tap on a country still selects it (once the swipe's fling has stopped: a browser takes a tap
    // during a fling as "stop scrolling", not as a tap).
    await page.waitForFunction(
      () =>
        new Promise((done) => {
          const y = window.scrollY;
          setTimeout(() => done(window.scrollY === y), 250);
        }),
      null,
      { timeout: 5_000 },
    );
    await mapInView();
    const brazil = await mapOf(page).locator('[data-key="BRA"]').boundingBox();
    await page.touchscreen.tap(brazil.x + brazil.width * 0.6, brazil.y + brazil.height * 0.35);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("country") === "BRA", null, {
      timeout: 3_000,
    });
  });

  it("two fingers pan and pinch the map; however far they drag, the world stays in its frame", async () => {
    const box = await mapInView();
    const before = await viewOf(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Pinch out: the fingers move apart, the map zooms in.
    await gesture(cdp, [
      [
        [cx - 20, cy],
        [cx - 90, cy],
      ],
      [
        [cx + 20, cy],
        [cx + 90, cy],
      ],
    ]);
    await frames(page);
    const pinched = await viewOf(page);
    assert.ok(
      pinched.brazil[2] > before.brazil[2] * 2,
      `Brazil ${before.brazil[2]} -> ${pinched.brazil[2]} px wide`,
    );
    // Two fingers dragged far to the lower right, as if to throw the world out of the frame.
    // The fingers start on the map and end far below it, as on a phone, six times over.
    for (let i = 0; i < 6; i++)
      await gesture(cdp, [
        [
          [cx - 60, cy],
          [cx + 100, cy + 550],
        ],
        [
          [cx - 20, cy],
          [cx + 140, cy + 550],
        ],
      ]);
    await frames(page);
    const panned = await viewOf(page);
    assert.notDeepEqual(panned.brazil, pinched.brazil, "two fingers moved the map");
    const cover = await worldCover(page);
    assert.ok(cover > 0.97, `the world covers ${(cover * 100).toFixed(0)}% of the frame`);
  });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});

describe("a mouse drag on a 1366 px screen", () => {
  let app;
  let page;
  before(async () => {
    ({ app, page } = await openMap());
  });
  after(async () => app?.close());

  it("pans the zoomed map but never takes the world out of its frame", async () => {
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await frames(page);
    const before = await viewOf(page);
    const box = await mapOf(page).boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Three long drags to the lower right, then one far to the upper left.
    for (const [dx, dy] of [
      [600, 400],
      [600, 400],
      [600, 400],
      [-3000, -2000],
    ]) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
      await page.mouse.move(x + dx, y + dy, { steps: 5 });
      await page.mouse.up();
      await frames(page);
      const cover = await worldCover(page);
      assert.ok(cover > 0.97, `after a drag by ${dx}, ${dy} the world covers ${(cover * 100).toFixed(0)}%`);
    }
    assert.notDeepEqual((await viewOf(page)).brazil, before.brazil, "the drags moved the map");
  });
});
