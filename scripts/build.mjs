// The production build: the client bundle, then the default view pre-rendered into index.html.
// `node scripts/build.mjs [outDir]` (default dist/); the tests and the bench build through it too.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { prerender } from "./prerender.mjs";

const outDir = process.argv[2] ?? "dist";
const run = (args) => {
  const r = spawnSync("npx", ["vite", "build", ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(["--outDir", outDir, "--emptyOutDir"]);
// Inside the project so the server bundle resolves its packages from node_modules.
// One per output folder and checkout, so builds side by side (worktrees sharing node_modules) never
// remove each other's server bundle.
const ssrDir = join(
  "node_modules",
  `.atlas-ssr-${createHash("sha1").update(resolve(outDir)).digest("hex").slice(0, 8)}`,
);
try {
  run(["--ssr", "src/entry-server.tsx", "--outDir", ssrDir, "--emptyOutDir", "--logLevel", "warn"]);
  await prerender(outDir, join(ssrDir, "entry-server.js"));
} finally {
  rmSync(ssrDir, { recursive: true, force: true });
}
