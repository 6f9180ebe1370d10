// The import rules in biome.json can fail: a probe file that breaks a rule is written into the
// folder it would live in, linted, and removed. `npm run lint` runs the same rules on the tree.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";

/** Lints the probe files (path -> source) with the project's config; the rule names it reported. */
function lint(files: Record<string, string>): string[] {
  const paths = Object.keys(files);
  try {
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, source);
    }
    const r = spawnSync("npx", ["biome", "lint", "--max-diagnostics=50", ...paths], { encoding: "utf8" });
    const out = `${r.stdout}\n${r.stderr}`;
    return [...new Set(out.match(/lint\/\w+\/\w+/g) ?? [])];
  } finally {
    for (const path of paths) rmSync(path, { force: true });
  }
}

const probe = (folder: string, specifier: string) => ({
  [`src/${folder}/layering-probe.ts`]: `import * as m from "${specifier}";\nexport const probe = m;\n`,
});

describe("imports run one way (lib <- data <- state <- features <- app)", () => {
  it.each([
    ["charts/map", "../../data/schema", "a chart reads data"],
    ["charts/timeline", "../../state/url-state", "a chart reads the URL state"],
    ["components", "../data/use-datasets", "a generic component reads data"],
    ["lib", "../data/schema", "lib reads data"],
    ["data", "../state/url-state", "data reads the URL state"],
    ["state", "../features/time/year", "state reads a feature"],
    ["features/map", "../../app/App", "a feature reads the app"],
    ["export", "../features/map/MapView", "the exporter reads a feature"],
  ])("refuses: %s importing %s (%s)", (folder, specifier) => {
    expect(lint(probe(folder, specifier))).toContain("lint/style/noRestrictedImports");
  });

  it.each([
    ["charts/map", "../../lib/palette"],
    ["features/map", "../../data/measures"],
    ["state", "../data/measures"],
  ])("allows: %s importing %s", (folder, specifier) => {
    expect(lint(probe(folder, specifier))).not.toContain("lint/style/noRestrictedImports");
  });

  it("refuses an import cycle", () => {
    const found = lint({
      "src/lib/cycle-probe-a.ts": 'import { b } from "./cycle-probe-b";\nexport const a = () => b;\n',
      "src/lib/cycle-probe-b.ts": 'import { a } from "./cycle-probe-a";\nexport const b = () => a;\n',
    });
    expect(found).toContain("lint/suspicious/noImportCycles");
  });
});
