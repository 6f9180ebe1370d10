// The shipped data files of 30 June 2024 as the map's model reads them: for the unit tests beside
// this file (nothing in the app imports it).
import { readData } from "../../../tests/helpers/data-server";
import { measureData, placeMissions } from "../../data/measures";
import type {
  ContributorsFile,
  CountriesFile,
  DeploymentsFile,
  HistoryFile,
  MissionsFile,
  StoriesFile,
  TopologyFile,
} from "../../data/schema";
import { reportSnapshot } from "../../data/snapshot";
import { toShapes } from "./shapes";

export const topology = readData("world-110m.json") as TopologyFile;
export const countries = readData("countries.json") as CountriesFile;
export const contributors = readData("contributors-2024-06-30.json") as ContributorsFile;
export const deployments = readData("deployments-2024-06-30.json") as DeploymentsFile;
export const missions = readData("missions.json") as MissionsFile;
export const stories = readData("stories.json") as StoriesFile;
export const history = readData("history.json") as HistoryFile;

export const { shapes, unknownIds } = toShapes(topology, countries.rows);
export const snapshot = reportSnapshot(contributors, deployments, missions);
export const names = new Map(countries.rows.map((c) => [c.iso3, c.name]));
export const shapeIds = new Set(shapes.map((s) => s.key));
export const contributed = measureData("contributed", snapshot, missions.rows, names, shapeIds);
export const hosted = measureData("hosted", snapshot, missions.rows, names, shapeIds);
export const { placed, unplaced } = placeMissions(missions.rows, snapshot.missionPolice, snapshot.asOf);
