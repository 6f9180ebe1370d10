// Applies the visitor's saved theme before the first paint (a classic blocking script: no flash of
// the wrong theme, and no inline script, so a strict CSP 'script-src self' allows it).
// Kept in step with src/app/ThemeToggle.tsx (key "atlas-theme", values light | dark | system).
(() => {
  try {
    const t = localStorage.getItem("atlas-theme");
    if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
  } catch {
    // Storage blocked: follow the system setting.
  }
})();
