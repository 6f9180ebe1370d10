// Runs the browser tests with node's test runner; builds dist/ first if it is missing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

// ATLAS_DIST lets several people test their own builds side by side (vite build --outDir X).
const dist = process.env.ATLAS_DIST ?? "dist";
if (!existsSync(`${dist}/index.html`)) {
  const build = spawnSync(process.execPath, ["scripts/build.mjs", dist], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const files = readdirSync("tests/e2e")
  .filter((f) => f.endsWith(".test.mjs"))
  .map((f) => `tests/e2e/${f}`);
const only = process.argv.slice(2);
const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...(only.length ? only : files)], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);
