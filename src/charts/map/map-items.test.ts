import { describe, expect, it } from "vitest";
import type { CountryShape } from "./geometry";
import {
  itemAt,
  itemFromKey,
  itemKey,
  type MapItem,
  shapeItem,
  tipAnnouncement,
  tipLabel,
} from "./map-items";

const items: MapItem[] = [
  { kind: "country", iso3: "RWA" },
  { kind: "mission", acronym: "UNISFA" },
  { kind: "unknown-shape", key: "999" },
];

describe("map items", () => {
  it("writes each item as a data-key and reads it back", () => {
    expect(items.map(itemKey)).toEqual(["RWA", "m:UNISFA", "s:999"]);
    for (const item of items) expect(itemFromKey(itemKey(item))).toEqual(item);
    expect(itemFromKey(null)).toBeNull();
    expect(itemFromKey("")).toBeNull();
  });

  it("finds the item of a mark from an element inside it, and none outside a mark", () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.innerHTML = '<g data-key="m:MINUSCA"><circle class="dot"/></g><rect class="sea"/>';
    expect(itemAt(svg.querySelector(".dot"))).toEqual({ kind: "mission", acronym: "MINUSCA" });
    expect(itemAt(svg.querySelector("g"))).toEqual({ kind: "mission", acronym: "MINUSCA" });
    expect(itemAt(svg.querySelector(".sea"))).toBeNull();
    expect(itemAt(null)).toBeNull();
  });

  it("makes a country of a known shape and an unknown shape of the rest", () => {
    const feature: CountryShape["feature"] = {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: [] },
    };
    const known: CountryShape = { key: "SEN", iso3: "SEN", name: "Senegal", feature };
    const unknown: CountryShape = { key: "999", iso3: null, name: "Unknown shape 999", feature };
    expect(shapeItem(known)).toEqual({ kind: "country", iso3: "SEN" });
    expect(shapeItem(unknown)).toEqual({ kind: "unknown-shape", key: "999" });
  });

  it("joins a tooltip's parts with commas for a name and semicolons for the live region", () => {
    const tip = { title: "Senegal", lines: ["1,090 police officers contributed", "As of 30 June 2024"] };
    expect(tipLabel(tip)).toBe("Senegal, 1,090 police officers contributed, As of 30 June 2024");
    expect(tipAnnouncement(tip)).toBe("Senegal; 1,090 police officers contributed; As of 30 June 2024");
    expect(tipLabel({ title: "UNISFA", lines: [] })).toBe("UNISFA");
  });
});
