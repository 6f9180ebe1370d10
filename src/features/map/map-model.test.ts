import { geoEqualEarth, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import * as C from "../../charts/map/constants";
import { pathStrings } from "../../charts/map/geometry";
import { nearestFinder } from "../../charts/map/nearest";
import { measureData, placeMissions } from "../../data/measures";
import type { ContributorsFile } from "../../data/schema";
import { reportSnapshot } from "../../data/snapshot";
import {
  contributors,
  deployments,
  shapeIds as ids,
  missions,
  names,
  shapes,
  snapshot,
  topology,
  unknownIds,
} from "./map-fixtures";

describe("map model", () => {
  it("joins every shape to a country by ISO id, with full names", () => {
    expect(unknownIds).toEqual([]);
    expect(shapes).toHaveLength(topology.objects.countries.geometries.length);
    expect(shapes.find((s) => s.iso3 === "COD")?.name).toBe("Democratic Republic of the Congo");
    expect(shapes.find((s) => s.iso3 === "XKX")?.name).toBe("Kosovo");
  });
  it("ranks contributors and hosts, in keyboard order", () => {
    const c = measureData("contributed", snapshot, missions.rows, names, ids);
    expect(c.order.slice(0, 5).map((v) => v.iso3)).toEqual(["RWA", "SEN", "EGY", "BGD", "CMR"]);
    expect(c.byIso3.get("RWA")).toMatchObject({ value: 1115, rank: 1, of: 80 });
    expect(c.byIso3.get("URY")?.value).toBe(0);
    const h = measureData("hosted", snapshot, missions.rows, names, ids);
    expect(h.order.map((v) => v.iso3)).toEqual([
      "CAF",
      "SSD",
      "COD",
      "MLI",
      "COL",
      "CYP",
      "HTI",
      "SOM",
      "XKX",
      "ESH",
    ]);
  });
  it("has no values, not zeros, for a measure whose figures are missing", () => {
    const noMissions = reportSnapshot(contributors, deployments, null);
    // Police per mission then come from the deployments; without both, hosted is unknown.
    expect(measureData("hosted", noMissions, null, names, ids)).toMatchObject({ known: false, order: [] });
    const gap = { ...snapshot, contributors: null, contributorsGap: "No per-country figures." };
    expect(measureData("contributed", gap, missions.rows, names, ids)).toMatchObject({ known: false });
    expect(measureData("contributed", snapshot, null, names, ids).byIso3.get("RWA")?.value).toBe(1115);
  });
  it("places, without figures per mission, the missions active on the date", () => {
    const acronyms = placeMissions(missions.rows, null, "2010-12-31").placed.map((p) => p.mission.acronym);
    expect(acronyms).toContain("UNMIL");
    expect(acronyms).not.toContain("MINUSCA");
  });
  it("names countries that have data but no shape", () => {
    const c = measureData("contributed", snapshot, missions.rows, names, ids);
    expect(c.problems.some((p) => p.startsWith("Sao Tome and Principe (STP)"))).toBe(true);
  });
  it("places active missions with coordinates and lists those without", () => {
    const broken = missions.rows.map((m) => (m.acronym === "MINURSO" ? { ...m, hq: null } : m));
    const { placed, unplaced } = placeMissions(broken, snapshot.missionPolice, "2024-06-30");
    expect(placed.map((p) => p.mission.acronym)).not.toContain("UNMIL");
    expect(placed.map((p) => p.mission.acronym)).toContain("UNISFA");
    expect(unplaced).toEqual(["MINURSO: no headquarters coordinates, so it has no marker"]);
  });
  it("drops a closing mission's marker once it has no police on the report date", () => {
    const acronyms = (date: "2024-06-30" | "2024-12-31") => {
      const c = readData(`contributors-${date}.json`) as ContributorsFile;
      const police = reportSnapshot(c, null, missions).missionPolice;
      return placeMissions(missions.rows, police, date).placed.map((p) => p.mission.acronym);
    };
    expect(acronyms("2024-06-30")).toContain("MINUSMA");
    expect(acronyms("2024-12-31")).not.toContain("MINUSMA");
    expect(acronyms("2024-12-31")).toContain("MINUSCA");
  });
  it("finds the nearest small shape to a point that misses it", async () => {
    const path = geoPath(geoEqualEarth().fitSize([960, 470], { type: "Sphere" }));
    const find = await nearestFinder(shapes, path);
    const gambia = shapes.find((s) => s.iso3 === "GMB");
    if (!gambia) throw new Error("no Gambia");
    const [[x0, y0], [, y1]] = path.bounds(gambia.feature);
    expect(find(x0 - 2, (y0 + y1) / 2, 6)).toMatch(/GMB|SEN/);
    expect(find(10, 10, 2)).toBeNull();
  });
  it("writes compact relative paths that trace the same points as absolute ones", () => {
    const projection = geoEqualEarth().fitSize([960, 470], { type: "Sphere" });
    const absolute = geoPath(projection).digits(1);
    const compact = pathStrings(shapes, projection);
    /** Absolute points of every ring, repeated points dropped, as "x,y" at 0.1 px. */
    const points = (d: string) => {
      const out: string[] = [];
      let [x, y] = [0, 0];
      for (const [, cmd, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
        if (cmd === "z" || cmd === "Z") {
          out.push("z");
          continue;
        }
        const [a = 0, b = 0] = (args ?? "").match(/-?[\d.]+/g)?.map(Number) ?? [];
        [x, y] = cmd === "l" ? [x + a, y + b] : [a, b];
        const p = `${x.toFixed(1)},${y.toFixed(1)}`;
        if (cmd !== "M" && out.at(-1)?.replace("M", "") === p) continue;
        out.push(cmd === "M" ? `M${p}` : p);
      }
      return out;
    };
    let before = 0;
    let after = 0;
    for (const s of shapes) {
      const abs = absolute(s.feature) ?? "";
      const rel = compact.get(s.key) ?? "";
      expect(points(rel), s.key).toEqual(points(abs));
      before += abs.length;
      after += rel.length;
    }
    expect(after).toBeLessThan(before * 0.7);
  });

  it("builds each path once, in any order, and has none for an unknown code", () => {
    const projection = geoEqualEarth().fitSize([960, 470], { type: "Sphere" });
    const lazy = pathStrings(shapes, projection);
    const absolute = geoPath(projection).digits(1);
    const last = shapes.at(-1);
    const first = shapes[0];
    if (!first || !last) throw new Error("no shapes");
    // Asked out of order, a path is still its own shape's (the shared context starts fresh each time).
    const lastD = lazy.get(last.key);
    expect(lazy.get(first.key)?.startsWith("M")).toBe(true);
    expect(lazy.get(last.key)).toBe(lastD);
    expect(lastD?.split("M").length).toBe((absolute(last.feature) ?? "").split("M").length);
    expect(lazy.get("XXX")).toBeUndefined();
  });

  it("frames the world with the projection written in constants.ts", () => {
    const fitted = geoEqualEarth().fitSize([C.MAP_WIDTH, C.MAP_HEIGHT], {
      type: "FeatureCollection",
      features: shapes.map((s) => s.feature),
    });
    expect(fitted.scale()).toBeCloseTo(C.PROJECTION_SCALE, 2);
    expect(fitted.translate()[0]).toBeCloseTo(C.PROJECTION_TRANSLATE[0], 2);
    expect(fitted.translate()[1]).toBeCloseTo(C.PROJECTION_TRANSLATE[1], 2);
  });

  it("keeps in the frame the box the countries fill, as written in constants.ts", () => {
    const projection = geoEqualEarth().scale(C.PROJECTION_SCALE).translate(C.PROJECTION_TRANSLATE);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({
      type: "FeatureCollection",
      features: shapes.map((s) => s.feature),
    });
    expect(x0).toBeCloseTo(C.WORLD_BOX.x0, 0);
    expect(y0).toBeCloseTo(C.WORLD_BOX.y0, 0);
    expect(x1).toBeCloseTo(C.WORLD_BOX.x1, 0);
    expect(y1).toBeCloseTo(C.WORLD_BOX.y1, 0);
  });
});
