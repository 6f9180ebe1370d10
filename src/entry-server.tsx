// Build-time pre-rendering (scripts/prerender.mjs): the default view rendered to HTML with the
// first view's data, so the map is drawn before any script runs and visitors without JavaScript
// still get a readable page. The client hydrates it with the same data (src/main.tsx).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app/App";
import { Footer } from "./app/Footer";
import { renderFooterDirectly } from "./app/lazy-parts";
import { PRERENDERED, seedQueryClient } from "./app/seed";
import { DATASETS, type DatasetName } from "./data/datasets";
import { schemas } from "./data/schema";

renderFooterDirectly(Footer);

/** The data files the pre-rendered view needs, by dataset name. */
export const prerenderedFiles = Object.fromEntries(PRERENDERED.map((n) => [n, DATASETS[n].file]));

/** Every data file the app loads, by dataset name. */
export const dataFiles = Object.fromEntries(Object.entries(DATASETS).map(([n, d]) => [n, d.file]));

/**
 * Whether a data file's text passes its schema. The build records the SHA-256 of each file that
 * does, and the browser skips checking those exact bytes again (data/fetch-json).
 */
export function validates(name: string, text: string): boolean {
  const d = DATASETS[name as DatasetName];
  if (!d) return false;
  try {
    return schemas()[d.schema].safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

/** Renders the default view; `data` maps dataset names to their parsed JSON. */
export function render(data: Record<string, unknown>): string {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  if (!seedQueryClient(client, data)) throw new Error("The pre-render data did not validate.");
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
