// The one inline script in <head>. scripts/csp.mjs inlines it (no request before the first paint)
// and allows exactly this script in the CSP by its hash.
// 1. Applies the visitor's saved theme before the first paint. Kept in step with
//    src/app/ThemeToggle.tsx (key "atlas-theme", values light | dark | system).
// 2. Starts the app. The production build lists the app's code and data in
//    <script type="application/json" id="atlas-boot"> instead of fetching them from <head>
//    (scripts/prerender.mjs). Without that block (the dev server) the page's own module script runs
//    as usual.
//    - The pre-rendered default view (no query, no saved theme) holds the map, the date and the
//      figures as HTML: the app starts at the visitor's first sign of use (a pointer, a touch, a
//      key, focus, a scroll) or when a section only the app draws comes into view. On a phone,
//      whose first screen is the map, a page that is only looked at runs no code of ours.
//    - Any other view is drawn by the app: it starts once the page has loaded.
// 3. Until the app answers, a click on one of its controls is held and given to that control as
//    soon as it does (with a "Starting…" status meanwhile), never lost; the date slider stays put.
(() => {
  const html = document.documentElement;
  let saved = false;
  try {
    const t = localStorage.getItem("atlas-theme");
    if (t === "light" || t === "dark") {
      html.setAttribute("data-theme", t);
      saved = true;
    }
  } catch {
    // Storage blocked: follow the system setting.
  }
  let started = false;
  // The code could not be fetched or started (offline on a first visit): the page stays as it is,
  // says so, and a held click is dropped.
  const failed = () => html.setAttribute("data-app-failed", "");
  const start = () => {
    const el = document.getElementById("atlas-boot");
    if (started || !el) return;
    started = true;
    const boot = JSON.parse(el.textContent);
    const add = (tag, props) => document.head.append(Object.assign(document.createElement(tag), props));
    // The entry first, then one request per task (the code's chunks, then the data): adding each
    // costs the main thread some milliseconds on this large page, and all in one task made a long one.
    add("script", { type: "module", crossOrigin: "", src: boot.module, onerror: failed });
    const links = [
      ...boot.modulepreload.map((href) => ({ rel: "modulepreload", crossOrigin: "", href })),
      ...boot.preload.map((href) => ({ rel: "preload", as: "fetch", crossOrigin: "", href })),
    ];
    const next = (i) => {
      if (i >= links.length) return;
      add("link", links[i]);
      setTimeout(() => next(i + 1), 0);
    };
    setTimeout(() => next(0), 0);
  };
  const ready = () => html.hasAttribute("data-app-ready");
  const say = (text) => {
    const status = document.querySelector(".boot-status");
    if (status) status.textContent = text;
  };
  let held = null;
  const hold = (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const control = target?.closest("#root button, #root [role=button], #root input, #root select");
    if (ready() || !control) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held = control;
    html.setAttribute("data-app-waking", "");
    say("Starting the interactive atlas…");
    start();
  };
  document.addEventListener("click", hold, true);
  // The date slider moves by itself (no code needed): until the app answers, it does not, or the
  // thumb would show a date the map does not. Keys here; a pointer or a touch passes through it
  // (src/styles/base.css), so no touch listener holds up the page's scrolling. Either still starts
  // the app (below).
  const still = (e) => {
    if (!ready() && e.target instanceof Element && e.target.matches("#root input[type=range]"))
      e.preventDefault();
  };
  document.addEventListener("keydown", still, true);
  new MutationObserver((_, watcher) => {
    const broken = html.hasAttribute("data-app-failed");
    if (!ready() && !broken) return;
    watcher.disconnect();
    document.removeEventListener("click", hold, true);
    document.removeEventListener("keydown", still, true);
    html.removeAttribute("data-app-waking");
    say(broken ? "The interactive atlas could not start. Reload the page to try again." : "");
    if (!broken && held?.isConnected)
      held.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
    held = null;
  }).observe(html, { attributes: true, attributeFilter: ["data-app-ready", "data-app-failed"] });

  // The first sign of use, from the start: one during the load starts the app as soon as it is loaded.
  let used = false;
  let loaded = false;
  const USE = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel", "scroll"];
  const onUse = () => {
    for (const type of USE) window.removeEventListener(type, onUse, true);
    used = true;
    if (loaded) start();
  };
  for (const type of USE) window.addEventListener(type, onUse, { capture: true, passive: true });
  const afterLoad = () => {
    loaded = true;
    const root = document.getElementById("root");
    if (!used && location.search === "" && !saved && root && root.childElementCount > 0) {
      // A section only the app draws (its "Loading the …" line) in view starts it too.
      if (typeof IntersectionObserver === "function") {
        const seen = new IntersectionObserver((entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          seen.disconnect();
          onUse();
        });
        for (const el of root.querySelectorAll(".section-loading")) seen.observe(el);
      }
      return;
    }
    // A hidden tab draws no frames: start at once. Otherwise right after the next frame, with a
    // fallback in case that frame never comes.
    if (document.visibilityState === "hidden") return start();
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 1000);
  };
  // After the load event: the page's own load (the map, its styles) does not wait for the app.
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
})();
