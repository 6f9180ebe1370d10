import type * as z from "zod/mini";
import { DataError, readJson, type Slices } from "./data-error";

export { DataError, type DataErrorKind, type Slices } from "./data-error";

/** A file's SHA-256 as hex, or null where the browser offers no digest (an insecure origin). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return null;
  }
}

export type Checker<S extends z.ZodMiniType> = () => Promise<{ schema: S; slices?: Slices }>;

/**
 * Fetches one same-origin JSON file and validates it (in slices if given); every failure is a
 * DataError. `built` is the SHA-256 of the file as the build validated it (scripts/prerender.mjs):
 * when the bytes are those, the file is parsed without checking it again and the schemas' code is
 * never fetched. Any other bytes (an edited file, a damaged one) are checked in full.
 */
export async function fetchJson<S extends z.ZodMiniType>(
  url: string,
  checker: Checker<S>,
  label: string,
  signal?: AbortSignal,
  built?: string,
): Promise<z.infer<S>> {
  const file = url.slice(url.lastIndexOf("/") + 1);
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataError("missing", label, file, "network error");
  }
  if (!res.ok) throw new DataError("missing", label, file, `HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  if (built && (await sha256Hex(bytes)) === built) return readJson(text, label, file) as z.infer<S>;
  // Only an edited or damaged file is checked: the checking code is a chunk of its own.
  const [{ schema, slices }, { parseJson, parseJsonInSlices }] = await Promise.all([
    checker(),
    import("./check-json"),
  ]);
  return slices
    ? parseJsonInSlices<z.infer<S>>(text, slices, label, file)
    : parseJson(text, schema, label, file);
}
