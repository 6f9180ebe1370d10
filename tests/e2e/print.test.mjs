// Print (issue 25, point 3): the view and each story print as a one-page handout on A4 and US
// Letter, read back from Chromium's PDF as a reader would get it (poppler's pdftotext and pdfinfo):
// one page; the title, the date, the map's source, the date's figures, the story's text and the
// link to the exact view; no control. Paper is light in the dark theme too. A "Print" button beside
// "Export map" opens the browser's print.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadMap, openMap, urlOf } from "./harness.mjs";

const { stories } = JSON.parse(readFileSync("public/data/stories.json", "utf8"));
const PAPERS = ["A4", "Letter"];
/** Control labels the page shows on screen and the paper must not. */
const CONTROLS = [
  "Export map",
  "Play",
  "Find a country",
  "Presentation mode",
  "Print this story",
  "Next story",
  "Police hosted",
];
const dir = mkdtempSync(join(tmpdir(), "atlas-print-"));

/** Runs a poppler tool; a missing tool fails the test with how to install it. */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "latin1" });
  assert.ok(!r.error, `${cmd} is missing (apt-get install poppler-utils): ${r.error}`);
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

let n = 0;
/** The page printed on `format` paper: its page count and its text, white space made single. */
async function printed(page, format, options = {}) {
  const file = join(dir, `print-${n++}.pdf`);
  await page.pdf({ path: file, format, ...options });
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
  const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
  return { file, pages, text };
}

/**
 * What the screen shows for this view once every part shows `day` (a story moves them to its year
 * as the history loads): the date's figures and the map's source line.
 */
async function onScreen(page, day) {
  const month = day.replace(/^\d+ /, "");
  // The finding's opening words name its date ("In December 2010, …", "On 30 June 2024, …"): any
  // other mention ("… fewer than at the December 2010 peak") is not the date shown.
  const opening = new RegExp(`^(In ${month}|On ${day}),`);
  await page.locator(".finding", { hasText: opening }).waitFor();
  await page.locator(".map-legend__title", { hasText: day }).waitFor();
  const figures = page.getByRole("list", { name: "Headline figures" });
  const items = (await figures.getByRole("listitem").allInnerTexts()).map((t) =>
    t.replace(/\s+/g, " ").trim(),
  );
  // Its first sentence: "Source: UN police contributions report, 30 June 2024".
  const source = (await page.locator(".map-section__source").innerText()).split(". ")[0];
  return { items, source };
}

/** The first pixel of a PDF's first page rendered at 40 dpi (a binary PPM), as [r, g, b]. */
function cornerPixel(file) {
  const out = join(dir, `corner-${n++}`);
  run("pdftoppm", ["-r", "40", "-singlefile", file, out]);
  const ppm = readFileSync(`${out}.ppm`);
  // P6\n<w> <h>\n<max>\n then the pixels.
  let at = 0;
  for (let fields = 0; fields < 4; at++) if (ppm[at] === 0x0a || ppm[at] === 0x20) fields++;
  return [ppm[at], ppm[at + 1], ppm[at + 2]];
}

function checkPaper(p, { title, day, story, screen, url }) {
  assert.equal(p.pages, 1, `one page, got ${p.pages}`);
  assert.ok(p.text.includes(title), `the title "${title}" in: ${p.text.slice(0, 300)}`);
  assert.ok(p.text.includes(day), `the date "${day}"`);
  assert.ok(p.text.includes(screen.source), `the source "${screen.source}"`);
  // The link, written out (a long address may break across lines: compared without white space).
  assert.ok(p.text.replace(/ /g, "").includes(url), `the link ${url} in: ${p.text.slice(-300)}`);
  // Each figure and its label ("6,238" and "police officers"): the text keeps a row's numbers together.
  for (const item of screen.items) {
    const [number, ...label] = item.split(" ");
    assert.ok(p.text.includes(` ${number} `), `the figure "${number}" (${item})`);
    assert.ok(p.text.includes(label.join(" ")), `the figure's label "${label.join(" ")}"`);
  }
  if (story) {
    const opening = story.summary.slice(0, 80).replace(/\s+/g, " ");
    assert.ok(p.text.includes(opening), `the story's text "${opening}"`);
  }
  // The map is the live SVG: vector on paper, no picture in the PDF (pdfimages lists none).
  const images = run("pdfimages", ["-list", p.file]).trim().split("\n").slice(2);
  assert.deepEqual(images, [], "no raster image in the PDF");
  const controls = CONTROLS.filter((c) => new RegExp(`\\b${c}\\b`).test(p.text));
  assert.deepEqual(controls, [], "no control on paper");
}

