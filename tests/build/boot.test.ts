// The production page starts its code after the first paint: the build moves the module script and
// the data requests into a data block (scripts/prerender.mjs), and the head script (src/head.js)
// turns that block back into requests once a frame has been drawn.
import { afterEach, describe, expect, it, vi } from "vitest";
import { HEAD_SCRIPT } from "../../scripts/csp.mjs";
import { BOOT_IMPORTS, bootChunks, deferBoot } from "../../scripts/prerender.mjs";

const VITE_INDEX = `<!doctype html><html><head><title>t</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">
  </head><body><div id="root"></div></body></html>`;

const bootOf = (html: string) =>
  JSON.parse(html.match(/<script type="application\/json" id="atlas-boot">([^<]*)<\/script>/)?.[1] ?? "null");

describe("deferBoot (build)", () => {
  it("moves the module script, its preloads and the data into the boot block", () => {
    const out = deferBoot(VITE_INDEX, ["headline.json", "world-110m.json"]);
    expect(out).not.toMatch(/<script type="module"/);
    expect(out).not.toMatch(/rel="(module)?preload"/);
    expect(bootOf(out)).toEqual({
      module: "/assets/index-abc.js",
      modulepreload: ["/assets/jsx-runtime-def.js"],
      preload: ["/data/headline.json", "/data/world-110m.json"],
      checked: {},
    });
    expect(out.indexOf('id="atlas-boot"')).toBeLessThan(out.indexOf("</body>"));
  });

  it("refuses a page without a module script, and never writes a raw '<' into the block", () => {
    expect(() => deferBoot("<html><body></body></html>", [])).toThrow(/no module script/);
    const out = deferBoot(VITE_INDEX, ["</script><script>alert(1)</script>.json"]);
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(bootOf(out).preload[0]).toBe("/data/</script><script>alert(1)</script>.json");
  });
});

describe("bootChunks (build)", () => {
  const manifest = {
    "index.html": { file: "assets/index-a.js", isEntry: true, dynamicImports: BOOT_IMPORTS },
    "node_modules/react-dom/client.js": {
      file: "assets/client-b.js",
      imports: ["index.html", "_react-dom-c.js"],
    },
    "_react-dom-c.js": { file: "assets/react-dom-c.js" },
    "src/app/Root.tsx": { file: "assets/Root-d.js", imports: ["_react-dom-c.js", "_shared-e.js"] },
    "_shared-e.js": { file: "assets/shared-e.js" },
    "src/features/rankings/ChartsSection.tsx": { file: "assets/ChartsSection-f.js" },
  };
  it("lists react-dom's and the app's chunks with what they import, once each, and no lazy section", () => {
    expect(bootChunks(manifest)).toEqual([
      "/assets/client-b.js",
      "/assets/react-dom-c.js",
      "/assets/Root-d.js",
      "/assets/shared-e.js",
    ]);
    const out = deferBoot(VITE_INDEX, [], {}, bootChunks(manifest));
    expect(bootOf(out).modulepreload).toContain("/assets/Root-d.js");
  });
  it("fails the build when a boot import has no chunk", () => {
    expect(() => bootChunks({ "index.html": { file: "assets/index-a.js", isEntry: true } })).toThrow(
      /no chunk/,
    );
  });
});

describe("head script (browser side)", () => {
  afterEach(() => {
    document.head.innerHTML = "";
    document.body.innerHTML = "";
    document.documentElement.removeAttribute("data-theme");
    localStorage.clear();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const run = () => new Function(HEAD_SCRIPT)();

  it("requests the entry module, its chunks and then the data (one file a task) only after the next frame", () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => frames.push(cb));
    const block = deferBoot(VITE_INDEX, ["headline.json", "countries.json"]).match(
      /<script type="application\/json".*?<\/script>/,
    );
    document.body.innerHTML = block?.[0] ?? "";
    run();
    const requested = () =>
      [...document.head.querySelectorAll("link, script")].map((el) => [
        el.tagName,
        el.getAttribute("rel") ?? el.getAttribute("type"),
        el.getAttribute("href") ?? el.getAttribute("src"),
      ]);
    expect(requested()).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames[0]?.(0);
    expect(requested()).toHaveLength(0);
    vi.advanceTimersByTime(0);
    expect(requested()).toEqual([["SCRIPT", "module", "/assets/index-abc.js"]]);
    // Then one request a task: the code's chunks, then the data.
    for (let i = 0; i < 3; i++) vi.advanceTimersByTime(1);
    expect(requested()).toEqual([
      ["SCRIPT", "module", "/assets/index-abc.js"],
      ["LINK", "modulepreload", "/assets/jsx-runtime-def.js"],
      ["LINK", "preload", "/data/headline.json"],
      ["LINK", "preload", "/data/countries.json"],
    ]);
    // The fallback timer does not start it twice.
    vi.advanceTimersByTime(2000);
    expect(requested()).toHaveLength(4);
  });

  it("does nothing without a boot block (the dev server's page has its own module script)", () => {
    vi.useFakeTimers();
    run();
    vi.advanceTimersByTime(2000);
    expect(document.head.querySelectorAll("link, script")).toHaveLength(0);
  });

  it("applies a saved theme at once", () => {
    localStorage.setItem("atlas-theme", "dark");
    run();
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
  });
});
