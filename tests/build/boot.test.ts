// The production page starts its code after the first paint: the build moves the module script and
// the data requests into a data block (scripts/prerender.mjs), and the head script (src/head.js)
// turns that block back into requests once a frame has been drawn.
import { JSDOM } from "jsdom";
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

  // Each in a window of its own: the script's listeners stay on the document it ran in.
  const page = (
    body: string,
    { theme, search = "", inView = false }: { theme?: string; search?: string; inView?: boolean } = {},
  ) => {
    const block = deferBoot(VITE_INDEX, ["headline.json"]).match(
      /<script type="application\/json".*?<\/script>/,
    )?.[0];
    const dom = new JSDOM(`<!doctype html><html><head></head><body>${body}${block}</body></html>`, {
      url: `http://atlas.test/${search}`,
      runScripts: "outside-only",
      pretendToBeVisual: true,
    });
    if (theme) dom.window.localStorage.setItem("atlas-theme", theme);
    // jsdom lays nothing out: a stand-in that reports every observed element as in view, or none.
    const observed: Element[] = [];
    Object.assign(dom.window, {
      IntersectionObserver: class {
        constructor(private report: (entries: { isIntersecting: boolean }[]) => void) {}
        observe(el: Element) {
          observed.push(el);
          if (inView) queueMicrotask(() => this.report([{ isIntersecting: true }]));
        }
        disconnect() {}
      },
    });
    dom.window.eval(HEAD_SCRIPT);
    const entryRequested = () => dom.window.document.head.querySelector('script[type="module"]') !== null;
    return { window: dom.window, document: dom.window.document, entryRequested, observed };
  };
  const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("leaves the pre-rendered default view without code until the first sign of use", async () => {
    const { window, entryRequested } = page(`<div id="root"><main>map</main></div>`);
    await settle(1200);
    expect(entryRequested()).toBe(false);
    window.dispatchEvent(new window.Event("pointermove"));
    expect(entryRequested()).toBe(true);
  });

  it("starts the default view when a section only the app draws comes into view", async () => {
    const body = `<div id="root"><main>map</main><p class="loading section-loading">Loading the rankings…</p></div>`;
    const below = page(body);
    const shown = page(body, { inView: true });
    await settle(1200);
    expect(below.observed.map((el) => el.textContent)).toEqual(["Loading the rankings…"]);
    expect(below.entryRequested()).toBe(false);
    expect(shown.entryRequested()).toBe(true);
  });

  it("starts any other view (a query, a saved theme: drawn afresh) without waiting for use", async () => {
    const query = page(`<div id="root"><main>map</main></div>`, { search: "?story=liberia-public-trust" });
    const themed = page(`<div id="root"><main>map</main></div>`, { theme: "dark" });
    await settle(1200);
    expect(query.entryRequested()).toBe(true);
    expect(themed.entryRequested()).toBe(true);
  });

  it("holds a click on a control until the app answers, says so, then gives the click to the control", async () => {
    const { window, document, entryRequested } = page(
      `<div id="root"><button type="button">Police hosted</button><a href="#sources">Sources</a></div><p class="boot-status" role="status"></p>`,
    );
    const button = document.querySelector("button") as HTMLButtonElement;
    const clicks: boolean[] = [];
    button.addEventListener("click", (e) => clicks.push(e.defaultPrevented));
    const early = new window.MouseEvent("click", { bubbles: true, cancelable: true });
    button.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);
    expect(clicks).toEqual([]);
    expect(entryRequested()).toBe(true);
    expect(document.querySelector(".boot-status")?.textContent).toMatch(/Starting/);
    // A link is no control of the app's: it works as a link at once.
    const link = new window.MouseEvent("click", { bubbles: true, cancelable: true });
    document.querySelector("a")?.dispatchEvent(link);
    expect(link.defaultPrevented).toBe(false);
    document.documentElement.setAttribute("data-app-ready", "");
    await settle(0);
    expect(clicks).toEqual([false]);
    expect(document.querySelector(".boot-status")?.textContent).toBe("");
    // Once the app answers, clicks go straight through, once each.
    button.click();
    expect(clicks).toEqual([false, false]);
  });

  it("says so when the app cannot start, and drops the held click", async () => {
    const { window, document } = page(
      `<div id="root"><button type="button">Police hosted</button></div><p class="boot-status" role="status"></p>`,
    );
    const button = document.querySelector("button") as HTMLButtonElement;
    let clicks = 0;
    button.addEventListener("click", () => clicks++);
    button.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true }));
    // The entry module's request fails (offline on a first visit).
    document.head.querySelector('script[type="module"]')?.dispatchEvent(new window.Event("error"));
    await settle(0);
    expect(document.querySelector(".boot-status")?.textContent).toMatch(/could not start\. Reload/);
    expect(clicks).toBe(0);
    expect(document.documentElement.hasAttribute("data-app-waking")).toBe(false);
  });

  it("keeps the date slider still until the app answers (the map would not follow it)", async () => {
    const { window, document } = page(`<div id="root"><input type="range" aria-label="Date" /></div>`);
    const key = () => {
      const e = new window.KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true, cancelable: true });
      document.querySelector("input")?.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(key()).toBe(true);
    document.documentElement.setAttribute("data-app-ready", "");
    await settle(0);
    expect(key()).toBe(false);
  });

  it("applies a saved theme at once", () => {
    localStorage.setItem("atlas-theme", "dark");
    run();
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
  });
});