describe("print: a one-page handout", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
  });
  after(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the default view on one page of A4 and of Letter", async () => {
    const screen = await onScreen(page, "30 June 2024");
    assert.ok(
      screen.items.some((t) => t.startsWith("6,238")),
      screen.items.join(" | "),
    );
    for (const format of PAPERS) {
      const p = await printed(page, format);
      checkPaper(p, {
        title: "Where UN police come from",
        day: "30 June 2024",
        screen,
        url: await urlOf(page),
      });
      assert.ok(/ 6,238 .* police officers /.test(p.text), "the officers on 30 June 2024");
    }
  });

  for (const story of stories) {
    it(`prints the story "${story.title}" on one page of A4 and of Letter`, async () => {
      await loadMap(page, `${app.url}/?story=${story.id}`);
      await page.getByRole("article", { name: story.title }).waitFor();
      const screen = await onScreen(page, `31 December ${story.years[0]}`);
      for (const format of PAPERS) {
        checkPaper(await printed(page, format), {
          title: story.title,
          day: `31 December ${story.years[0]}`,
          story,
          screen,
          url: await urlOf(page),
        });
      }
    });
  }

  it("prints the link of the view on screen after the page has changed it", async () => {
    await loadMap(page, app.url);
    const story = stories[2];
    await page
      .getByRole("list", { name: "The five stories" })
      .getByRole("button", { name: story.theme })
      .click();
    await page.getByRole("article", { name: story.title }).waitFor();
    assert.match(await urlOf(page), new RegExp(`story=${story.id}`));
    const p = await printed(page, "A4");
    assert.ok(
      p.text.replace(/ /g, "").includes(await urlOf(page)),
      `the link ${await urlOf(page)} in: ${p.text.slice(-300)}`,
    );
    assert.ok(p.text.includes(story.title));
  });

  it('has a "Print" button beside "Export map", and "Print this story" on the story card, that print', async () => {
    await loadMap(page, `${app.url}/?story=${stories[0].id}`);
    await page.evaluate(() => {
      window.__prints = 0;
      window.print = () => {
        window.__prints += 1;
      };
    });
    const controls = page.locator(".map-section__controls");
    await controls.getByRole("button", { name: "Export map" }).waitFor();
    await controls.getByRole("button", { name: "Print", exact: true }).click();
    assert.equal(await page.evaluate(() => window.__prints), 1);
    const card = page.getByRole("article", { name: stories[0].title });
    await card.getByRole("button", { name: "Print this story" }).click();
    assert.equal(await page.evaluate(() => window.__prints), 2);
  });

  it("had no page or console errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});

describe("print: light paper in the dark theme", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap({ colorScheme: "dark" }));
  });
  after(async () => app?.close());

  for (const [how, theme] of [
    ["the system's", null],
    ["the chosen", "dark"],
  ]) {
    it(`prints light on white in ${how} dark theme, on one page of A4 and of Letter`, async () => {
      const story = stories[3];
      if (theme) await page.evaluate((t) => window.localStorage.setItem("atlas-theme", t), theme);
      await loadMap(page, `${app.url}/?story=${story.id}`);
      await page.getByRole("article", { name: story.title }).waitFor();
      // On screen the page is dark (the test would say nothing otherwise).
      const bodyBg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(await bodyBg(), "rgb(17, 22, 28)");
      const screen = await onScreen(page, `31 December ${story.years[0]}`);
      for (const format of PAPERS) {
        // With "background graphics" on, a dark page background would print.
        const p = await printed(page, format, { printBackground: true });
        const [r, g, b] = cornerPixel(p.file);
        assert.ok(Math.min(r, g, b) >= 240, `the paper's corner is white, got rgb(${r}, ${g}, ${b})`);
        checkPaper(p, {
          title: story.title,
          day: `31 December ${story.years[0]}`,
          story,
          screen,
          url: await urlOf(page),
        });
      }
      // In print the page's colours are the light theme's: white paper, dark text, the light map.
      await page.emulateMedia({ media: "print" });
      try {
        assert.equal(await bodyBg(), "rgb(255, 255, 255)");
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), "rgb(26, 31, 36)");
        const title = page.locator(".print-heading__title");
        assert.equal(await title.evaluate((el) => getComputedStyle(el).color), "rgb(26, 31, 36)");
      } finally {
        await page.emulateMedia({ media: null });
        await page.evaluate(() => window.localStorage.removeItem("atlas-theme"));
      }
    });
  }

  it("had no page or console errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
