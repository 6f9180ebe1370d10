import { describe, expect, it } from "vitest";
import { measureData } from "../../data/measures";
import {
  contributed,
  history,
  hosted,
  missions,
  names,
  placed,
  shapeIds,
  shapes,
  snapshot,
} from "./map-fixtures";
import {
  keyboardOrder,
  legendTitle,
  mapProblems,
  mapSources,
  mapValues,
  markerSpecs,
  tipSeriesFor,
  tooltipFor,
} from "./map-view-model";

const date = "2024-06-30";
const unknownHosted = measureData("hosted", snapshot, null, names, shapeIds);

describe("the map's values", () => {
  it("are each country's figure, and null (no data) for an invalid one, never NaN", () => {
    const bad = [...(snapshot.contributors ?? []), { ...snapshot.contributors?.[0], iso3: "NPL", total: -1 }];
    const values = mapValues(contributed, "contributed", bad as typeof snapshot.contributors, shapes);
    expect(values.get("RWA")).toBe(1115);
    expect(values.get("URY")).toBe(0);
    expect(values.get("NPL")).toBeNull();
    expect([...values.values()].some((v) => Number.isNaN(v))).toBe(false);
  });

  it("are null for every country when the measure has no figures", () => {
    const values = mapValues(unknownHosted, "hosted", snapshot.contributors, shapes);
    expect(values.size).toBe(shapes.length);
    expect([...values.values()].every((v) => v === null)).toBe(true);
  });
});

describe("the map's keyboard order", () => {
  it("walks countries in rank order, then every mission's marker, the larger first, in both measures", () => {
    const missions = placed.length;
    expect(keyboardOrder(contributed, placed).slice(0, 2)).toEqual([
      { kind: "country", iso3: "RWA" },
      { kind: "country", iso3: "SEN" },
    ]);
    const order = keyboardOrder(hosted, placed);
    expect(order[0]).toEqual({ kind: "country", iso3: "CAF" });
    expect(order[hosted.order.length]).toEqual({ kind: "mission", acronym: "MINUSCA" });
    expect(order).toContainEqual({ kind: "mission", acronym: "UNISFA" });
    expect(order).toHaveLength(hosted.order.length + missions);
    expect(keyboardOrder(contributed, placed)).toHaveLength(contributed.order.length + missions);
  });
});

describe("the map's tooltip", () => {
  const input = (measure: "contributed" | "hosted") => {
    const md = measure === "contributed" ? contributed : hosted;
    return {
      measure,
      date,
      names,
      md,
      values: mapValues(md, measure, snapshot.contributors, shapes),
      placed,
    };
  };

  it("gives a contributor its figure, rank and date as separate lines", () => {
    expect(tooltipFor(input("contributed"), { kind: "country", iso3: "SEN" })).toEqual({
      title: "Senegal",
      lines: ["1,090 police officers contributed", "2nd of 80 contributing countries", "As of 30 June 2024"],
    });
    expect(tooltipFor(input("contributed"), { kind: "country", iso3: "URY" }).lines).toEqual([
      "No police officers contributed",
      "As of 30 June 2024",
    ]);
  });

  it("gives a host its missions, and a mission its name and police", () => {
    expect(tooltipFor(input("hosted"), { kind: "country", iso3: "CAF" })).toEqual({
      title: "Central African Republic",
      lines: [
        "2,969 police officers serving here (MINUSCA)",
        "1st of 10 host countries",
        "As of 30 June 2024",
      ],
    });
    const unisfa = tooltipFor(input("hosted"), { kind: "mission", acronym: "UNISFA" });
    expect(unisfa.title).toBe("UNISFA");
    expect(unisfa.lines[0]).toBe("46 police officers serving in Abyei area (Sudan / South Sudan)");
    // A marker names its mission and the mission's figure in either measure, never its host's.
    for (const measure of ["contributed", "hosted"] as const)
      expect(tooltipFor(input(measure), { kind: "mission", acronym: "MINUSCA" })).toEqual({
        title: "MINUSCA",
        lines: [
          "2,969 police officers serving in Central African Republic",
          "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
          "As of 30 June 2024",
        ],
      });
    expect(tooltipFor(input("hosted"), { kind: "mission", acronym: "NONE" })).toEqual({
      title: "NONE",
      lines: [],
    });
  });

  it("says no data for a measure with no figures and for a shape with no country", () => {
    const none = {
      ...input("hosted"),
      md: unknownHosted,
      values: mapValues(unknownHosted, "hosted", null, shapes),
    };
    expect(tooltipFor(none, { kind: "country", iso3: "CAF" }).lines).toEqual([
      "No data for this year",
      "As of 30 June 2024",
    ]);
    expect(tooltipFor(input("contributed"), { kind: "unknown-shape", key: "999" })).toEqual({
      title: "Unknown shape 999",
      lines: ["No data", "As of 30 June 2024"],
    });
  });
});

describe("the map's legend, sources and notices", () => {
  it("names the measure and the date, and adds the missions' source for police hosted", () => {
    expect(legendTitle("contributed", date)).toBe("Police officers contributed, 30 June 2024");
    expect(legendTitle("hosted", date)).toBe("Police officers serving in each host country, 30 June 2024");
    expect(mapSources("contributed", "Report", "Missions")).toBe("Report");
    expect(mapSources("hosted", "Report", "Missions")).toBe("Missions; Report");
    expect(mapSources("hosted", "Report", null)).toBe("Report");
  });

  it("lists unknown shapes, then the measure's problems, then unplaced missions", () => {
    expect(mapProblems(["999"], contributed, ["MINURSO: no headquarters coordinates"])).toEqual([
      "Map shape 999: not in the country list, drawn without data",
      ...contributed.problems,
      "MINURSO: no headquarters coordinates",
    ]);
  });

  it("makes a marker per placed mission at its headquarters", () => {
    const minusca = markerSpecs(placed).find((m) => m.acronym === "MINUSCA");
    expect(minusca).toMatchObject({ police: 2969, coordinates: [18.5833, 4.3667] });
  });
});

describe("the tooltip's small line", () => {
  it("is a country's police each December with the year marked and the gaps named", () => {
    const series = tipSeriesFor(
      history,
      missions.rows,
      "contributed",
      2010,
    )({ kind: "country", iso3: "RWA" });
    expect(series?.year).toBe(2010);
    expect(series?.points).toHaveLength(18);
    expect(series?.caption).toMatch(/^Each December 2007–2024; no data .*2014/);
    expect(
      tipSeriesFor(history, missions.rows, "hosted", null)({ kind: "mission", acronym: "UNISFA" }),
    ).toBeNull();
    expect(tipSeriesFor(history, null, "hosted", null)({ kind: "country", iso3: "CAF" })).toBeNull();
  });
});
