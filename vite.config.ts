import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { cspPlugin } from "./scripts/csp.mjs";
// .js names the .ts file (TypeScript's bundler resolution); an import without an extension makes Vite
// warn about its planned native config loader on every build.
import { DARK, LIGHT, PAGE_DARK, PAGE_LIGHT } from "./src/lib/palette.js";

/** The page's colour tokens, `--name: light-dark(light, dark)`, from the one palette (src/lib/palette.ts). */
export function themeTokensCss(): string {
  const pairs = (light: Readonly<Record<string, string>>, dark: Readonly<Record<string, string>>) =>
    Object.entries(light).map(([name, value]) => `  --${name}: light-dark(${value}, ${dark[name]});`);
  return `:root {\n${[...pairs(LIGHT, DARK), ...pairs(PAGE_LIGHT, PAGE_DARK)].join("\n")}\n}\n`;
}

// `import "virtual:theme-tokens.css"` (src/main.tsx): a stylesheet like any other, so it is bundled
// into the one inlined stylesheet, before the first paint, and needs nothing from the CSP.
const THEME_TOKENS = "virtual:theme-tokens.css";
const themeTokens: Plugin = {
  name: "atlas-theme-tokens",
  resolveId: (id) => (id === THEME_TOKENS ? `\0${THEME_TOKENS}` : null),
  load: (id) => (id === `\0${THEME_TOKENS}` ? themeTokensCss() : null),
};

// The pre-render never registers a service worker: the virtual module is a stub there.
const pwaRegisterStub = {
  name: "atlas-pwa-register-stub",
  resolveId: (id: string) => (id === "virtual:pwa-register" ? "\0pwa-register-stub" : null),
  load: (id: string) =>
    id === "\0pwa-register-stub" ? "export function registerSW() { return () => Promise.resolve(); }" : null,
};

// react-simple-maps' core reads d3-geo as a whole namespace (`import * as`), so every projection in
// d3-geo (about 12 KB gzip) was in the first view's code. For that one importer d3-geo resolves to
// src/lib/d3-geo-for-maps.ts, which re-exports what the app uses; the app always passes the map a
// projection function, never a projection's name.
const slimMapGeo: Plugin = {
  name: "atlas-slim-map-geo",
  enforce: "pre",
  resolveId(source, importer) {
    if (source !== "d3-geo" || !importer?.includes("react-simple-maps")) return null;
    return fileURLToPath(new URL("./src/lib/d3-geo-for-maps.ts", import.meta.url));
  },
};

export default defineConfig(({ isSsrBuild }) => ({
  // The pre-render build (src/entry-server.tsx) needs React only.
  plugins: isSsrBuild
    ? [react(), pwaRegisterStub]
    : [
        react(),
        slimMapGeo,
        themeTokens,
        // Content-Security-Policy meta tag in the built index.html (scripts only from this origin).
        cspPlugin(),
        // Offline after the first visit: Workbox precaches the app, the data and the map topology.
        VitePWA({
          // A new version waits for the visitor's "Reload" (src/app/pwa/UpdateNotice.tsx), never mixes versions.
          registerType: "prompt",
          // The manifest's PNG icons are for installation; they are not precached (see globIgnores).
          includeManifestIcons: false,
          // No injected inline script (strict CSP 'script-src self'): the app registers via virtual:pwa-register.
          injectRegister: null,
          manifest: {
            name: "UN Police Atlas",
            short_name: "UN Police",
            description:
              "Where the police officers serving under the UN flag come from, where they serve, and five stories of their work.",
            lang: "en",
            start_url: ".",
            scope: ".",
            display: "standalone",
            background_color: "#ffffff",
            theme_color: "#1656a8",
            icons: [
              { src: "icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
              { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
              { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
              {
                src: "icons/icon-maskable-512.png",
                sizes: "512x512",
                type: "image/png",
                purpose: "maskable",
              },
            ],
          },
          workbox: {
            // Workbox skips .json by default: the data files and the topology must be precached too.
            globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,json}"],
            // Both report dates' files are stored: a classroom can switch to 31 December 2024 offline.
            // The entry stylesheet is inlined into index.html (scripts/prerender.mjs), and PNG icons
            // serve installation only (the SVG icons stay), so neither is stored for offline use.
            globIgnores: ["**/assets/index-*.css", "**/icons/*.png"],
            navigateFallback: "index.html",
            cleanupOutdatedCaches: true,
            // Keep the whole precache well under 1 MB; a file above this would be left out (and show in the build log).
            maximumFileSizeToCacheInBytes: 600 * 1024,
          },
        }),
      ],
  build: {
    target: "es2022",
    // Source maps stay out of dist/: the static host serves only what visitors need.
    sourcemap: false,
    // One stylesheet, inlined into index.html by the pre-render: all of it is about 5 KB gzip, and a
    // lazy chunk's own stylesheet arriving later made the browser restyle the whole page (traced at
    // up to 12 ms, 50 ms at 4x CPU) in the frame that showed the rankings or the stories.
    cssCodeSplit: false,
    // .vite/manifest.json (not precached, not linked): the pre-render reads which chunks the boot
    // imports (react-dom, the app) and lists them with the entry's modulepreloads.
    manifest: true,
    // No preload helper round dynamic imports: it looked up and added <link rel=modulepreload> tags
    // in the page's head for every lazy chunk (up to 40 ms a time at 4x CPU on this large page). The
    // boot's own chunks are preloaded by the boot block; a lazy chunk fetches its imports itself.
    modulePreload: false,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./vitest.setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    css: false,
    // Whole-app renders on a busy 2-core machine: Testing Library waits up to 5 s per query, so a
    // test that makes two or three such waits needs more than vitest's default 5 s in all.
    testTimeout: 20000,
  },
}));
