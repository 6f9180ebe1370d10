// Writes the pre-rendered default view into a built index.html; the app starts after it is painted.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Puts the entry stylesheet into index.html: the first paint then waits for the HTML alone, not for
 * another request (the CSP allows inline styles). The build makes one stylesheet (cssCodeSplit: false).
 */
export function inlineStylesheets(index, outDir) {
  return index.replace(/<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g, (_, href) => {
    const css = readFileSync(join(outDir, href), "utf8").trim();
    if (css.includes("</style")) throw new Error(`${href} cannot be inlined`);
    return `<style>${css}</style>`;
  });
}

/** The chunks src/main.tsx imports at boot (by source path): preloaded with the entry. */
export const BOOT_IMPORTS = ["node_modules/react-dom/client.js", "src/app/Root.tsx"];

/**
 * The files of the boot's dynamic imports and every chunk they import statically, from Vite's
 * manifest: the page needs them before it answers input, so they are fetched with the entry and
 * counted in its initial JS (scripts/check-budgets.mjs).
 */
export function bootChunks(manifest) {
  const files = [];
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry) return;
    const file = `/${chunk.file}`;
    if (files.includes(file)) return;
    files.push(file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const key of BOOT_IMPORTS) {
    if (!manifest[key]) throw new Error(`the build has no chunk for ${key} (src/main.tsx's boot imports)`);
    visit(key);
  }
  return files;
}

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Moves the app's code and its data requests out of <head> into a data block that src/head.js reads
 * once the pre-rendered page is on screen, so nothing competes with the first paint but the HTML.
 * `data` lists the files the client fetches before it hydrates; `checked` maps each data file that
 * passed its schema at build time to its SHA-256, so the browser need not check those bytes again.
 */
export function deferBoot(index, data, checked = {}, chunks = []) {
  const module = index.match(MODULE_SCRIPT)?.[1];
  if (!module) throw new Error("index.html has no module script to defer");
  const boot = {
    module,
    modulepreload: [...new Set([...[...index.matchAll(MODULE_PRELOAD)].map((m) => m[1]), ...chunks])],
    preload: data.map((file) => `/data/${file}`),
    checked,
  };
  // JSON in a data block: "<" never appears raw, so no tag can end the block early.
  const json = JSON.stringify(boot).replace(/</g, "\\u003c");
  return index
    .replace(MODULE_SCRIPT, "")
    .replace(MODULE_PRELOAD, "")
    .replace("</body>", `  <script type="application/json" id="atlas-boot">${json}</script>\n  </body>`);
}

export async function prerender(outDir, serverEntry) {
  const { render, prerenderedFiles, dataFiles, validates } = await import(pathToFileURL(serverEntry).href);
  // Every data file is validated here, once; the browser trusts exactly these bytes and checks any
  // other (a file edited after the build, or damaged on the way) as before.
  const checked = {};
  for (const [name, file] of Object.entries(dataFiles)) {
    const bytes = readFileSync(join(outDir, "data", file));
    if (validates(name, bytes.toString("utf8")))
      checked[file] = createHash("sha256").update(bytes).digest("hex");
  }
  const data = Object.fromEntries(
    Object.entries(prerenderedFiles).map(([name, file]) => [
      name,
      JSON.parse(readFileSync(join(outDir, "data", file), "utf8")),
    ]),
  );
  const html = render(data);
  const indexPath = join(outDir, "index.html");
  const index = readFileSync(indexPath, "utf8");
  const marker = '<div id="root"></div>';
  if (!index.includes(marker)) throw new Error("index.html has no empty #root to pre-render into");
  writeFileSync(
    indexPath,
    deferBoot(
      inlineStylesheets(index, outDir),
      Object.values(prerenderedFiles),
      checked,
      bootChunks(JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8"))),
    ).replace(marker, `<div id="root">${html}</div>`),
  );
  console.log(`pre-rendered ${outDir}/index.html (${Math.round(html.length / 1024)} KB of HTML)`);
  const unchecked = Object.values(dataFiles).filter((f) => !checked[f]);
  if (unchecked.length)
    console.warn(`data files that failed their schema (checked in the browser): ${unchecked.join(", ")}`);
}
