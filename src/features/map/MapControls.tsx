import type { ReactNode, RefObject } from "react";
import { Segmented } from "../../components/Segmented";
import type { Measure } from "../../data/measures";
import type { Country } from "../../data/schema";
import { ExportMenu } from "../../export/ExportMenu";
import type { ExportSpec } from "../../export/types";
import { CountrySearch } from "./CountrySearch";
import { MEASURE_OPTIONS } from "./map-view-model";

interface Props {
  measure: Measure;
  onMeasure: (m: Measure) => void;
  /** The report date switch and the year control. */
  timeControls: ReactNode;
  exportSpec: ExportSpec;
  svgRef: RefObject<SVGSVGElement | null>;
  countries: readonly Country[];
  onPick: (iso3: string) => void;
}

/** The row above the map: measure, date and year, export, and "Find a country". */
export function MapControls({
  measure,
  onMeasure,
  timeControls,
  exportSpec,
  svgRef,
  countries,
  onPick,
}: Props) {
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
      {timeControls}
      <ExportMenu spec={exportSpec} svgRef={svgRef} />
      <CountrySearch countries={countries} onPick={onPick} />
    </div>
  );
}
