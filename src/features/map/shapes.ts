// The world topology joined to the country list: one shape per country, keyed by its ISO code.
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { CountryShape } from "../../charts/map/geometry";
import type { Country, TopologyFile } from "../../data/schema";
import { sliceCheckpoint } from "../../lib/tasks";

export interface ShapeResult {
  shapes: CountryShape[];
  /** Topology ids with no entry in countries.json: drawn without data and listed in a notice. */
  unknownIds: string[];
}

/** The name of a topology shape the country list does not know, by its topology id. */
export const unknownShapeName = (id: string) => `Unknown shape ${id}`;

const converted = new WeakMap<TopologyFile, WeakMap<readonly Country[], ShapeResult>>();

/**
 * Converts the validated topology once and joins each shape to its country on the ISO id. Kept per
 * topology and country list, so the boot can convert it in a task of its own before hydrating
 * (src/main.tsx) and the map's first render finds it done.
 */
export function toShapes(topology: TopologyFile, countries: readonly Country[]): ShapeResult {
  const byList = convertedFor(topology);
  const done = byList.get(countries);
  if (done) return done;
  const result = convert(topology, countries);
  byList.set(countries, result);
  return result;
}

/**
 * toShapes in slices of a few milliseconds, yielding to the browser between them (decoding the
 * topology took one task of 60 to 130 ms at 4x CPU): the boot runs it before hydrating.
 */
export async function prepareShapes(topology: TopologyFile, countries: readonly Country[]): Promise<void> {
  if (converted.get(topology)?.has(countries)) return;
  const result = await convert(topology, countries, sliceCheckpoint());
  convertedFor(topology).set(countries, result);
}

function convertedFor(topology: TopologyFile): WeakMap<readonly Country[], ShapeResult> {
  let byList = converted.get(topology);
  if (!byList) {
    byList = new WeakMap();
    converted.set(topology, byList);
  }
  return byList;
}

function convert(topology: TopologyFile, countries: readonly Country[]): ShapeResult;
function convert(
  topology: TopologyFile,
  countries: readonly Country[],
  checkpoint: () => Promise<void>,
): Promise<ShapeResult>;
function convert(
  topology: TopologyFile,
  countries: readonly Country[],
  checkpoint?: () => Promise<void>,
): ShapeResult | Promise<ShapeResult> {
  const byTopoId = new Map(countries.filter((c) => c.topoId).map((c) => [c.topoId, c]));
  // The schema checked the parts we read; topojson-client's types describe the rest.
  const topo = topology as unknown as Topology<{ countries: GeometryCollection }>;
  const geometries = topo.objects.countries.geometries;
  const shapes: CountryShape[] = [];
  const unknownIds: string[] = [];
  // One geometry is one feature (topojson-client gives a collection only for a collection).
  const add = (g: (typeof geometries)[number]) =>
    addShape(feature(topo, g) as Feature, byTopoId, shapes, unknownIds);
  if (!checkpoint) {
    for (const g of geometries) add(g);
    return { shapes, unknownIds };
  }
  return (async () => {
    for (const g of geometries) {
      await checkpoint();
      add(g);
    }
    return { shapes, unknownIds };
  })();
}

function addShape(
  f: Feature,
  byTopoId: Map<string | null, Country>,
  shapes: CountryShape[],
  unknownIds: string[],
) {
  const id = String(f.id ?? "");
  const country = byTopoId.get(id);
  if (!country) unknownIds.push(id);
  if (f.geometry?.type !== "Polygon" && f.geometry?.type !== "MultiPolygon") return;
  const polygon = f as Feature<Polygon | MultiPolygon>;
  shapes.push(
    // A shape the country list does not know keeps its topology id as its key: no ISO code, no data.
    country
      ? { key: country.iso3, iso3: country.iso3, name: country.name, feature: polygon }
      : { key: id, iso3: null, name: unknownShapeName(id), feature: polygon },
  );
}
