import { DataGate } from "../components/DataGate";
import type { LinkedProps } from "./linked";

export function StorySection(_props: LinkedProps) {
  return (
    <section className="panel panel--stories" aria-labelledby="stories-title">
      <h2 id="stories-title">Timeline 2007–2024 and five stories</h2>
      <DataGate view="timeline" datasets={["policeByYear", "events", "stories"] as const}>
        {([, , stories]) => (
          <ol>
            {stories.stories.map((s) => (
              <li key={s.id}>
                {s.theme}: {s.place}
              </li>
            ))}
          </ol>
        )}
      </DataGate>
    </section>
  );
}
