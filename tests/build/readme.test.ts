// The README is for readers: what it is, the two commands, hosting, data, layout and one table of
// current figures; the measurement diary lives in bench/HISTORY.md.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync("README.md", "utf8");
const ci = readFileSync(".ci/run", "utf8");

describe("README", () => {
  it("stays short enough to read: no session diary", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(250);
    expect(readme).not.toMatch(/Changes in the \w+ session/);
    expect(readme).not.toMatch(/tried and not kept/i);
    expect(existsSync("bench/HISTORY.md")).toBe(true);
  });
  it("has the sections a reader looks for, and one table of bench figures", () => {
    for (const heading of [
      "## Quick start",
      "## Build and host",
      "## Data",
      "## How the code is laid out",
      "## Performance",
    ])
      expect(readme).toContain(heading);
    const perf = readme.slice(
      readme.indexOf("## Performance"),
      readme.indexOf("\n## ", readme.indexOf("## Performance") + 1),
    );
    expect(perf.match(/^\| metric \|/gm)).toHaveLength(1);
  });
  it("gives the two quick-start commands, and CI runs exactly the test one", () => {
    expect(readme).toContain("npm install && npm run dev");
    expect(readme).toMatch(/^npm test\s/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
