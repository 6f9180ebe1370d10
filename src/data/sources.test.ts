import { describe, expect, it } from "vitest";
import { seriesSourceLine, shortSource } from "./sources";

describe("shortSource", () => {
  it("keeps a readable line as it is", () => {
    expect(shortSource("UN DPO report, December 2023")).toBe("UN DPO report, December 2023");
    expect(shortSource("Our World in Data, from UN reports")).toBe("Our World in Data, from UN reports");
  });
  it("reduces a source CSV's working notes to their publisher", () => {
    expect(shortSource("owid/owid-datasets (same file)")).toBe("Our World in Data, from UN reports");
    expect(
      shortSource("owid/owid-datasets datasets/United Nations Peacekeeping/United Nations Peacekeeping.csv"),
    ).toBe("Our World in Data, from UN reports");
    expect(
      shortSource("primary UN PDF kl371218/kl371218 UN_country_contributions_2022_12.pdf (parsed IP+FPU)"),
    ).toBe("UN DPO report, December 2022");
    expect(shortSource("primary UN PDF UN_country_contributions_2024_06.pdf")).toBe(
      "UN DPO report, June 2024",
    );
  });
  it("drops file names and bracketed notes from anything else", () => {
    const line = shortSource("A survey, table 3 data.csv (parsed by hand)");
    expect(line).toBe("A survey, table 3");
  });
});

describe("seriesSourceLine", () => {
  it("groups consecutive years by publisher", () => {
    const rows = [
      ...[2007, 2008, 2009].map((year) => ({ year, source: "Our World in Data, from UN reports" })),
      ...[2010, 2011].map((year) => ({ year, source: `UN DPO report, December ${year}` })),
    ];
    expect(seriesSourceLine(rows)).toBe(
      "Our World in Data, from UN reports (2007–2009); UN DPO December reports (2010–2011)",
    );
    expect(seriesSourceLine([{ year: 2012, source: "UN DPO report, December 2012" }])).toBe(
      "UN DPO December report (2012)",
    );
  });
});
