import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseState, serialiseState } from "./url-state";

describe("URL state", () => {
  it("gives defaults for an empty query", () => {
    expect(parseState("")).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });
  it("reads every valid parameter", () => {
    const { state, ignored } = parseState(
      "?measure=hosted&date=2024-12-31&country=rwa&story=liberia-public-trust&year=2010&sort=name&view=table&step=3",
    );
    expect(ignored).toEqual([]);
    // A year is a December 2007–2023: the date goes back to its default (one way per date).
    expect(state).toEqual({
      measure: "hosted",
      date: "2024-06-30",
      country: "RWA",
      story: "liberia-public-trust",
      year: 2010,
      sort: "name",
      view: "table",
      step: 3,
    });
  });
  it("drops invalid values and says which", () => {
    const { state, ignored } = parseState(
      "?measure=bogus&date=2024-12-30&country=<script>alert(1)</script>&story=../../x&year=1990&sort=&view=map&step=-1",
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored).toEqual(["measure", "date", "country", "story", "year", "view", "step"]);
  });
  it("rejects years outside 2007–2024", () => {
    expect(parseState("?year=2006").state.year).toBeNull();
    expect(parseState("?year=2025").state.year).toBeNull();
    // 2024's December is the 31 December 2024 report: one way to write it.
    expect(parseState("?year=2024").state).toMatchObject({ year: null, date: "2024-12-31" });
  });
  it("knows the two report dates and leaves the default out of the URL", () => {
    expect(parseState("?date=2024-12-31").state.date).toBe("2024-12-31");
    expect(parseState("?date=2025-06-30")).toEqual({ state: DEFAULT_STATE, ignored: ["date"] });
    expect(serialiseState({ ...DEFAULT_STATE, date: "2024-06-30" })).toBe("");
    expect(serialiseState({ ...DEFAULT_STATE, date: "2024-12-31" })).toBe("?date=2024-12-31");
  });
  it("round-trips and leaves defaults out of the URL", () => {
    const state = { ...DEFAULT_STATE, country: "SEN", year: 2011 };
    const search = serialiseState(state);
    expect(search).toBe("?country=SEN&year=2011");
    expect(parseState(search).state).toEqual(state);
    expect(serialiseState(DEFAULT_STATE)).toBe("");
  });
  it("keeps parameters it does not own (e.g. embed)", () => {
    expect(serialiseState(DEFAULT_STATE, new URLSearchParams("embed=map&country=X"))).toBe("?embed=map");
  });
});
