import type * as z from "zod/mini";

export type DataErrorKind = "missing" | "not-json" | "wrong-shape";

/** A data file that could not be used, named for the person reading the page. */
export class DataError extends Error {
  override readonly name = "DataError";
  constructor(
    readonly kind: DataErrorKind,
    readonly label: string,
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${label} (${file}): ${detail}`);
  }

  /** One plain sentence for the page. */
  get plain(): string {
    switch (this.kind) {
      case "missing":
        return `The ${this.label} could not be loaded: the file ${this.file} was not found or the connection failed (${this.detail}).`;
      case "not-json":
        return `The ${this.label} could not be read: the file ${this.file} is damaged and is not valid JSON.`;
      default:
        return `The ${this.label} could not be used: the file ${this.file} does not have the expected content (${this.detail}).`;
    }
  }
}

const MAX_ISSUES = 3;

/** Turns schema issues into "rows.3.total: expected a number" lines, a few at most. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, MAX_ISSUES).map((i) => {
    const path = i.path.length ? i.path.map(String).join(".") : "the file";
    return `${path}: ${i.message}`;
  });
  const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : "";
  return lines.join("; ") + more;
}

/**
 * A large file checked in slices: `shell` checks all but the array at `key`, `item` each of its
 * entries, one per task, so a long file never holds the main thread in one long task.
 */
export interface Slices {
  key: string;
  shell: z.ZodMiniType;
  item: z.ZodMiniType;
}

function readJson(text: string, label: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError("not-json", label, file, "not valid JSON");
  }
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Parses already-fetched text: shared by fetchJson and the data tests. */
export function parseJson<S extends z.ZodMiniType>(
  text: string,
  schema: S,
  label: string,
  file: string,
): z.infer<S> {
  const raw = readJson(text, label, file);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DataError("wrong-shape", label, file, describeIssues(parsed.error.issues));
  return parsed.data;
}

/** parseJson for a file checked in slices (see Slices): the same result and the same errors. */
export async function parseJsonInSlices<T>(
  text: string,
  slices: Slices,
  label: string,
  file: string,
): Promise<T> {
  const raw = readJson(text, label, file);
  const shell = slices.shell.safeParse(raw);
  if (!shell.success) throw new DataError("wrong-shape", label, file, describeIssues(shell.error.issues));
  const items = (raw as Record<string, unknown[]>)[slices.key] ?? [];
  const checked: unknown[] = [];
  for (const [i, item] of items.entries()) {
    await nextTask();
    const r = slices.item.safeParse(item);
    if (!r.success)
      throw new DataError(
        "wrong-shape",
        label,
        file,
        describeIssues(r.error.issues.map((issue) => ({ ...issue, path: [slices.key, i, ...issue.path] }))),
      );
    checked.push(r.data);
  }
  return { ...(shell.data as object), [slices.key]: checked } as T;
}

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
  const { schema, slices } = await checker();
  return slices
    ? parseJsonInSlices<z.infer<S>>(text, slices, label, file)
    : parseJson(text, schema, label, file);
}
