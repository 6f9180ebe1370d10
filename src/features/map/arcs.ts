// The flows the map draws as arcs: from a selected country to the missions its officers serve in
// and into the missions it hosts, into a marker-only mission, and a story's contributors to its host.
// Pure: no React.
import { geoCentroid } from "d3-geo";
import type { ArcSpec, CountryShape } from "../../charts/map/geometry";
import type { Story } from "../../data/schema";
import { contributorsTo, missionsServedBy } from "../../data/selectors";
import type { SnapshotDeployment } from "../../data/snapshot";
import { formatWithUnit } from "../../lib/format";
import type { PlacedMission } from "./map-view-model";

export interface ArcsInput {
  /** The selected country, ISO alpha-3. */
  selected: string | null;
  /** A selected mission (its marker), when no country is selected. */
  missionOnly: string | null;
  story: Pick<Story, "host" | "contributors" | "theme"> | null;
  shapes: readonly CountryShape[];
  placed: readonly PlacedMission[];
  deployments: readonly SnapshotDeployment[];
  names: ReadonlyMap<string, string>;
}

export function buildArcs({
  selected,
  missionOnly,
  story,
  shapes,
  placed,
  deployments,
  names,
}: ArcsInput): ArcSpec[] {
  const centre = new Map<string, [number, number]>();
  const centreOf = (iso3: string) => {
    if (!centre.has(iso3)) {
      const s = shapes.find((x) => x.iso3 === iso3);
      if (s) centre.set(iso3, geoCentroid(s.feature) as [number, number]);
    }
    return centre.get(iso3);
  };
  const hq = new Map(placed.map((p) => [p.mission.acronym, p.coordinates]));
  const arcs: ArcSpec[] = [];
  const inbound = (acronym: string) => {
    const to = hq.get(acronym);
    if (!to) return;
    for (const f of contributorsTo(deployments, acronym)) {
      const from = centreOf(f.iso3);
      if (from)
        arcs.push({
          key: `${f.iso3}-${acronym}`,
          from,
          to,
          total: f.total,
          label: `${f.country} to ${acronym}: ${formatWithUnit(f.total, "officer")}`,
        });
    }
  };
  if (selected) {
    const from = centreOf(selected);
    for (const f of missionsServedBy(deployments, selected)) {
      const to = hq.get(f.mission);
      if (from && to)
        arcs.push({
          key: `${selected}-${f.mission}`,
          from,
          to,
          total: f.total,
          label: `${names.get(selected)} to ${f.mission}: ${formatWithUnit(f.total, "officer")}`,
        });
    }
    for (const p of placed) if (p.mission.host.iso3 === selected) inbound(p.mission.acronym);
  } else if (missionOnly) inbound(missionOnly);
  if (story) {
    const to = centreOf(story.host);
    for (const c of story.contributors) {
      const from = centreOf(c);
      if (from && to)
        arcs.push({
          key: `story-${c}-${story.host}`,
          from,
          to,
          total: 1,
          label: `${names.get(c)} to ${names.get(story.host)}: ${story.theme}`,
        });
    }
  }
  return arcs;
}
