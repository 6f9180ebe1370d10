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

/** Parses already-fetched text: shared by fetchJson and the data tests. */
export function parseJson<S extends z.ZodMiniType>(
  text: string,
  schema: S,
  label: string,
  file: string,
): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DataError("not-json", label, file, "not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DataError("wrong-shape", label, file, describeIssues(parsed.error.issues));
  return parsed.data;
}

/** Fetches one same-origin JSON file and validates it; every failure is a DataError. */
export async function fetchJson<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  label: string,
  signal?: AbortSignal,
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
  return parseJson(await res.text(), schema, label, file);
}
