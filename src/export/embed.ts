import { EXPORT_IDS, type ExportId } from "./types";

/** The chart asked for by `?embed=`, or null (unknown ids are ignored). Apart from share.ts, whose
 * other helpers only the open export menu needs. */
export function embedTarget(search: string): ExportId | null {
  const raw = new URLSearchParams(search).get("embed");
  return EXPORT_IDS.find((id) => id === raw) ?? null;
}
