// Production Content-Security-Policy: a Vite plugin that puts the policy in the built index.html as
// a meta tag and writes `_headers` (Netlify, Cloudflare Pages) with the same policy plus the
// directives a meta tag cannot carry. The head script (src/head.js: saved theme, app start) is
// inlined into <head> so it costs no request before the first paint; the policy allows exactly that
// script by its hash.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The head script as it is inlined: its comment lines dropped (the hash covers these exact bytes). */
export const HEAD_SCRIPT = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../src/head.js"),
  "utf8",
)
  .split("\n")
  .filter((line) => !/^\s*\/\//.test(line))
  .join("\n")
  .trim();
export const HEAD_SCRIPT_HASH = `'sha256-${createHash("sha256").update(HEAD_SCRIPT).digest("base64")}'`;

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  `script-src 'self' ${HEAD_SCRIPT_HASH}`,
  // Inline style attributes: the export code writes computed styles into the copied SVG.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];
export const CSP = CSP_DIRECTIVES.join("; ");
/** Sent by the host only: any site may frame the app (the `?embed=` view exists for that). */
export const HEADER_CSP = `${CSP}; frame-ancestors *`;

export const HEADERS_FILE = `/*
  Content-Security-Policy: ${HEADER_CSP}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()

/assets/*
  Cache-Control: public, max-age=31536000, immutable

/sw.js
  Cache-Control: no-cache
`;

const HEAD_TAG = /<script src="\/head\.js"><\/script>/;

/** Replaces the head script's tag in index.html with the script itself. */
export function inlineHeadScript(html) {
  return html.replace(HEAD_TAG, () => `<script>${HEAD_SCRIPT}</script>`);
}

/** Adds the CSP meta tag right after <meta charset> in a built index.html. */
export function injectCsp(html, policy = CSP) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const m = html.match(/<meta charset[^>]*>/i);
  if (m) return html.replace(m[0], `${m[0]}\n    ${tag}`);
  return html.replace(/<head>/i, `<head>\n    ${tag}`);
}

/** Vite plugin: `plugins: [react(), cspPlugin()]` in vite.config.ts. The head script is inlined in dev too. */
export function cspPlugin(policy = CSP) {
  let outDir = "dist";
  let build = false;
  return {
    name: "atlas-csp",
    configResolved(config) {
      outDir = config.build.outDir;
      build = config.command === "build";
    },
    transformIndexHtml: {
      order: "post",
      handler: (html) => (build ? injectCsp(inlineHeadScript(html), policy) : inlineHeadScript(html)),
    },
    closeBundle() {
      if (build) writeFileSync(join(outDir, "_headers"), HEADERS_FILE);
    },
  };
}
