import { describe, expect, it } from "vitest";
import type { TopologyFile } from "../../data/schema";
import { countries, topology } from "./map-fixtures";
import { prepareShapes, toShapes } from "./shapes";

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

describe("prepareShapes", () => {
  it("makes in slices what toShapes makes at once, and toShapes then returns that result", async () => {
    const topo = structuredClone(topology);
    const rows = [...countries.rows];
    await prepareShapes(topo, rows);
    const prepared = toShapes(topo, rows);
    const fresh = toShapes(structuredClone(topology), rows);
    expect(prepared.shapes.map((s) => s.key)).toEqual(fresh.shapes.map((s) => s.key));
    expect(prepared.shapes).toEqual(fresh.shapes);
    expect(prepared.unknownIds).toEqual(fresh.unknownIds);
    // The same object: the map's first render converts nothing again.
    expect(toShapes(topo, rows)).toBe(prepared);
  });
});
