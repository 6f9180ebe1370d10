import { describe, expect, it } from "vitest";
import { buildArcs } from "./arcs";
import { deployments, names, placed, shapes, stories } from "./map-fixtures";

const base = {
  selected: null,
  missionOnly: null,
  story: null,
  shapes,
  placed,
  deployments: deployments.rows,
  names,
};

describe("the map's arcs", () => {
  it("draws nothing without a selection or a story", () => {
    expect(buildArcs(base)).toEqual([]);
  });

  it("draws a selected country's officers to each mission they serve in, labelled", () => {
    const arcs = buildArcs({ ...base, selected: "EGY" });
    const monusco = arcs.find((a) => a.key === "EGY-MONUSCO");
    expect(monusco).toMatchObject({ total: 200, label: "Egypt to MONUSCO: 200 officers" });
    expect(monusco?.to).toEqual(placed.find((p) => p.mission.acronym === "MONUSCO")?.coordinates);
    expect(arcs.every((a) => a.key.startsWith("EGY-"))).toBe(true);
  });

  it("draws the contributors into the missions a selected host, or a marker-only mission, has", () => {
    const caf = buildArcs({ ...base, selected: "CAF" });
    expect(caf.some((a) => a.key === "RWA-MINUSCA")).toBe(true);
    const unisfa = buildArcs({ ...base, missionOnly: "UNISFA" });
    expect(unisfa.length).toBeGreaterThan(0);
    expect(unisfa.every((a) => a.key.endsWith("-UNISFA"))).toBe(true);
  });

  it("draws a story's contributors to its host", () => {
    const story = stories.stories.find((s) => s.id === "liberia-public-trust") ?? null;
    expect(buildArcs({ ...base, story })).toEqual([
      expect.objectContaining({ key: "story-IND-LBR", total: 1, label: `India to Liberia: ${story?.theme}` }),
    ]);
  });
});
