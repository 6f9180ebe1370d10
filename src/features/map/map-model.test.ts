import { geoEqualEarth, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { readData } from "../../../tests/helpers/data-server";
import * as C from "../../charts/map/constants";
import { arcWidth, pathStrings, sameView } from "../../charts/map/geometry";
import {
  boxesOverlap,
  LABEL_SIZE,
  labelBox,
  labelScale,
  MIN_LABEL_PX,
  placeLabels,
} from "../../charts/map/labels";
import { nearestFinder } from "../../charts/map/nearest";
import { measureData, placeMissions } from "../../data/measures";
import type {
  ContributorsFile,
  CountriesFile,
  DeploymentsFile,
  MissionsFile,
  TopologyFile,
} from "../../data/schema";
import { reportSnapshot } from "../../data/snapshot";
import { toShapes } from "./shapes";

const topology = readData("world-110m.json") as TopologyFile;
const countries = readData("countries.json") as CountriesFile;
const contributors = readData("contributors-2024-06-30.json") as ContributorsFile;
const deployments = readData("deployments-2024-06-30.json") as DeploymentsFile;
const missions = readData("missions.json") as MissionsFile;
const { shapes, unknownIds } = toShapes(topology, countries.rows);
const snapshot = reportSnapshot(contributors, deployments, missions);
const names = new Map(countries.rows.map((c) => [c.iso3, c.name]));
const ids = new Set(shapes.map((s) => s.iso3));

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
  it("finds the nearest small shape to a point that misses it", () => {
    const path = geoPath(geoEqualEarth().fitSize([960, 470], { type: "Sphere" }));
    const find = nearestFinder(shapes, path);
    const gambia = shapes.find((s) => s.iso3 === "GMB");
    if (!gambia) throw new Error("no Gambia");
    const [[x0, y0], [, y1]] = path.bounds(gambia.feature);
    expect(find(x0 - 2, (y0 + y1) / 2, 6)).toMatch(/GMB|SEN/);
    expect(find(10, 10, 2)).toBeNull();
  });
  it("scales arc widths by the square root of officers", () => {
    expect(arcWidth(100, 100, 1, 6)).toBe(6);
    expect(arcWidth(25, 100, 1, 6)).toBe(3.5);
    expect(arcWidth(0, 100, 1, 6)).toBe(1);
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
      const rel = compact.get(s.iso3) ?? "";
      expect(points(rel), s.iso3).toEqual(points(abs));
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
    const lastD = lazy.get(last.iso3);
    expect(lazy.get(first.iso3)?.startsWith("M")).toBe(true);
    expect(lazy.get(last.iso3)).toBe(lastD);
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
});

describe("mission labels", () => {
  const label = (key: string, x: number, y: number) => ({ key, x, y, r: 2.5, text: key });

  it("puts every label above its marker when there is room", () => {
    const sides = placeLabels([label("UNMIK", 100, 100), label("BINUH", 400, 300)], 1);
    expect([...sides.values()]).toEqual(["above", "above"]);
  });

  it("moves a label that would overlap to another side, and leaves it out when none is clear", () => {
    // Two markers 6 units apart, one above the other: above the lower one are the first label and
    // the first marker, so its label goes to another side.
    const two = placeLabels([label("MINUSCA", 500, 250), label("UNMISS", 500, 256)], 1);
    expect(two.get("MINUSCA")).toBe("above");
    expect(two.get("UNMISS")).not.toBe("above");
    expect(two.get("UNMISS")).not.toBeNull();
    // Five markers on one spot: the first four sides go, the fifth label waits for a closer zoom.
    const crowd = placeLabels(
      ["AAAA", "BBBB", "CCCC", "DDDD", "EEEE"].map((k) => label(k, 500, 250)),
      1,
    );
    expect(crowd.get("AAAA")).toBe("above");
    expect(crowd.get("EEEE")).toBeNull();
  });

  it("brings crowded labels back when the map is zoomed in (labels keep their size on screen)", () => {
    const near = [label("MINUSCA", 500, 250), label("UNMISS", 504, 252), label("MONUSCO", 497, 256)];
    const world = placeLabels(near, 1);
    const zoomed = placeLabels(near, 8);
    expect([...world.values()].filter((s) => s === "above").length).toBeLessThan(3);
    expect([...zoomed.values()]).toEqual(["above", "above", "above"]);
  });

  it("never places two label boxes on top of each other", () => {
    // A 4 × 3 grid of markers closer together than their labels are wide.
    const many = Array.from({ length: 12 }, (_, i) =>
      label(`M${i}XXX`, 400 + (i % 4) * 30, 200 + Math.floor(i / 4) * 12),
    );
    const sides = placeLabels(many, 1);
    const boxes = many.flatMap((l) => {
      const side = sides.get(l.key);
      return side ? [labelBox(l, side, 1)] : [];
    });
    expect(boxes.length).toBeGreaterThan(6);
    expect(boxes.length).toBeLessThan(12);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        expect(boxesOverlap(a, b)).toBe(false);
      }
  });
});

describe("labelScale", () => {
  it("keeps the labels' size where the map is at least about as wide as its 960 map units", () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(1.4)).toBe(1);
    expect(labelScale(MIN_LABEL_PX / LABEL_SIZE)).toBe(1);
  });

  it("enlarges them on a small map so they are at least MIN_LABEL_PX tall on screen", () => {
    // A 390 px phone draws the map about 340 px wide.
    const px = 340 / 960;
    const f = labelScale(px);
    expect(f).toBeGreaterThan(2);
    expect(LABEL_SIZE * f * px).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(LABEL_SIZE * f * px).toBeLessThan(MIN_LABEL_PX + 0.5);
  });

  it("takes a larger minimum for a projector's larger type", () => {
    // Presentation mode at 1920 px: root type about 35 px, the map about 1.24 px per unit.
    const f = labelScale(1.24, (MIN_LABEL_PX * 35) / 16);
    expect(LABEL_SIZE * f * 1.24).toBeGreaterThanOrEqual((MIN_LABEL_PX * 35) / 16);
    expect(labelScale(1.24)).toBe(1);
  });

  it("answers 1 for a map that is not laid out (hidden, or not measured)", () => {
    expect(labelScale(0)).toBe(1);
    expect(labelScale(Number.NaN)).toBe(1);
  });

  it("makes larger labels wait for a closer zoom", () => {
    const minusca = { key: "MINUSCA", x: 500, y: 250, r: 2.5, text: "MINUSCA" };
    const near = [minusca, { key: "UNISFA", x: 560, y: 250, r: 2.5, text: "UNISFA" }];
    expect([...placeLabels(near, 1).values()]).toEqual(["above", "above"]);
    const big = placeLabels(near, 1, 2.6);
    expect(big.get("MINUSCA")).toBe("above");
    expect(big.get("UNISFA")).not.toBe("above");
    const box = labelBox(minusca, "above", 1, 2.6);
    expect(box.y1 - box.y0).toBeCloseTo(LABEL_SIZE * 2.6);
  });
});

describe("sameView", () => {
  const v = { center: [20.5, 3.25] as [number, number], zoom: 1 };
  it("treats a click's rounding-level difference as the same view", () => {
    expect(sameView(v, [20.5 + 1e-9, 3.25 - 1e-9], 1)).toBe(true);
  });
  it("sees a pan or a zoom", () => {
    expect(sameView(v, [20.6, 3.25], 1)).toBe(false);
    expect(sameView(v, [20.5, 3.25], 1.5)).toBe(false);
  });
});
