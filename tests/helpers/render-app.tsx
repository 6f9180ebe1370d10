import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { App } from "../../src/app/App";

/** A fresh QueryClient per test, no retries (TanStack's testing guide). */
export function renderWithData(ui: ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}

export function renderApp(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  return renderWithData(<App />);
}
