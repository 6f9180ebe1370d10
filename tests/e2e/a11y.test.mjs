import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { HEADER_CSP } from "../../scripts/csp.mjs";
import { serveDist } from "../../scripts/serve-dist.mjs";
import { appReady, launch, urlOf } from "./harness.mjs";

const stories = JSON.parse(readFileSync("public/data/stories.json", "utf8")).stories;

/** Every view the issue names: default, a country, each story, tables, presentation. */
const VIEWS = [
  ["default", ""],
  ["country selected", "?country=RWA"],
  ...stories.map((s) => [`story ${s.id}`, `?story=${s.id}`]),
  ["table views", "?view=table"],
  ["31 December 2024, hosted, a country selected", "?date=2024-12-31&measure=hosted&country=CAF"],
  ["presentation map step", "?step=2"],
  ["presentation step 1", "?step=1"],
  ["presentation story step", "?step=3"],
  ["presentation ranking", "?step=8"],
];

async function settle(page) {
  // The pre-rendered page has a heading before the app starts: wait for the app, then its view.
  await appReady(page);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0, null, {
    timeout: 10_000,
  });
  // The page at rest: the bar charts' race to a story's year finished (a label half-way can sit on a
  // bar too short for it), and the scroll that brings a linked story's card into view done (the
  // pinned map would cover text half-way). Nothing moves for 20 frames.
  await page.waitForFunction(
    () =>
      new Promise((done) => {
        const picture = () =>
          [...document.querySelectorAll(".bars g, .bars rect, .bars text")]
            .map((e) => `${e.getAttribute("transform")}${e.getAttribute("width")}${e.getAttribute("x")}`)
            .join() + window.scrollY;
        const before = picture();
        let frames = 20;
        const next = () => (--frames > 0 ? requestAnimationFrame(next) : done(picture() === before));
        requestAnimationFrame(next);
      }),
    null,
    { timeout: 10_000 },
  );
}

function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`)
    .join("\n");
}

for (const scheme of ["light", "dark"]) {
  describe(`axe-core, ${scheme} theme`, () => {
    let server;
    let browser;
    before(async () => {
      server = await serveDist({ root: process.env.ATLAS_DIST ?? "dist" });
      browser = await launch({ colorScheme: scheme });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });
    const views = scheme === "light" ? VIEWS : VIEWS.filter(([n]) => !n.startsWith("story "));
    for (const [name, query] of views) {
      it(`${name}: no violations`, async () => {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        await page.goto(`${server.url}/${query}`);
        await settle(page);
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.equal(violations.length, 0, describeViolations(violations));
      });
    }
  });
}

describe("strict Content-Security-Policy and the saved theme", () => {
  let server;
  let browser;
  before(async () => {
    server = await serveDist({ root: process.env.ATLAS_DIST ?? "dist" });
    browser = await launch({ colorScheme: "light" });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs under the production policy (no 'unsafe-inline' script) and applies a saved dark theme before the app", async () => {
    const scriptSrc = HEADER_CSP.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    assert.match(scriptSrc, /^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.route(`${server.url}/**`, async (route) => {
      const res = await route.fetch().catch(() => null);
      if (!res) return;
      const headers = { ...res.headers() };
      if ((headers["content-type"] ?? "").startsWith("text/html"))
        headers["content-security-policy"] = HEADER_CSP;
      await route.fulfill({ response: res, headers }).catch(() => undefined);
    });
    await page.goto(`${server.url}/`);
    await settle(page);
    // The theme lives in the header's small menu.
    await page.locator(".site-header__menu summary").click();
    await page.getByRole("radio", { name: "Dark" }).check();
    // The class of the first paint: the inlined theme script runs before the module script and React.
    await page.addInitScript(() => {
      document.addEventListener("readystatechange", () => {
        if (document.readyState === "interactive")
          window.__themeAtInteractive = document.documentElement.getAttribute("data-theme");
      });
    });
    await urlOf(page);
    await page.reload();
    await settle(page);
    assert.equal(await page.evaluate(() => window.__themeAtInteractive), "dark");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, "rgb(17, 22, 28)");
    assert.deepEqual(
      errors.filter((e) => /Content Security Policy/i.test(e)),
      [],
    );
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });
});
