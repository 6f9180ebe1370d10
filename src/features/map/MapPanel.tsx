import { type ComponentProps, lazy, Suspense } from "react";
import type { Mission } from "../../data/schema";

// The panel opens only on a selection, so it is a chunk of its own, fetched at idle time
// (src/app/year.ts) so the first selection does not wait for it.
const CountryPanel = lazy(() =>
  import("../country-panel/CountryPanel").then((m) => ({ default: m.CountryPanel })),
);

type PanelProps = ComponentProps<typeof CountryPanel>;

interface Props extends Omit<PanelProps, "selection" | "hasShape"> {
  /** The selected country (deferred), ISO alpha-3. */
  country: string | null;
  /** A selected mission (its marker), when no country is selected. */
  mission: Mission | undefined;
  names: ReadonlyMap<string, string>;
  shapeIds: ReadonlySet<string>;
}

/** Beside the map: the selection's panel, or a hint of how to make one. */
export function MapPanel({ country, mission, names, shapeIds, ...panel }: Props) {
  if (!country && !mission)
    return (
      <p className="map-section__hint">
        Hover, tap or use the arrow keys on the map, or find a country by name, to see its figures.
      </p>
    );
  return (
    <Suspense fallback={<p className="loading">Loading the country's figures…</p>}>
      <CountryPanel
        {...panel}
        selection={
          mission
            ? { kind: "mission", mission }
            : { kind: "country", iso3: country ?? "", name: names.get(country ?? "") ?? "" }
        }
        hasShape={shapeIds.has((mission ? mission.host.iso3 : country) ?? "")}
      />
    </Suspense>
  );
}
