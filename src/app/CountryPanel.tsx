import type { MeasureData } from "../charts/map/map-model";
import type { Contributor, Deployment, Mission, Story } from "../data/schema";
import { contributorsTo, type Flow, missionsHostedBy, missionsServedBy } from "../data/selectors";
import { formatDate, formatRank, formatWithUnit } from "../lib/format";
import "./country-panel.css";

const TOP_FLOWS = 8;

interface Props {
  /** A selected country (ISO alpha-3), or a mission with no host country (UNISFA). */
  selection: { kind: "country"; iso3: string; name: string } | { kind: "mission"; mission: Mission };
  contributed: MeasureData;
  hosted: MeasureData;
  contributors: readonly Contributor[];
  deployments: readonly Deployment[];
  missions: readonly Mission[];
  stories: readonly Story[];
  hasShape: boolean;
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

/** The selected country's figures, flows, missions and stories, with sources. */
export function CountryPanel(props: Props) {
  const { selection, date } = props;
  const headingId = "country-panel-heading";
  const missionName = new Map(props.missions.map((m) => [m.acronym, m]));

  if (selection.kind === "mission") {
    const m = selection.mission;
    const flows = contributorsTo(props.deployments, m.acronym);
    return (
      <section className="country-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {m.acronym}: {m.host.name}
        </h3>
        <p>{m.name}.</p>
        <p>
          {m.police[date] != null
            ? `${formatWithUnit(m.police[date], "police officer")} on ${formatDate(date)}.`
            : `No police figure for ${formatDate(date)}.`}
        </p>
        <p className="country-panel__note">
          The area has no shape of its own on this 1:110m map, so the mission appears as a marker only.
        </p>
        <h4>Who serves there</h4>
        <FlowList flows={flows} label={(f) => f.country} />
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
  const row = props.contributors.find((r) => r.iso3 === iso3);
  const served = missionsServedBy(props.deployments, iso3);
  const hostedMissions = missionsHostedBy(props.missions, iso3);
  const stories = props.stories.filter((s) => s.host === iso3 || s.contributors.includes(iso3));

  return (
    <section className="country-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <dl className="country-panel__figures">
        <div>
          <dt>Police contributed</dt>
          <dd>
            {c && c.value > 0
              ? `${formatWithUnit(c.value, "officer")}, ${formatRank(c.rank, c.tied)} of ${c.of} contributing countries`
              : row
                ? "None deployed on this date (listed in the report)"
                : "None (not in the report's list of contributors)"}
            {row && row.total > 0 ? `; ${formatWithUnit(row.women, "woman", "women")}` : ""}
          </dd>
        </div>
        <div>
          <dt>Police hosted</dt>
          <dd>
            {h && h.value > 0
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
            {m.status !== "active"
              ? ` (${m.status === "closed" ? "closed" : "closed mission, officers leaving"})`
              : ""}
          </h4>
          <p>{m.name}.</p>
          {contributorsTo(props.deployments, m.acronym).length ? (
            <FlowList flows={contributorsTo(props.deployments, m.acronym)} label={(f) => f.country} />
          ) : (
            <p>No police deployed on {formatDate(date)}.</p>
          )}
        </div>
      ))}
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
