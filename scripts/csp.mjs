// Production Content-Security-Policy: a Vite plugin (build only) that puts the policy in index.html
// as a meta tag. frame-ancestors cannot be set by a meta tag: public/_headers (or the server) sets it.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
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

/** Adds the CSP meta tag right after <meta charset> in a built index.html. */
export function injectCsp(html, policy = CSP) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const m = html.match(/<meta charset[^>]*>/i);
  if (m) return html.replace(m[0], `${m[0]}\n    ${tag}`);
  return html.replace(/<head>/i, `<head>\n    ${tag}`);
}

/** Vite plugin: `plugins: [react(), cspPlugin()]` in vite.config.ts. */
export function cspPlugin(policy = CSP) {
  return {
    name: "atlas-csp",
    apply: "build",
    transformIndexHtml: { order: "post", handler: (html) => injectCsp(html, policy) },
  };
}
