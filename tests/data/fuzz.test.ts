import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseJson } from "../../src/data/check-json";
import { DATASETS, reportDatasets } from "../../src/data/datasets";
import { DataError } from "../../src/data/fetch-json";
import { schemas } from "../../src/data/schema";
import { REPORT_DATES } from "../../src/lib/calendar";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

/** mulberry32: a small seeded PRNG so every run fuzzes the same variants. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GARBAGE: unknown[] = [
  null,
  "NaN",
  "",
  "١٢٣",
  "𝔘𝔑 ☃ \u0000",
  -1,
  -99999,
  1e308,
  Number.MAX_SAFE_INTEGER,
  0.5,
  true,
  [],
  {},
  { nested: { deeper: [null, { x: "garbage" }] } },
  [[[[]]]],
];

function mutate(value: unknown, rnd: () => number, depth = 0): unknown {
  const pickG = () => GARBAGE[Math.floor(rnd() * GARBAGE.length)];
  if (Array.isArray(value)) {
    if (rnd() < 0.1) return [];
    const copy = [...value];
    if (copy.length && rnd() < 0.6) {
      const i = Math.floor(rnd() * copy.length);
      copy[i] = mutate(copy[i], rnd, depth + 1);
    }
    if (rnd() < 0.1) copy.push(pickG());
    return copy;
  }
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = { ...value };
    const keys = Object.keys(copy);
    const r = rnd();
    const key = keys[Math.floor(rnd() * keys.length)];
    if (key === undefined || r < 0.1) copy[`extra_${Math.floor(rnd() * 1000)}`] = pickG();
    else if (r < 0.25) delete copy[key];
    else if (r < 0.45) copy[key] = pickG();
    else copy[key] = mutate(copy[key], rnd, depth + 1);
    return copy;
  }
  if (depth > 12) return pickG();
  return rnd() < 0.5 ? pickG() : typeof value === "number" ? -value || Number.NaN : value;
}

const files = Object.values(DATASETS);

describe.each(files)("fuzzing $file", ({ file, label, schema }) => {
  const text = readFileSync(join("public/data", file), "utf8");
  const data: unknown = JSON.parse(text);

  it("returns data or throws a DataError with a plain message for 200+ malformed variants", () => {
    const rnd = prng(file.length * 7919);
    let rejected = 0;
    for (let n = 0; n < 220; n++) {
      let variant: string;
      if (n % 11 === 0) variant = text.slice(0, Math.floor(rnd() * text.length));
      else if (n % 13 === 0) variant = JSON.stringify(GARBAGE[n % GARBAGE.length]);
      else {
        let v = data;
        const rounds = 1 + Math.floor(rnd() * 4);
        for (let r = 0; r < rounds; r++) v = mutate(v, rnd);
        variant = JSON.stringify(v) ?? "null";
      }
      try {
        parseJson(variant, schemas()[schema], label, file);
      } catch (e) {
        expect(e).toBeInstanceOf(DataError);
        expect(e instanceof DataError && e.plain.trim().length > 0).toBe(true);
        rejected++;
      }
    }
    // The fuzzer must really produce broken input: most variants are rejected.
    expect(rejected).toBeGreaterThan(50);
  });
});

afterEach(() => vi.unstubAllGlobals());

// The second report date's files are loaded only on that date: open the app there for them.
const LATER = reportDatasets(REPORT_DATES[1]).map((n) => DATASETS[n].file);

describe.each(files)("the app with a malformed $file", ({ file, label }) => {
  // The history is loaded for a chosen year (and at idle time): open the app on one.
  const search = LATER.includes(file)
    ? "?date=2024-12-31"
    : file === DATASETS.history.file
      ? "?year=2010"
      : "";
  const text = readFileSync(join("public/data", file), "utf8");
  const data: unknown = JSON.parse(text);
  const rnd = prng(file.length * 104729);
  const variants = [
    text.slice(0, Math.floor(text.length / 3)),
    JSON.stringify(mutate(mutate(data, rnd), rnd)),
    JSON.stringify(mutate(data, rnd)),
    "[]",
  ];
  it.each(variants.map((v, i) => [i, v] as const))(
    "variant %i: a named message or the view, never a crash",
    async (i, body) => {
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      serveData({ [file]: { body } });
      renderApp(search);
      expect(await screen.findByRole("heading", { level: 1, name: "UN Police Atlas" })).toBeInTheDocument();
      // Wait until every view has settled: loaded or showing its message.
      await screen.findAllByRole("heading", { level: 2 });
      await new Promise((r) => setTimeout(r, 50));
      // Truncated JSON is never accepted: some view on the page names the file.
      if (i === 0) expect(await screen.findAllByRole("alert")).not.toHaveLength(0);
      for (const alert of screen.queryAllByRole("alert")) {
        expect(alert.textContent?.trim().length).toBeGreaterThan(0);
        // A schema failure names the dataset; a view that crashed on accepted data says which view.
        expect(alert).toHaveTextContent(new RegExp(`${label}|could not be shown`));
      }
      errors.mockRestore();
    },
  );
});
