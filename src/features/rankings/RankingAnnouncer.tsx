import { useEffect, useRef, useState } from "react";
import { PLAY_STEP_MS } from "../../charts/shared/use-play-years";
import { formatCount, formatDate } from "../../lib/format";
import type { CountryRanking } from "./rankings-model";

/**
 * How long the date must stay put before the top five are said: longer than Play's step (slowed
 * half again under reduced motion), so Play is described once, where it stops, not at every year.
 */
export const SETTLE_MS = Math.round(PLAY_STEP_MS * 1.5) + 250;

const COUNT = ["", "one", "two", "three", "four", "five"];

/**
 * "December 2012, top five contributors: Bangladesh 1,234; Jordan 1,100; …": the five countries
 * first in rank order (whatever the bars' sort), with their officers.
 */
export function topFiveSentence(c: CountryRanking, year: number | null): string {
  const when = year == null ? formatDate(c.asOf) : `December ${year}`;
  if (c.empty) return `${when}: ${c.empty}`;
  const top = c.rows.slice(0, 5);
  const who = top.length === 1 ? "the only contributor" : `top ${COUNT[top.length]} contributors`;
  return `${when}, ${who}: ${top.map((r) => `${r.label} ${formatCount(r.value)}`).join("; ")}.`;
}

/**
 * `message`, once `key` has stayed the same for `delay` ms after a change (never on the first
 * render): changes in a row within the delay give one message, the last one's.
 */
export function useSettledMessage(message: string, key: string, delay = SETTLE_MS): string {
  const [said, setSaid] = useState("");
  const latest = useRef(message);
  latest.current = message;
  const prev = useRef(key);
  useEffect(() => {
    if (prev.current === key) return;
    prev.current = key;
    const t = window.setTimeout(() => setSaid(latest.current), delay);
    return () => window.clearTimeout(t);
  }, [key, delay]);
  return said;
}

/** The rankings' own polite live region: the new top five, once a change of date has settled. */
export function RankingAnnouncer({ message, changeKey }: { message: string; changeKey: string }) {
  const said = useSettledMessage(message, changeKey);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="rankings-announcer">
      {said}
    </div>
  );
}
