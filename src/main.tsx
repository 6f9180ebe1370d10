// The tokens (the colours built from src/lib/palette.ts by vite.config.ts) and the base styles come
// first: every component's own stylesheet follows them in the one bundle.
import "./styles/tokens.css";
import "virtual:theme-tokens.css";
import "./styles/base.css";
import { startTransition } from "react";
import { makeQueryClient } from "./app/query-client";
import { readTheme } from "./app/theme";
import { datasetKeys, datasetQuery, PRERENDERED } from "./data/datasets";
import type { CountriesFile, TopologyFile } from "./data/schema";
import { prepareShapes } from "./features/map/shapes";
import { yieldToMain } from "./lib/tasks";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const client = makeQueryClient();
// react-dom and the app are two chunks of their own, fetched at once (the build lists them in the
// boot block's modulepreloads, scripts/prerender.mjs) and each evaluated in a task of its own: one
// entry script evaluated in one piece was the longest task of the load.
const reactDom = import("react-dom/client");
const appRoot = import("./app/Root");

// The build pre-renders the default view into index.html (scripts/prerender.mjs), so the map is
// drawn before any script runs. To hydrate it, the client needs the same data the server had: it
// loads the first view's files (checked as always: data/fetch-json) and then hydrates. Any other view (a query in
// the URL, a saved theme) or a failed file is drawn afresh instead; the views show their own errors.
async function start(el: HTMLElement) {
  const prerendered = el.childElementCount > 0 && window.location.search === "" && readTheme() === "system";
  if (prerendered) {
    try {
      await Promise.all(PRERENDERED.map((name) => client.fetchQuery(datasetQuery(name))));
      // The map's shapes (the topology decoded, joined to the countries) in short slices of their
      // own: the map's first render then finds them made, and hydration's slices stay short.
      await yieldToMain();
      const topology = client.getQueryData<TopologyFile>(datasetKeys.one("topology"));
      const countries = client.getQueryData<CountriesFile>(datasetKeys.one("countries"));
      if (topology && countries) await prepareShapes(topology, countries.rows);
      const [{ hydrateRoot }, { Root }] = await Promise.all([reactDom, appRoot]);
      await yieldToMain();
      // In a transition React hydrates in small slices and yields to the browser between them,
      // instead of one long task that would hold up a visitor's first tap.
      startTransition(() => {
        hydrateRoot(el, <Root client={client} />);
      });
      return;
    } catch {
      // fall through: a fresh render shows which file failed
    }
  }
  const [{ createRoot }, { Root }] = await Promise.all([reactDom, appRoot]);
  el.replaceChildren();
  createRoot(el).render(<Root client={client} />);
}
// Code that cannot be fetched (offline on a first visit): the head script says so (src/head.js).
start(root).catch(() => document.documentElement.setAttribute("data-app-failed", ""));
