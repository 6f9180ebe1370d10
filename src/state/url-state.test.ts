import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseState, serialiseState } from "./url-state";

describe("URL state", () => {
  it("gives defaults for an empty query", () => {
    expect(parseState("")).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });
  it("reads every valid parameter", () => {
    const { state, ignored } = parseState(
      "?measure=hosted&country=rwa&story=liberia-public-trust&year=2010&sort=name&view=table&step=3",
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      measure: "hosted",
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
      "?measure=bogus&country=<script>alert(1)</script>&story=../../x&year=1990&sort=&view=map&step=-1",
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored).toEqual(["measure", "country", "story", "year", "view", "step"]);
  });
  it("rejects years outside 2007–2024", () => {
    expect(parseState("?year=2006").state.year).toBeNull();
    expect(parseState("?year=2025").state.year).toBeNull();
    expect(parseState("?year=2024").state.year).toBe(2024);
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
