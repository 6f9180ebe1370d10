import { describe, expect, it } from "vitest";
import type { TopologyFile } from "../../data/schema";
import { countries, topology } from "./map-fixtures";
import { toShapes } from "./shapes";

describe("toShapes", () => {
  it("keys each shape by its country's ISO code", () => {
    const { shapes } = toShapes(topology, countries.rows);
    expect(shapes.find((s) => s.iso3 === "RWA")).toMatchObject({ key: "RWA", name: "Rwanda" });
    expect(shapes.every((s) => s.key === s.iso3)).toBe(true);
  });

  it("types a shape the country list does not know: no ISO code, its topology id as key", () => {
    const geometries = topology.objects.countries.geometries.map((g) =>
      g.id === "008" ? { ...g, id: "999" } : g,
    );
    const broken = {
      ...topology,
      objects: { countries: { ...topology.objects.countries, geometries } },
    } as TopologyFile;
    const { shapes, unknownIds } = toShapes(broken, countries.rows);
    expect(unknownIds).toEqual(["999"]);
    expect(shapes.filter((s) => s.iso3 === null)).toEqual([
      expect.objectContaining({ key: "999", iso3: null, name: "Unknown shape 999" }),
    ]);
    expect(shapes.some((s) => s.iso3 === "ALB")).toBe(false);
  });
});
