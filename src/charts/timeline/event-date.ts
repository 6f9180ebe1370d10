import { formatDate } from "../../lib/format";
import type { TimelineEvent } from "./types";

/** "9 January 2011 – 15 January 2011", "2010", "December 2010". */
export function eventDateText(e: TimelineEvent): string {
  return e.end ? `${formatDate(e.date)} – ${formatDate(e.end)}` : formatDate(e.date);
}
