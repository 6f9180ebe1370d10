// Exports as a newsroom opens them: every CSV row the figure counts, ranks as numbers, readable
// sources; every image titled, keyed, sourced, licensed and linked to its view; the social and
// square presets filled by the chart with no text under 14 px; SVGs that xmllint and librsvg read.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { start, watchedPage } from "./harness.mjs";

const DIST = process.env.ATLAS_DIST ?? "dist";
const OUT = mkdtempSync(join(tmpdir(), "atlas-exports-"));
const readJson = (f) => JSON.parse(readFileSync(join(DIST, "data", f), "utf8"));

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of strings. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && s[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Strings that belong to our files and repositories, never to an export. */
const INTERNAL =
  /owid\/|owid-datasets|\.pdf\b|\.csv\b|\.json\b|kl371218|provenance|parsed|same file|github|source_file/i;

const CHARTS = [
  { name: "map", scope: "#map", title: "Where UN police come from" },
  { name: "top contributors", scope: "#contributors-chart", title: "Top police contributors" },
  { name: "missions", scope: "#missions-chart", title: "Missions by police strength" },
  { name: "timeline", scope: ".panel--stories", title: "UN police deployed each December, 2007–2024" },
];

const tool = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

describe("finished exports in Chromium", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    app = await start({ acceptDownloads: true });
    ({ page, problems } = await watchedPage(app.context, app.url));
  });
  after(async () => app?.close());

  async function open(query) {
    await page.goto(`${app.url}/${query}`);
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await page.getByRole("group", { name: "Bar chart: top police contributors" }).waitFor();
  }

  async function save(selector, action, size) {
    const scope = page.locator(selector);
    const menu = scope.getByRole("button", { name: /^Export/ }).first();
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    if (size) await scope.getByRole("radio", { name: size }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      scope.getByRole("button", { name: action }).click(),
    ]);
    const path = join(
      OUT,
      `${size ? `${size.split(",")[0].replace(/\W/g, "")}-` : ""}${download.suggestedFilename()}`,
    );
    await download.saveAs(path);
    await menu.click();
    return { path, text: readFileSync(path, "utf8") };
  }

  /** The link an image prints: the page's address without its scheme. */
  const shortLink = () => {
    const u = new URL(page.url());
    return `${u.host}${u.pathname === "/" && !u.search ? "" : u.pathname}${u.search}`;
  };

  it("the map's CSV has every country the report counts, adding up to its total, ranks as numbers", async () => {
    for (const date of ["2024-06-30", "2024-12-31"]) {
      await open(date === "2024-06-30" ? "" : `?date=${date}`);
      const report = readJson(`contributors-${date}.json`).rows.filter((r) => r.total > 0);
      const [header, ...rows] = parseCsv((await save("#map", "Download CSV")).text);
      assert.deepEqual(header, [
        "country",
        "iso3",
        "police_contributed",
        "rank",
        "tied",
        "drawn_on_map",
        "as_of",
        "source",
      ]);
      assert.equal(rows.length, report.length, `${date}: one row per contributing country`);
      const sum = rows.reduce((n, r) => n + Number(r[2]), 0);
      assert.equal(
        sum,
        report.reduce((n, r) => n + r.total, 0),
        `${date}: rows add up to the report's total`,
      );
      assert.deepEqual(new Set(rows.map((r) => r[1])), new Set(report.map((r) => r.iso3)));
      for (const iso3 of ["KIR", "STP"].filter((c) => report.some((r) => r.iso3 === c)))
        assert.equal(rows.find((r) => r[1] === iso3)?.[5], "no", `${iso3} is counted but not drawn`);
      for (const r of rows) {
        assert.match(r[3], /^\d+$/, `rank of ${r[0]} is a plain number`);
        assert.match(r[4], /^(yes|no)$/);
        for (const cell of r)
          assert.doesNotMatch(cell, /^[=+\-@]/, "no cell a spreadsheet reads as a formula");
      }
    }
    assert.equal(
      readJson("contributors-2024-06-30.json").rows.reduce((n, r) => n + r.total, 0),
      6238,
      "the report's total as the page states it",
    );
  });

  it("the hosted map's CSV adds up to the same total, the Abyei area (no country) included", async () => {
    await open("?measure=hosted");
    const total = readJson("contributors-2024-06-30.json").rows.reduce((n, r) => n + r.total, 0);
    const [header, ...rows] = parseCsv((await save("#map", "Download CSV")).text);
    assert.equal(header[2], "police_hosted");
    assert.equal(
      rows.reduce((n, r) => n + Number(r[2]), 0),
      total,
    );
    assert.equal(rows.find((r) => r[0].startsWith("Abyei"))?.[5], "no");
  });

  it("a December map's CSV adds up to that December's figures", async () => {
    await open("?year=2012");
    const year = readJson("history.json").years.find((y) => y.year === 2012);
    const counts = Object.values(year.countries).map((v) => v[0]);
    const [, ...rows] = parseCsv((await save("#map", "Download CSV")).text);
    assert.equal(rows.length, counts.filter((n) => n > 0).length);
    assert.equal(
      rows.reduce((n, r) => n + Number(r[2]), 0),
      counts.reduce((n, v) => n + v, 0),
    );
    assert.ok(rows.every((r) => r[6] === "2012-12-31"));
  });

  it("every export is free of file names and repository strings, its sources readable titles with dates", async () => {
    await open("?country=SEN");
    for (const c of CHARTS) {
      const csv = (await save(c.scope, "Download CSV")).text;
      const svg = (await save(c.scope, "Download SVG", "Double (2x)")).text;
      assert.doesNotMatch(csv, INTERNAL, `${c.name} CSV`);
      assert.doesNotMatch(svg.replace(/<svg[^>]*>/g, ""), INTERNAL, `${c.name} SVG`);
      const [header, ...rows] = parseCsv(csv);
      const source = header.indexOf("source");
      for (const r of rows)
        assert.match(r[source], /\b(19|20)\d\d\b/, `${c.name}: a dated source (${r[source]})`);
    }
  });

  for (const preset of ["Social card, 1200 × 675", "Square, 1080 × 1080"])
    it(`${preset}: each chart fills the canvas, keyed, sourced, licensed and linked, no text under 14 px`, async () => {
      await open("?country=SEN");
      const [w, h] = preset
        .match(/(\d+) × (\d+)/)
        .slice(1)
        .map(Number);
      for (const c of CHARTS) {
        const { path, text } = await save(c.scope, "Download SVG", preset);
        assert.match(text, new RegExp(`width="${w}" height="${h}"`), `${c.name}: the preset's size`);
        if (tool("xmllint"))
          assert.equal(spawnSync("xmllint", ["--noout", path]).status, 0, `${c.name}: xmllint`);
        if (tool("rsvg-convert")) {
          const png = spawnSync("rsvg-convert", [path]);
          assert.equal(png.status, 0, `${c.name}: librsvg draws it`);
          assert.equal(png.stdout.readUInt32BE(16), w);
        }
        // Laid out as a browser draws it.
        const check = await app.context.newPage();
        await check.setContent(`<body style="margin:0">${text.replace(/^<\?xml[^>]*>/, "")}</body>`);
        const m = await check.evaluate(() => {
          const root = document.querySelector("body > svg");
          const canvas = root.getBoundingClientRect();
          // The chart's own viewport, as placed (its drawing may leave part of it blank).
          const el = root.querySelector(":scope > svg");
          const [cx, cy, cw, ch] = ["x", "y", "width", "height"].map((a) => Number(el.getAttribute(a)));
          const chart = { left: cx, top: cy, right: cx + cw, bottom: cy + ch };
          const texts = [...root.querySelectorAll("text")]
            .filter((t) => t.textContent.trim())
            .map((t) => {
              const r = t.getBoundingClientRect();
              const ctm = t.getScreenCTM();
              return {
                text: t.textContent.trim(),
                px: Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b),
                box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
              };
            });
          const title = root.querySelector(":scope > title")?.textContent;
          return {
            canvas: { w: canvas.width, h: canvas.height },
            chart: { x0: chart.left, y0: chart.top, x1: chart.right, y1: chart.bottom },
            texts,
            title,
          };
        });
        await check.close();
        assert.deepEqual(m.canvas, { w, h });
        assert.ok(
          m.chart.x0 >= 0 && m.chart.y0 >= 0 && m.chart.x1 <= w + 0.5 && m.chart.y1 <= h + 0.5,
          `${c.name}: chart inside the canvas`,
        );
        const cw = m.chart.x1 - m.chart.x0;
        const ch = m.chart.y1 - m.chart.y0;
        assert.ok(
          cw >= (w - 60) * 0.65 || ch >= h * 0.65,
          `${c.name}: the chart fills the canvas one way (${Math.round(cw)} × ${Math.round(ch)})`,
        );
        const small = m.texts.filter((t) => t.px < 13.95);
        assert.deepEqual(
          small.map((t) => `${t.text} ${t.px.toFixed(1)}px`),
          [],
          `${c.name}: no text under 14 px`,
        );
        const outside = m.texts.filter(
          (t) => t.box.x0 < -1 || t.box.y0 < -1 || t.box.x1 > w + 1 || t.box.y1 > h + 1,
        );
        assert.deepEqual(
          outside.map((t) => t.text),
          [],
          `${c.name}: every text inside the canvas`,
        );
        const words = m.texts.map((t) => t.text).join("\n");
        assert.equal(m.title, c.title);
        assert.match(words, /^Source: /m, `${c.name}: source`);
        assert.match(words, /^Licences: .*terms of use/m, `${c.name}: licence`);
        assert.ok(
          words.replace(/\n/g, "").includes(shortLink()),
          `${c.name}: the link to the view (${shortLink()})`,
        );
        if (c.name === "map") {
          assert.match(words, /Natural Earth/, "the map's shapes' licence");
          for (const k of ["1–9", "1,000 or more", "None", "No data", "UN mission", "Selected: Senegal"])
            assert.ok(
              m.texts.some((t) => t.text === k),
              `map key: ${k}`,
            );
        }
        if (c.name === "timeline") {
          for (const k of [
            "UN police officers each December",
            "Event in one of the stories",
            "Other dated event",
          ])
            assert.ok(
              m.texts.some((t) => t.text === k),
              `timeline key: ${k}`,
            );
          assert.ok(
            m.texts.some((t) => t.text === "10,000" || t.text === "10k"),
            "the timeline's value axis",
          );
          const subtitle = m.texts[1]?.text ?? "";
          assert.notEqual(subtitle, c.title, "a subtitle that is not the title again");
        }
      }
    });

  it("logged no errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});
