import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatPercent,
  formatRank,
  formatWithUnit,
  formatYearSpan,
  ordinal,
} from "./format";

describe("format", () => {
  it("writes thousands with commas and names missing values", () => {
    expect(formatCount(6238)).toBe("6,238");
    expect(formatCount(null)).toBe("no data");
    expect(formatCount(Number.NaN)).toBe("no data");
  });
  it("names the unit, singular for one", () => {
    expect(formatWithUnit(1115, "officer")).toBe("1,115 officers");
    expect(formatWithUnit(1, "officer")).toBe("1 officer");
  });
  it("writes ordinals and shared ranks", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
    ]);
    expect(formatRank(3, true)).toBe("=3rd");
    expect(formatRank(3, false)).toBe("3rd");
  });
  it("writes dates as readers say them", () => {
    expect(formatDate("2024-06-30")).toBe("30 June 2024");
    expect(formatDate("2010-12")).toBe("December 2010");
    expect(formatDate("2021")).toBe("2021");
  });
  it("writes a span of years once, in order, one year alone", () => {
    expect(formatYearSpan(2010, 2011)).toBe("2010–2011");
    expect(formatYearSpan(2011, 2010)).toBe("2010–2011");
    expect(formatYearSpan(2017, 2017)).toBe("2017");
  });
});

describe("the two number formats, against d3-format", () => {
  it("write what d3-format's ',d' and '.1%' write", async () => {
    const { format } = await import("d3-format");
    const [count, pct] = [format(",d"), format(".1%")];
    const counts = [0, 1, 12, 999, 1000, 6238, 14322, 1234567, -1, -6238, 2.5, 1115.4, 999.5, -0.4];
    for (const n of counts) expect(formatCount(n)).toBe(count(Math.round(n)));
    const shares = [0, 0.001, 0.0004, 0.1795, 0.5, 1, 0.12345, -0.25, -0.0004, 0.99951];
    for (const x of shares) expect(formatPercent(x)).toBe(pct(x));
  });
});
