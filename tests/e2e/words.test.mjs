// No internal strings on screen (issue 24, point 9): the whole page's text, at the default view, at
// a chosen year and with a story open, names its sources in short readable lines, never with
// repository paths, file names or working notes from the source CSVs.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadMap, openMap } from "./harness.mjs";

const INTERNAL = ["owid/", ".csv", ".pdf", "parsed", "(same file)"];

describe("words on screen", () => {
  let app;
  let page;
  let problems;
  before(async () => {
    ({ app, page, problems } = await openMap());
  });
  after(async () => app?.close());

  for (const query of ["", "?year=2010", "?story=liberia-public-trust"]) {
    it(`shows no internal string ${query ? `at ${query}` : "by default"}`, async () => {
      await loadMap(page, `${app.url}/${query}`);
      // The timeline's readout and the footer's sources have loaded.
      await page.locator(".tl-readout", { hasText: /Source:/ }).waitFor();
      await page
        .getByRole("contentinfo")
        .getByText(/Our World in Data/)
        .first()
        .waitFor();
      const text = await page.locator("body").innerText();
      assert.deepEqual(
        INTERNAL.filter((s) => text.toLowerCase().includes(s)),
        [],
        text
          .split("\n")
          .filter((l) => INTERNAL.some((s) => l.toLowerCase().includes(s)))
          .join("\n"),
      );
    });
  }

  it("had no page or console errors", () => {
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
