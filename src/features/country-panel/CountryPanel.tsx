import { Sparkline } from "../../charts/shared/Sparkline";
import { countrySeries } from "../../data/history";
import type { MeasureData } from "../../data/measures";
import type { HistoryFile, Mission, Story } from "../../data/schema";
import {
  contributorsTo,
  type Flow,
  missionsHostedBy,
  missionsServedBy,
  storiesForCountry,
} from "../../data/selectors";
import type { Snapshot } from "../../data/snapshot";
import { YEAR_SPAN } from "../../lib/calendar";
import { formatCount, formatDate, formatRank, formatWithUnit } from "../../lib/format";
import "./country-panel.css";

const TOP_FLOWS = 8;

interface Props {
  /** A selected country (ISO alpha-3), or a mission (its marker on the map). */
  selection: { kind: "country"; iso3: string; name: string } | { kind: "mission"; mission: Mission };
  contributed: MeasureData;
  hosted: MeasureData;
  /** The figures of the date shown; a part that is missing is said, not shown as zero. */
  snapshot: Snapshot;
  missions: readonly Mission[];
  stories: readonly Story[];
  /** The country, or the mission's host, has a shape on the map. */
  hasShape: boolean;
  /** The December history, once loaded: the country's line 2007–2024. */
  history?: HistoryFile;
  /** The December shown, marked on that line. */
  year: number | null;
  date: string;
  sources: string;
  onStory: (id: string) => void;
  onClose: () => void;
}

function FlowList({ flows, label }: { flows: Flow[]; label: (f: Flow) => string }) {
  const shown = flows.slice(0, TOP_FLOWS);
  return (
    <ul className="country-panel__flows">
      {shown.map((f) => (
        <li key={`${f.mission}-${f.iso3}`}>
          {label(f)}: {formatWithUnit(f.total, "officer")}
          {f.fpu ? ` (${formatWithUnit(f.fpu, "officer")} in formed units)` : ""}
        </li>
      ))}
      {flows.length > shown.length ? <li>and {flows.length - shown.length} more countries</li> : null}
    </ul>
  );
}

const cell = (v: number | null, known: boolean) =>
  v == null ? (known ? "not recorded" : "no data") : formatCount(v);

