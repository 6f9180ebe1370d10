import { formatCount } from "../../lib/format";
import { eventDateText } from "./event-date";
import type { TimelineEvent, TimelineStory, YearRow } from "./types";

interface Props {
  rows: readonly YearRow[];
  events: readonly TimelineEvent[];
  stories: readonly TimelineStory[];
  seriesTitle: string;
}

/** The timeline as text: the yearly series and every event, for screen readers and anyone who prefers tables. */
export function TimelineTable({ rows, events, stories, seriesTitle }: Props) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div className="tl-tables">
      <table className="tl-table">
        <caption>{seriesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">Year (December)</th>
            <th scope="col">UN police officers</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td className="tl-table__num">{formatCount(r.police)}</td>
              <td>{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="tl-table">
        <caption>Events on the timeline</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Story</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((e) => (
            <tr key={e.id}>
              <td>{eventDateText(e)}</td>
              <th scope="row">
                <span className="tl-table__event">{e.title}</span> {e.detail}
              </th>
              <td>{stories.find((s) => s.id === e.storyId)?.place ?? ""}</td>
              <td>{e.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
