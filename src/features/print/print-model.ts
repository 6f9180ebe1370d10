import type { Country, Story } from "../../data/schema";
import { stopDay, stopIndex, TIME_STOPS } from "../../lib/calendar";
import { formatDate } from "../../lib/format";
import type { AppState } from "../../state/url-state";
import { TITLES } from "../map/map-view-model";
import { stopKind } from "../time/TimeControl";

export interface PrintHeading {
  /** The chosen story's title, or the map's title. */
  title: string;
  /** The selected country's name, when one is. */
  selected: string | null;
  /** The date every view shows, as the time control writes it: "30 June 2024", "31 December 2012". */
  day: string;
  /** Where that date's figures come from: "UN monthly report", "December figures". */
  kind: string;
}

/** What the printed page says above the map: the view's title and its date, from the URL state. */
export function printHeading(
  state: Pick<AppState, "measure" | "story" | "country" | "year" | "date">,
  stories: readonly Story[] | null,
  countries: readonly Country[] | null,
): PrintHeading {
  const story = state.story ? stories?.find((s) => s.id === state.story) : undefined;
  const country = state.country ? countries?.find((c) => c.iso3 === state.country) : undefined;
  const i = stopIndex(state.year, state.date);
  const stop = TIME_STOPS[i];
  return {
    title: story?.title ?? TITLES[state.measure],
    selected: country?.name ?? null,
    day: stop ? formatDate(stopDay(stop)) : "",
    kind: stopKind(i),
  };
}
