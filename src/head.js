// The one inline script in <head>. scripts/csp.mjs inlines it (no request before the first paint)
// and allows exactly this script in the CSP by its hash.
// 1. Applies the visitor's saved theme before the first paint. Kept in step with
//    src/app/ThemeToggle.tsx (key "atlas-theme", values light | dark | system).
// 2. Starts the app once the pre-rendered page is on screen and loaded. The production build lists the app's
//    code and data in <script type="application/json" id="atlas-boot"> instead of fetching them
//    from <head> (scripts/prerender.mjs): fetching and compiling them while the page is first laid
//    out took a core from the first paint on a two-core machine. Without that block (the dev
//    server) the page's own module script runs as usual.
(() => {
  try {
    const t = localStorage.getItem("atlas-theme");
    if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
  } catch {
    // Storage blocked: follow the system setting.
  }
  let started = false;
  const start = () => {
    const el = document.getElementById("atlas-boot");
    if (started || !el) return;
    started = true;
    const boot = JSON.parse(el.textContent);
    const add = (tag, props) => document.head.append(Object.assign(document.createElement(tag), props));
    // The entry first, then one request per task (the code's chunks, then the data): adding each
    // costs the main thread some milliseconds on this large page, and all in one task made a long one.
    add("script", { type: "module", crossOrigin: "", src: boot.module });
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
  const afterFirstPaint = () => {
    // A hidden tab draws no frames: start at once. Otherwise right after the next frame, with a
    // fallback in case that frame never comes.
    if (document.visibilityState === "hidden") return start();
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 1000);
  };
  // After the load event: the page's own load (the map, its styles) does not wait for the app.
  if (document.readyState === "complete") afterFirstPaint();
  else window.addEventListener("load", afterFirstPaint, { once: true });
})();
