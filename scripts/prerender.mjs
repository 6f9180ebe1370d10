// Writes the pre-rendered default view into a built index.html, with preloads for its data.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Puts the entry stylesheet into index.html: the first paint then waits for the HTML alone, not for
 * another request (the CSP allows inline styles). Lazy chunks keep their own stylesheet files.
 */
export function inlineStylesheets(index, outDir) {
  return index.replace(/<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g, (_, href) => {
    const css = readFileSync(join(outDir, href), "utf8").trim();
    if (css.includes("</style")) throw new Error(`${href} cannot be inlined`);
    return `<style>${css}</style>`;
  });
}

export async function prerender(outDir, serverEntry) {
  const { render, prerenderedFiles } = await import(pathToFileURL(serverEntry).href);
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
  // The client fetches the same files before it hydrates: start those requests with the HTML.
  const preloads = Object.values(prerenderedFiles)
    .map((file) => `<link rel="preload" as="fetch" crossorigin href="/data/${file}" />`)
    .join("\n    ");
  writeFileSync(
    indexPath,
    inlineStylesheets(index, outDir)
      .replace("</head>", `    ${preloads}\n  </head>`)
      .replace(marker, `<div id="root">${html}</div>`),
  );
  console.log(`pre-rendered ${outDir}/index.html (${Math.round(html.length / 1024)} KB of HTML)`);
}
