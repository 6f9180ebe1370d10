// Serves public/data/ to components under test through a stubbed fetch, with per-file faults.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { vi } from "vitest";

export const DATA_DIR = join(__dirname, "..", "..", "public", "data");

export type Fault = { status: number } | { body: string } | { json: unknown } | { network: true };

export function readData(file: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, file), "utf8"));
}

/** Stubs global fetch: /data/<file> answers from disk unless a fault is given for that file. */
export function serveData(faults: Record<string, Fault> = {}) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const file = url.slice(url.lastIndexOf("/") + 1);
    const fault = faults[file];
    if (fault && "network" in fault) throw new TypeError("Failed to fetch");
    if (fault && "status" in fault) return new Response("Not found", { status: fault.status });
    if (fault && "body" in fault) return new Response(fault.body, { status: 200 });
    if (fault && "json" in fault) return new Response(JSON.stringify(fault.json), { status: 200 });
    try {
      return new Response(readFileSync(join(DATA_DIR, file), "utf8"), { status: 200 });
    } catch {
      return new Response("Not found", { status: 404 });
    }
  });
  vi.stubGlobal("fetch", fetchMock);
  return { fetchMock, calls };
}
