// Checking a data file against its schema. Only a file the build did not validate is checked
// (see fetchJson), so this is a chunk of its own, fetched with the schemas when one is.
import type * as z from "zod/mini";
import { DataError, readJson, type Slices } from "./data-error";

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

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Parses already-fetched text and checks it: for fetchJson and the data tests. */
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