/** The country's police each December 2007–2024: a small line, a sentence, and the table by year. */
function CountryHistory({
  history,
  iso3,
  year,
}: {
  history: HistoryFile;
  iso3: string;
  year: number | null;
}) {
  const series = countrySeries(history, iso3);
  const known = series.filter((p) => p.total != null);
  if (!known.some((p) => p.total)) return null;
  const peak = known.reduce((a, b) => ((b.total ?? 0) > (a.total ?? 0) ? b : a));
  const gaps = series.filter((p) => p.total == null).map((p) => p.year);
  return (
    <div className="country-panel__history">
      <h4>Police contributed each December, {YEAR_SPAN}</h4>
      <Sparkline
        points={series.map((p) => ({ year: p.year, value: p.total }))}
        year={year}
        width={200}
        height={36}
      />
      <p>
        Most in {peak.year}: {formatWithUnit(peak.total, "officer")}.
        {gaps.length ? ` No data for ${gaps.join(", ")}: the line breaks there.` : ""}
      </p>
      <details>
        <summary>The figures by year: individual officers, formed units, women</summary>
        <table>
          <caption className="visually-hidden">Police contributed each December, {YEAR_SPAN}</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Police</th>
              <th scope="col">IPO</th>
              <th scope="col">FPU</th>
              <th scope="col">Women</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.year} aria-current={p.year === year ? "true" : undefined}>
                <th scope="row">{p.year}</th>
                <td>{cell(p.total, false)}</td>
                <td>{cell(p.ipo, p.total != null)}</td>
                <td>{cell(p.fpu, p.total != null)}</td>
                <td>{cell(p.women, p.total != null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="country-panel__source">Source: {history.source}.</p>
      </details>
    </div>
  );
}

/** The selected country's figures, flows, missions and stories, with sources. */
export function CountryPanel(props: Props) {
  const { selection, date } = props;
  const headingId = "country-panel-heading";
  const missionName = new Map(props.missions.map((m) => [m.acronym, m]));

  if (selection.kind === "mission") {
    const m = selection.mission;
    const deployments = props.snapshot.deployments;
    const police = props.snapshot.missionPolice?.get(m.acronym);
    return (
      <section className="country-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {m.acronym}: {m.host.name}
        </h3>
        <p>{m.name}.</p>
        <p>
          {police != null
            ? `${formatWithUnit(police, "police officer")} on ${formatDate(date)}.`
            : `No police figure for ${formatDate(date)}.`}
        </p>
        {props.hasShape ? null : (
          <p className="country-panel__note">
            The area has no shape of its own on this 1:110m map, so the mission appears as a marker only.
          </p>
        )}
        <h4>Who serves there</h4>
        {deployments ? (
          <FlowList flows={contributorsTo(deployments, m.acronym)} label={(f) => f.country} />
        ) : (
          <p className="country-panel__gap">{props.snapshot.deploymentsGap}</p>
        )}
        <p className="country-panel__source">Source: {props.sources}</p>
        <button type="button" onClick={props.onClose}>
          Clear selection
        </button>
      </section>
    );
  }

  const { iso3, name } = selection;
  const c = props.contributed.byIso3.get(iso3);
  const h = props.hosted.byIso3.get(iso3);
  const { snapshot } = props;
  const row = snapshot.contributors?.find((r) => r.iso3 === iso3);
  const deployments = snapshot.deployments;
  const served = deployments ? missionsServedBy(deployments, iso3) : [];
  // Missions not yet started on the date shown are left out (MINUSCA in 2010).
  const hostedMissions = missionsHostedBy(props.missions, iso3).filter((m) => m.start <= date);
  const stories = storiesForCountry(props.stories, iso3);

  return (
    <section className="country-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <dl className="country-panel__figures">
        <div>
          <dt>Police contributed</dt>
          <dd>
            {!props.contributed.known
              ? `No data for this date. ${snapshot.contributorsGap ?? ""}`
              : c && c.value > 0
                ? `${formatWithUnit(c.value, "officer")}, ${formatRank(c.rank, c.tied)} of ${c.of} contributing countries`
                : row
                  ? "None deployed on this date (listed in the report)"
                  : "None (not in the report's list of contributors)"}
            {row && row.total > 0 && row.women != null
              ? `; ${formatWithUnit(row.women, "woman", "women")}`
              : ""}
          </dd>
        </div>
        <div>
          <dt>Police hosted</dt>
          <dd>
            {!props.hosted.known
              ? `No data for this date. ${snapshot.missionPoliceGap ?? ""}`
              : h && h.value > 0
                ? `${formatWithUnit(h.value, "officer")} serving here, ${formatRank(h.rank, h.tied)} of ${h.of} host countries`
                : "Hosts no UN operation with police deployed"}
          </dd>
        </div>
      </dl>
      {iso3 === "XKX" ? (
        <p className="country-panel__note">
          Kosovo has no ISO 3166 code; this map and the data use XKX. The UN report lists UNMIK under Kosovo.
        </p>
      ) : null}
      {!props.hasShape ? (
        <p className="country-panel__note">
          This country has no shape on the 1:110m world map; it is listed here and in the rankings.
        </p>
      ) : null}
      {!deployments && c && c.value > 0 ? (
        <>
          <h4>Where its officers serve</h4>
          <p className="country-panel__gap">{snapshot.deploymentsGap}</p>
        </>
      ) : null}
      {served.length ? (
        <>
          <h4>Where its officers serve</h4>
          <FlowList
            flows={served}
            label={(f) => `${f.mission} (${missionName.get(f.mission)?.host.name ?? "unknown host"})`}
          />
        </>
      ) : null}
      {hostedMissions.map((m) => (
        <div key={m.acronym}>
          <h4>
            {m.acronym}, hosted here
            {m.end != null && m.end < date
              ? ` (${props.snapshot.missionPolice?.get(m.acronym) ? "closed mission, officers leaving" : "closed"})`
              : ""}
          </h4>
          <p>{m.name}.</p>
          {!deployments ? (
            <p className="country-panel__gap">{snapshot.deploymentsGap}</p>
          ) : contributorsTo(deployments, m.acronym).length ? (
            <FlowList flows={contributorsTo(deployments, m.acronym)} label={(f) => f.country} />
          ) : (
            <p>No police deployed on {formatDate(date)}.</p>
          )}
        </div>
      ))}
      {props.history ? <CountryHistory history={props.history} iso3={iso3} year={props.year} /> : null}
      {stories.length ? (
        <>
          <h4>Stories</h4>
          <ul className="country-panel__stories">
            {stories.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => props.onStory(s.id)}>
                  {s.theme}: {s.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="country-panel__source">
        Source: {props.sources}. As of {formatDate(date)}.
      </p>
      <button type="button" onClick={props.onClose}>
        Clear selection
      </button>
    </section>
  );
}
