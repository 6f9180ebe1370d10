import type { RefObject } from "react";
import { Segmented } from "../../components/Segmented";
import type { Measure } from "../../data/measures";
import type { Country } from "../../data/schema";
import { ExportMenu } from "../../export/ExportMenu";
import type { DeferredSpec } from "../../export/types";
import { PrintButton } from "../print/PrintButton";
import { CountrySearch } from "./CountrySearch";
import { MEASURE_OPTIONS } from "./map-view-model";

interface Props {
  measure: Measure;
  onMeasure: (m: Measure) => void;
  exportSpec: DeferredSpec;
  svgRef: RefObject<SVGSVGElement | null>;
  countries: readonly Country[];
  onPick: (iso3: string) => void;
}

/** The strip above the map: the measure, "Find a country", the map's export and Print (the date is under the map). */
export function MapControls({ measure, onMeasure, exportSpec, svgRef, countries, onPick }: Props) {
  return (
    <div className="controls-row map-section__controls">
      <Segmented
        legend="Measure"
        name="measure"
        className="measure-switch"
        options={MEASURE_OPTIONS}
        value={measure}
        onChange={onMeasure}
      />
      <CountrySearch countries={countries} onPick={onPick} />
      <ExportMenu spec={exportSpec} svgRef={svgRef} what="map" />
      <PrintButton />
    </div>
  );
}
