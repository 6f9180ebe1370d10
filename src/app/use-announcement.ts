import { useEffect, useRef, useState } from "react";
import type { Country, Story } from "../data/schema";
import { announcementFor } from "../state/rules";
import type { AppState } from "../state/url-state";

/** One short sentence per change the visitor makes (not on first load), for the live region. */
export function useAnnouncement(
  state: AppState,
  countries: readonly Country[] | null,
  stories: readonly Story[] | null,
): string {
  const [message, setMessage] = useState("");
  const previous = useRef<AppState>(state);
  useEffect(() => {
    const said = announcementFor(previous.current, state, countries, stories);
    previous.current = state;
    if (said) setMessage(said);
  }, [state, countries, stories]);
  return message;
}
