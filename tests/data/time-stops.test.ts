import { describe, expect, it } from "vitest";
import { canonicalTime, stopDay, stopIndex, TIME_STOPS } from "../../src/lib/calendar";
import { normalisePatch } from "../../src/state/rules";
import { parseState, serialiseState } from "../../src/state/url-state";

describe("one time scale", () => {
  it("offers every December 2007–2023 and the two 2024 reports, in order, each once", () => {
    const days = TIME_STOPS.map(stopDay);
    expect(days).toHaveLength(19);
    expect(days[0]).toBe("2007-12-31");
    expect(days.slice(-2)).toEqual(["2024-06-30", "2024-12-31"]);
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });

  it("maps every (year, date) pair onto its stop, year 2024 onto the December report", () => {
    expect(stopIndex(null, "2024-06-30")).toBe(17);
    expect(stopIndex(null, "2024-12-31")).toBe(18);
    expect(stopIndex(2024, "2024-06-30")).toBe(18);
    expect(stopIndex(2010, "2024-12-31")).toBe(3);
    expect(canonicalTime(2024, "2024-06-30")).toEqual({ year: null, date: "2024-12-31" });
  });

  it("writes each date one way in the URL; old links keep working", () => {
    const url = (q: string) => serialiseState(parseState(q).state);
    expect(url("?year=2024")).toBe("?date=2024-12-31");
    expect(url("?date=2024-12-31&year=2010")).toBe("?year=2010");
    expect(url("?date=2024-12-31")).toBe("?date=2024-12-31");
    expect(url("?year=2010")).toBe("?year=2010");
    expect(parseState("?year=2024").ignored).toEqual([]);
  });

  it("a patch keeps the same rule: a year clears the date, a date clears the year", () => {
    expect(normalisePatch({ year: 2012 })).toEqual({ year: 2012, date: "2024-06-30" });
    expect(normalisePatch({ year: 2024 })).toEqual({ year: null, date: "2024-12-31" });
    expect(normalisePatch({ date: "2024-12-31" })).toEqual({ date: "2024-12-31", year: null });
  });

  it("one selection: a story clears the country and a country clears the story", () => {
    expect(normalisePatch({ story: "x" })).toEqual({ story: "x", country: null });
    expect(normalisePatch({ country: "RWA" })).toEqual({ country: "RWA", story: null });
    expect(normalisePatch({ country: null })).toEqual({ country: null });
  });
});

describe("a link to a story alone", () => {
  it("shows the story's year, as choosing it on the page does", async () => {
    const { checkAgainstData } = await import("../../src/state/rules");
    const story = { id: "liberia-public-trust", years: [2007, 2016] } as unknown as Parameters<
      typeof checkAgainstData
    >[2] extends readonly (infer S)[] | null
      ? S
      : never;
    const { state } = checkAgainstData(parseState("?story=liberia-public-trust").state, null, [story]);
    expect(state.year).toBe(2007);
    // A date in the link wins.
    const dated = checkAgainstData(parseState("?story=liberia-public-trust&year=2012").state, null, [story]);
    expect(dated.state.year).toBe(2012);
  });
});
