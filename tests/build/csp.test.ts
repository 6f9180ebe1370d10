// The build's security policy: the one inline script is allowed by its own hash and nothing else,
// and the README's nginx lines are the policy the build writes.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CSP,
  HEAD_SCRIPT,
  HEAD_SCRIPT_HASH,
  HEADER_CSP,
  HEADERS_FILE,
  injectCsp,
  inlineHeadScript,
} from "../../scripts/csp.mjs";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("content security policy", () => {
  it("allows scripts from this origin and the inlined head script by its hash only", () => {
    expect(directive(CSP, "script-src")).toBe(`script-src 'self' ${HEAD_SCRIPT_HASH}`);
    expect(CSP).not.toMatch(/unsafe-eval/);
    expect(directive(CSP, "script-src")).not.toMatch(/unsafe-inline/);
    for (const d of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"])
      expect(CSP.split("; ")).toContain(d);
  });

  it("hashes exactly the script it inlines, and inlines it in place of the file", () => {
    const html = '<head><meta charset="UTF-8" /><script src="/head.js"></script></head>';
    const out = injectCsp(inlineHeadScript(html));
    const inline = out.match(/<script>([\s\S]*?)<\/script>/)?.[1];
    expect(inline).toBe(HEAD_SCRIPT);
    const hash = createHash("sha256")
      .update(inline ?? "")
      .digest("base64");
    expect(HEAD_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    expect(out).not.toContain("/head.js");
    expect(out).toContain(`content="${CSP}"`);
    expect(HEAD_SCRIPT).toContain('localStorage.getItem("atlas-theme")');
  });

  it("sends frame-ancestors from the host, and the README's nginx lines match the build", () => {
    expect(HEADERS_FILE).toContain(`Content-Security-Policy: ${HEADER_CSP}`);
    expect(HEADER_CSP).toBe(`${CSP}; frame-ancestors *`);
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(`add_header Content-Security-Policy "${HEADER_CSP}" always;`);
  });
});
