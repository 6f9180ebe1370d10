import { DataGate } from "../components/DataGate";
import type { LinkedProps } from "./linked";

export function ChartsSection(_props: LinkedProps) {
  return (
    <section className="panel panel--charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Rankings</h2>
      <DataGate view="rankings" datasets={["contributors", "missions"] as const}>
        {([contributors]) => (
          <p>Ranked charts of {contributors.rows.length} listed countries will appear here.</p>
        )}
      </DataGate>
    </section>
  );
}
