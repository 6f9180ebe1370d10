// A small static server for dist/ on 127.0.0.1: used by the browser tests and the benchmark.
// Any static host serves dist/ the same way; this one only exists so tests need nothing else.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;
const gzCache = new Map();
/** A file's gzip bytes, compressed once per version of the file (its modification time). */
function gzipped(file) {
  const key = `${file}:${statSync(file).mtimeMs}`;
  let z = gzCache.get(key);
  if (!z) {
    z = gzipSync(readFileSync(file), { level: 6 });
    gzCache.set(key, z);
  }
  return z;
}

/**
 * Serves `root` on 127.0.0.1. `faults` maps a path ("/data/missions.json") to a status or a body,
 * so browser tests can break one file.
 */
export function serveDist({ root = "dist", port = 0, faults = {} } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const fault = faults[path];
    if (fault) {
      res.writeHead(fault.status ?? 200, { "content-type": "application/json" });
      res.end(fault.body ?? "");
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const isAsset = extname(path) !== "";
      if (isAsset) {
        res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
        return;
      }
      file = join(base, "index.html");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding" };
    // Compress text as every static host does (nginx `gzip on`, Netlify, GitHub Pages), so the
    // benchmark and Lighthouse see real transfer sizes.
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? gzipped(file) : readFileSync(file);
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}`, server, close: () => new Promise((c) => server.close(() => c())) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serveDist({ port });
  console.log(`Serving dist/ on ${url}`);
}
