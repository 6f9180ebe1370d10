// @vitest-environment node
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATA_DIR, serveData } from "../../tests/helpers/data-server";
import { parseJson, parseJsonInSlices } from "./check-json";
import { checkerFor } from "./datasets";
import { DataError, fetchJson } from "./fetch-json";
import { schemas } from "./schema";

const { missionsFile } = schemas();

afterEach(() => vi.unstubAllGlobals());

async function failure(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("expected a DataError");
}

describe("fetchJson", () => {
  it("returns validated data", async () => {
    serveData();
    const data = await fetchJson(
      "/data/missions.json",
      async () => ({ schema: missionsFile }),
      "mission details",
    );
    expect(data.rows[0]?.acronym).toBe("MINUSCA");
  });
  it("names a missing file", async () => {
    serveData({ "missions.json": { status: 404 } });
    const e = await failure(
      fetchJson("/data/missions.json", async () => ({ schema: missionsFile }), "mission details"),
    );
    expect(e.kind).toBe("missing");
    expect(e.plain).toMatch(
      /mission details could not be loaded: the file missions\.json was not found.*HTTP 404/,
    );
  });
  it("names a network failure", async () => {
    serveData({ "missions.json": { network: true } });
    const e = await failure(
      fetchJson("/data/missions.json", async () => ({ schema: missionsFile }), "mission details"),
    );
    expect(e.kind).toBe("missing");
  });
  it("names a damaged file", async () => {
    serveData({ "missions.json": { body: '{"rows": [' } });
    const e = await failure(
      fetchJson("/data/missions.json", async () => ({ schema: missionsFile }), "mission details"),
    );
    expect(e.kind).toBe("not-json");
    expect(e.plain).toContain("is damaged and is not valid JSON");
  });
  it("names the field that has the wrong shape", async () => {
    serveData({
      "missions.json": {
        json: { dataset: "missions", title: "t", source: "s", asOf: "2024", rows: [{ acronym: "X" }] },
      },
    });
    const e = await failure(
      fetchJson("/data/missions.json", async () => ({ schema: missionsFile }), "mission details"),
    );
    expect(e.kind).toBe("wrong-shape");
    expect(e.plain).toMatch(/rows\.0\.name/);
  });
});

describe("a file the build validated", () => {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const text = readFileSync(join(DATA_DIR, "missions.json"), "utf8");
  it("is parsed without its schema when its bytes are the build's", async () => {
    serveData();
    const checker = vi.fn(async () => ({ schema: missionsFile }));
    const data = await fetchJson("/data/missions.json", checker, "mission details", undefined, sha(text));
    expect(checker).not.toHaveBeenCalled();
    expect(data).toEqual(JSON.parse(text));
  });
  it("is checked in full when its bytes differ (edited or damaged after the build)", async () => {
    const json = { dataset: "missions", title: "t", source: "s", asOf: "2024", rows: [{ acronym: "X" }] };
    serveData({ "missions.json": { json } });
    const checker = vi.fn(async () => ({ schema: missionsFile }));
    const e = await failure(
      fetchJson("/data/missions.json", checker, "mission details", undefined, sha(text)),
    );
    expect(checker).toHaveBeenCalledOnce();
    expect(e.kind).toBe("wrong-shape");
    serveData({ "missions.json": { body: text.slice(0, -20) } });
    expect(
      (await failure(fetchJson("/data/missions.json", checker, "mission details", undefined, sha(text))))
        .kind,
    ).toBe("not-json");
  });
});

describe("a file checked in slices", () => {
  const text = readFileSync(join(DATA_DIR, "history.json"), "utf8");
  const { historyFile } = schemas();
  const slices = { key: "years", shell: schemas().historyShell, item: schemas().historyYear };
  it("is how the app checks the history", async () => {
    expect((await checkerFor("history")).slices).toEqual(slices);
  });
  it("gives what the whole schema gives, a year per task", async () => {
    expect(await parseJsonInSlices(text, slices, "history", "history.json")).toEqual(
      parseJson(text, historyFile, "history", "history.json"),
    );
  });
  it("names the year and the field that is wrong, or a year that is missing", async () => {
    const broken = JSON.parse(text);
    broken.years[3].countries.BGD = [-1, 0, 0, 0];
    const e = await failure(parseJsonInSlices(JSON.stringify(broken), slices, "history", "history.json"));
    expect(e.kind).toBe("wrong-shape");
    expect(e.detail).toMatch(/^years\.3\.countries\.BGD\.0: /);
    broken.years.splice(3, 1);
    const gap = await failure(parseJsonInSlices(JSON.stringify(broken), slices, "history", "history.json"));
    expect(gap.detail).toMatch(/every year from 2007 to 2024/);
    expect((await failure(parseJsonInSlices("{ no", slices, "history", "history.json"))).kind).toBe(
      "not-json",
    );
  });
});
