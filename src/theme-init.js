// Applies the visitor's saved theme before the first paint. scripts/csp.mjs inlines it into <head>
// (no request before the paint) and allows exactly this script in the CSP by its hash.
// Kept in step with src/app/ThemeToggle.tsx (key "atlas-theme", values light | dark | system).
(() => {
  try {
    const t = localStorage.getItem("atlas-theme");
    if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
  } catch {
    // Storage blocked: follow the system setting.
  }
})();
