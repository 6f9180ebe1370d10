// The tokens (the colours built from src/lib/palette.ts by vite.config.ts) and the base styles come
// first: every component's own stylesheet follows them in the one bundle.
import "./styles/tokens.css";
import "virtual:theme-tokens.css";
import "./styles/base.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App";
import { makeQueryClient } from "./app/query-client";

import { readTheme } from "./app/ThemeToggle";
import { datasetKeys, datasetQuery, PRERENDERED } from "./data/datasets";
import type { CountriesFile, TopologyFile } from "./data/schema";
import { toShapes } from "./features/map/shapes";
import { yieldToMain } from "./lib/tasks";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const client = makeQueryClient();
const app = (
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);

// The build pre-renders the default view into index.html (scripts/prerender.mjs), so the map is
// drawn before any script runs. To hydrate it, the client needs the same data the server had: it
// loads the first view's files (validated as always) and then hydrates. Any other view (a query in
// the URL, a saved theme) or a failed file is drawn afresh instead; the views show their own errors.
async function start(el: HTMLElement) {
  const prerendered = el.childElementCount > 0 && window.location.search === "" && readTheme() === "system";
  if (prerendered) {
    try {
      await Promise.all(PRERENDERED.map((name) => client.fetchQuery(datasetQuery(name))));
      // The map's shapes (the topology decoded, joined to the countries) in a task of their own:
      // the map's first render then finds them made, and hydration's slices stay short.
      await yieldToMain();
      const topology = client.getQueryData<TopologyFile>(datasetKeys.one("topology"));
      const countries = client.getQueryData<CountriesFile>(datasetKeys.one("countries"));
      if (topology && countries) toShapes(topology, countries.rows);
      await yieldToMain();
      // In a transition React hydrates in small slices and yields to the browser between them,
      // instead of one long task that would hold up a visitor's first tap.
      startTransition(() => {
        hydrateRoot(el, app);
      });
      return;
    } catch {
      // fall through: a fresh render shows which file failed
    }
  }
  el.replaceChildren();
  createRoot(el).render(app);
}
void start(root);
