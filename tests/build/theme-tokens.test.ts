// The page's colour tokens come from the one palette: vite.config.ts writes each as a light-dark()
// pair from src/lib/palette.ts, so the page, the charts and the exports cannot drift apart.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DARK, LIGHT, PAGE_DARK, PAGE_LIGHT } from "../../src/lib/palette";
import { themeTokensCss } from "../../vite.config";

const css = themeTokensCss();
const stylesheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith(".css") ? [join(dir, e.name)] : [],
  );

describe("theme tokens", () => {
  it("writes every palette token once, as its light and dark pair", () => {
    for (const [name, light] of Object.entries(LIGHT))
      expect(css).toContain(`--${name}: light-dark(${light}, ${DARK[name as keyof typeof DARK]});`);
    for (const [name, light] of Object.entries(PAGE_LIGHT))
      expect(css).toContain(`--${name}: light-dark(${light}, ${PAGE_DARK[name as keyof typeof PAGE_DARK]});`);
    const names = [...css.matchAll(/--([\w-]+):/g)].map((m) => m[1]);
    expect(names).toHaveLength(Object.keys(LIGHT).length + Object.keys(PAGE_LIGHT).length);
    expect(new Set(names).size).toBe(names.length);
  });

  it("leaves no colour token written by hand in a stylesheet", () => {
    const generated = [...css.matchAll(/--([\w-]+):/g)].map((m) => m[1]);
    const tokens = readFileSync("src/styles/tokens.css", "utf8");
    for (const name of generated) expect(tokens).not.toMatch(new RegExp(`--${name}\\s*:`));
  });

  it("defines every token a stylesheet uses", () => {
    const files = stylesheets("src").map((f) => readFileSync(f, "utf8"));
    const defined = new Set([...[css, ...files].join("\n").matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set(files.flatMap((f) => [...f.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1])));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
