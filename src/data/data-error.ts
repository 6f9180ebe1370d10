// A data file that could not be used, and the plain reading of one: shared by the fetch (on every
// load) and the schema check (a chunk of its own, only for a file the build did not validate).
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

/**
 * A large file checked in slices: `shell` checks all but the array at `key`, `item` each of its
 * entries, one per task, so a long file never holds the main thread in one long task.
 */
export interface Slices {
  key: string;
  shell: z.ZodMiniType;
  item: z.ZodMiniType;
}

export function readJson(text: string, label: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError("not-json", label, file, "not valid JSON");
  }
}
