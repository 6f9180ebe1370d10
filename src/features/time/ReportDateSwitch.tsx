import { useQueryClient } from "@tanstack/react-query";
import { memo, useCallback, useRef, useState } from "react";
import { Segmented } from "../../components/Segmented";
import { datasetQuery, reportDatasets } from "../../data/datasets";
import { REPORT_DATES, type ReportDate } from "../../lib/calendar";
import { formatDate } from "../../lib/format";
import type { SetState } from "../../state/use-url-state";

const DATES = REPORT_DATES.map((d) => ({ value: d, label: formatDate(d) }));
/** Matches no option: no radio is checked. */
const NONE = "" as ReportDate;

/**
 * The report date of the map and the rankings. The other date's two files load first, so the views
 * switch in one step with no loading line between; a file that fails still switches, and its views
 * then say which file and why. The map shows this switch even when its data is unavailable, so a
 * visitor can always go back to the other date.
 */
export const ReportDateSwitch = memo(function ReportDateSwitch({
  date,
  setState,
}: {
  /** The report date shown; null while the views show a year's December (no date is checked). */
  date: ReportDate | null;
  setState: SetState;
}) {
  const client = useQueryClient();
  // Until the files are in, the switch shows the date asked for; only the last one asked is applied.
  const [asked, setAsked] = useState<ReportDate | null>(null);
  // Shown as asked until the views show that date (the year clears in a deferred render).
  if (asked && asked === date) setAsked(null);
  const lastAsked = useRef<ReportDate | null>(null);
  const onChange = useCallback(
    (d: ReportDate) => {
      lastAsked.current = d;
      setAsked(d);
      void Promise.all(reportDatasets(d).map((n) => client.prefetchQuery(datasetQuery(n)))).then(() => {
        if (lastAsked.current !== d) return;
        setState({ date: d, year: null });
      });
    },
    [client, setState],
  );
  return (
    <Segmented
      legend="Report date"
      name="date"
      className="date-switch"
      options={DATES}
      value={asked ?? date ?? NONE}
      onChange={onChange}
    />
  );
});
