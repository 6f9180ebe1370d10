// Loaded at idle time after the first view (usePrefetchHistory), so it adds nothing to the first load.
import type { QueryClient } from "@tanstack/react-query";
import { datasetQuery } from "../../data/datasets";
import { yearData } from "../../data/history";
import type { CountriesFile, HistoryFile } from "../../data/schema";
import { countryNames } from "../../data/selectors";
import { historySnapshot } from "../../data/snapshot";
import { HISTORY_YEARS } from "../../lib/calendar";
import { whenIdle } from "../../lib/tasks";

/**
 * Shapes each December's figures ahead of need, one year per idle moment, the nearest to the report
 * date first. A view shapes a year the first time it shows it (about 15 ms at 4x CPU, memoised in
 * src/data/history.ts); done here, a first switch to that year finds it ready and the map is
 * redrawn sooner. Stops when `stopped()` says so, or when the files are not there.
 */
export function warmYears(client: QueryClient, stopped: () => boolean) {
  const later = (fn: () => void) => whenIdle(fn, { timeout: 2000, fallback: 50 });
  const warm = (years: readonly number[]) => {
    const year = years[0];
    const history = client.getQueryData<HistoryFile>(datasetQuery("history").queryKey);
    const countries = client.getQueryData<CountriesFile>(datasetQuery("countries").queryKey);
    if (stopped() || year == null || !history || !countries) return;
    historySnapshot(yearData(history, year, countryNames(countries.rows)));
    later(() => warm(years.slice(1)));
  };
  later(() => warm([...HISTORY_YEARS].reverse()));
}
