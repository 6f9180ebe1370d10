// The build pre-renders the default view (src/entry-server.tsx) and the browser hydrates it: the two
// must produce the same markup, or React throws the server HTML away and logs an error.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act } from "@testing-library/react";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import { seedQueryClient } from "../../src/app/seed";
import { prerenderedFiles, render } from "../../src/entry-server";
import { readData, serveData } from "../helpers/data-server";

const data = Object.fromEntries(
  Object.entries(prerenderedFiles).map(([name, file]) => [name, readData(file)]),
);

describe("pre-rendered default view", () => {
  it("holds the map, the figures and the sources before any script runs", () => {
    const html = render(data);
    expect(html).toContain('aria-label="World map: police officers contributed by country"');
    expect(html).toContain('data-map-ready="true"');
    expect(html).toContain("6,238");
    expect(html).toContain("Rwanda, 1,115 police officers contributed, 1st of 80");
  });

  it("hydrates without a mismatch", async () => {
    serveData();
    window.history.replaceState(null, "", "/");
    const container = document.createElement("div");
    container.innerHTML = render(data);
    document.body.append(container);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(seedQueryClient(client, data)).toBe(true);
    const recoverable = vi.fn();
    const errors = vi.spyOn(console, "error");
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <QueryClientProvider client={client}>
            <App />
          </QueryClientProvider>
        </StrictMode>,
        { onRecoverableError: recoverable },
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    act(() => root?.unmount());
    container.remove();
    vi.unstubAllGlobals();
  });

  it("refuses data that does not validate", () => {
    const client = new QueryClient();
    expect(seedQueryClient(client, { ...data, missions: { rows: "nope" } })).toBe(false);
  });
});
