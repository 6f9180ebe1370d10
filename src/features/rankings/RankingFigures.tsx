import { RankedBars } from "../../charts/bars/RankedBars";
import type { MissionsFile } from "../../data/schema";
import type { Optional } from "../../data/use-datasets";
import { formatDate } from "../../lib/format";
import { MissingFiles } from "../shared/MissingFiles";
import { ChartFigure } from "./ChartFigure";
import { RankTable } from "./RankTable";
import { countryExportSpec, missionExportSpec } from "./rankings-export";
import {
  type CountryRanking,
  countryBarName,
  countryTableRows,
  type MissionRanking,
  missionBarName,
  missionHost,
  missionTableRows,
} from "./rankings-model";

interface Linked {
  /** The table view instead of the chart. */
  table: boolean;
  /** A country hovered or focused through a bar (a mission's bar: its host). */
  onHover: (iso3: string | null) => void;
  onSelect: (iso3: string) => void;
  /** The bars' type in px (a presentation slide: 26); default the page's. */
  labelSize?: number;
}

/** The top contributors: the top ten, or all on request. */
export function CountryFigure({
  ranking: c,
  table,
  showAll,
  onShowAll,
  onHover,
  onSelect,
  labelSize,
}: Linked & { ranking: CountryRanking; showAll: boolean; onShowAll: (all: boolean) => void }) {
  return (
    <ChartFigure
      spec={countryExportSpec(c, { showAll, table })}
      meta={
        <>
          Police officers contributed by each country, {formatDate(c.asOf)}.{" "}
          {showAll ? `All ${c.rows.length} countries` : `Top ${c.top} of ${c.rows.length}`}.
        </>
      }
      empty={c.empty}
      table={
        table ? (
          <RankTable
            caption={`Police officers contributed by country, ${formatDate(c.asOf)}`}
            head={["Rank", "Country", "ISO code", "Officers"]}
            rows={countryTableRows(c.shown)}
          />
        ) : null
      }
      chart={(descriptionId, svgRef, settleRef) => (
        <RankedBars
          svgRef={svgRef}
          settleRef={settleRef}
          labelSize={labelSize}
          rows={c.shown}
          motionKey={c.asOf}
          label="Bar chart: top police contributors"
          descriptionId={descriptionId}
          nameFor={countryBarName}
          selected={c.selected}
          highlighted={c.lit}
          onHover={onHover}
          onSelect={onSelect}
        />
      )}
      after={
        c.rows.length > c.top ? (
          <button
            type="button"
            className="chart__more"
            aria-expanded={showAll}
            onClick={() => onShowAll(!showAll)}
          >
            {showAll ? `Show the top ${c.top}` : `Show all ${c.rows.length} countries`}
          </button>
        ) : null
      }
    />
  );
}

/** The missions by police strength; a bar stands for its host country. */
export function MissionFigure({
  ranking: m,
  file,
  table,
  onHover,
  onSelect,
  labelSize,
}: Linked & { ranking: MissionRanking; file: Optional<MissionsFile> }) {
  const failed = file.errors != null;
  return (
    <ChartFigure
      spec={missionExportSpec(m, { table, failed })}
      meta={
        <>
          {m.rows.length} operations with police deployed, {formatDate(m.asOf)}.{m.closed}
        </>
      }
      empty={m.empty}
      missing={failed ? <MissingFiles title="The missions' ranking is unavailable." files={[file]} /> : null}
      table={
        table ? (
          <RankTable
            caption={`Police officers per UN operation, ${formatDate(m.asOf)}`}
            head={["Rank", "Mission", "Full name", "Host", "Officers"]}
            rows={missionTableRows(m)}
          />
        ) : null
      }
      chart={(descriptionId, svgRef, settleRef) => (
        <RankedBars
          svgRef={svgRef}
          settleRef={settleRef}
          labelSize={labelSize}
          rows={m.rows}
          motionKey={m.asOf}
          label="Bar chart: missions by police strength"
          descriptionId={descriptionId}
          nameFor={(b) => missionBarName(b, m.byKey.get(b.key), m.asOf)}
          selected={m.selected}
          highlighted={m.lit}
          onHover={(key) => onHover(missionHost(m, key))}
          onSelect={(key) => {
            const host = missionHost(m, key);
            if (host) onSelect(host);
          }}
        />
      )}
    />
  );
}
