// The built app runs under the production Content-Security-Policy without a single violation.
// Until the plugin is wired into vite.config.ts, the test adds the meta tag to a copy of the build.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { CSP, injectCsp } from "../../scripts/csp.mjs";
import { serveDist } from "../../scripts/serve-dist.mjs";
import { launch, watchedPage } from "./harness.mjs";

describe("content security policy", () => {
  let server;
  let browser;
  let root;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), "atlas-csp-"));
    cpSync(process.env.ATLAS_DIST ?? "dist", root, { recursive: true });
    const file = join(root, "index.html");
    writeFileSync(file, injectCsp(readFileSync(file, "utf8"), process.env.ATLAS_CSP ?? CSP));
    server = await serveDist({ root });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("has the policy in the page and logs no violation while the reader uses the app", async () => {
    const { page, problems } = await watchedPage(browser.context, server.url);
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(server.url);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(meta ?? "", /script-src 'self'/);
    await page.getByRole("list", { name: "Headline figures" }).waitFor();
    const map = page.locator('[aria-label^="World map:"]').first();
    if (await map.count()) {
      await page.locator('[data-map-ready="true"]').first().waitFor({ timeout: 15_000 });
      const zoom = page.getByRole("button", { name: "Zoom in" });
      if (await zoom.count()) await zoom.first().click();
    }
    const next = page.getByRole("button", { name: "Next story" });
    if (await next.count()) await next.first().click();
    await page.waitForTimeout(500);
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, []);
    assert.deepEqual(
      problems.consoleErrors.filter((t) => /Content Security Policy|Refused to/i.test(t)),
      [],
    );
    assert.deepEqual(problems.pageErrors, []);
  });
});
