// A view that moves from the report date's file to the history (a year chosen) must get the files
// themselves, as the query cache holds them: everything memoised by file (each December's figures,
// shaped once and shared by the map, the figures and the rankings) depends on it.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { type DatasetName, datasetQuery } from "../../src/data/datasets";
import { useDatasets } from "../../src/data/use-datasets";
import { readData } from "../helpers/data-server";

const FILES: Partial<Record<DatasetName, string>> = {
  countries: "countries.json",
  contributors: "contributors-2024-06-30.json",
  history: "history.json",
};

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const [name, file] of Object.entries(FILES)) {
    const key: readonly unknown[] = datasetQuery(name as DatasetName).queryKey;
    client.setQueryData(key, readData(file as string));
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const cached = (name: DatasetName) => client.getQueryData(datasetQuery(name).queryKey);
  return { wrapper, cached };
}

describe("useDatasets hands out the cached files themselves", () => {
  it("when the list changes from the report date's file to the history and back", async () => {
    const { wrapper, cached } = setup();
    const { result, rerender } = renderHook(({ names }) => useDatasets(...names), {
      wrapper,
      initialProps: { names: ["countries", "contributors"] as readonly DatasetName[] },
    });
    await waitFor(() => expect(result.current.status).toBe("success"));
    rerender({ names: ["countries", "history"] });
    await waitFor(() => {
      if (result.current.status !== "success") throw new Error(result.current.status);
      expect(result.current.data[1]).toBe(cached("history"));
      expect(result.current.data[0]).toBe(cached("countries"));
    });
    rerender({ names: ["countries", "contributors"] });
    await waitFor(() => {
      if (result.current.status !== "success") throw new Error(result.current.status);
      expect(result.current.data[1]).toBe(cached("contributors"));
    });
  });
});
