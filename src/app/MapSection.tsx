import { DataGate } from "../components/DataGate";
import type { LinkedProps } from "./linked";

export function MapSection(_props: LinkedProps) {
  return (
    <section className="panel panel--map" aria-labelledby="map-title">
      <h2 id="map-title">Where UN police come from</h2>
      <DataGate
        view="map"
        datasets={["topology", "countries", "contributors", "missions", "deployments"] as const}
      >
        {([, countries, contributors]) => (
          <p>
            The map will show {contributors.rows.filter((r) => r.total > 0).length} contributing countries
            among {countries.rows.length} countries and territories.
          </p>
        )}
      </DataGate>
    </section>
  );
}
