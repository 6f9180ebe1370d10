import { useCallback, useMemo } from "react";
import type { MapItem } from "../../charts/map/map-items";
import type { DatasetTypes } from "../../data/datasets";
import { type Measure, measureData, placeMissions } from "../../data/measures";
import { countryNames } from "../../data/selectors";
import { snapshotOf } from "../../data/snapshot";
import { keyboardOrder, mapValues, markerSpecs, type PlacedMission, tooltipFor } from "./map-view-model";
import { toShapes } from "./shapes";

export interface MapModelInput {
  measure: Measure;
  year: number | null;
  topology: DatasetTypes["topology"];
  countries: DatasetTypes["countries"];
  /** The report date's figures by country, or the history when a year is chosen. */
  figures: DatasetTypes["contributors"] | DatasetTypes["history"];
  deployments: DatasetTypes["deployments"] | null;
  missions: DatasetTypes["missions"] | null;
}

const NO_PLACES: { placed: PlacedMission[]; unplaced: string[] } = { placed: [], unplaced: [] };

/**
 * The map's model from its files, each part memoised on what it reads: the shapes (projected once),
 * the date's figures, both measures (the panel shows both), the markers, and what the chart is
 * handed: values, keyboard order, tooltips.
 */
export function useMapModel({ measure, year, topology, countries, figures, ...side }: MapModelInput) {
  const missionRows = side.missions?.rows ?? null;
  const { shapes, unknownIds } = useMemo(() => toShapes(topology, countries.rows), [topology, countries]);
  const names = countryNames(countries.rows);
  const snapshot = useMemo(
    () => snapshotOf(figures, year, names, side.deployments, side.missions),
    [figures, year, names, side.deployments, side.missions],
  );
  const date = snapshot.asOf;
  const shapeIds = useMemo(() => new Set(shapes.flatMap((s) => (s.iso3 === null ? [] : [s.iso3]))), [shapes]);
  const both = useMemo(
    () => ({
      contributed: measureData("contributed", snapshot, missionRows, names, shapeIds),
      hosted: measureData("hosted", snapshot, missionRows, names, shapeIds),
    }),
    [snapshot, missionRows, names, shapeIds],
  );
  const md = both[measure];
  const { placed, unplaced } = useMemo(
    () => (missionRows ? placeMissions(missionRows, snapshot.missionPolice, date) : NO_PLACES),
    [missionRows, snapshot, date],
  );
  const values = useMemo(
    () => mapValues(md, measure, snapshot.contributors, shapes),
    [md, measure, snapshot, shapes],
  );
  const order = useMemo(() => keyboardOrder(md, placed), [md, placed]);
  const describe = useCallback(
    (item: MapItem) => tooltipFor({ measure, date, names, md, values, placed }, item),
    [measure, date, names, md, values, placed],
  );
  const markers = useMemo(() => markerSpecs(placed), [placed]);
  return {
    shapes,
    unknownIds,
    names,
    snapshot,
    date,
    shapeIds,
    both,
    md,
    placed,
    unplaced,
    values,
    order,
    describe,
    markers,
  };
}
