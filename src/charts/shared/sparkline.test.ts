import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline";

describe("sparkline", () => {
  it("breaks the line at a year without data, never drawing through it", () => {
    const g = sparkline(
      [
        { year: 2012, value: 10 },
        { year: 2013, value: 20 },
        { year: 2014, value: null },
        { year: 2015, value: 30 },
        { year: 2016, value: 40 },
      ],
      100,
      20,
      0,
    );
    expect(g.segments).toHaveLength(2);
    expect(g.segments[0]).toBe("M0.0,15.0L25.0,10.0");
    expect(g.segments[1]).toBe("M75.0,5.0L100.0,0.0");
    expect(g.lone).toEqual([]);
  });
  it("draws a year with data between two gaps as a dot, and zero as zero", () => {
    const g = sparkline(
      [
        { year: 2013, value: null },
        { year: 2014, value: 0 },
        { year: 2015, value: null },
        { year: 2016, value: 8 },
        { year: 2017, value: 8 },
      ],
      40,
      10,
      0,
    );
    expect(g.lone).toEqual([{ x: 10, y: 10 }]);
    expect(g.segments).toEqual(["M30.0,0.0L40.0,0.0"]);
  });
  it("draws nothing for a series without data", () => {
    const g = sparkline([{ year: 2014, value: null }], 40, 10);
    expect(g.segments).toEqual([]);
    expect(g.lone).toEqual([]);
  });
});
