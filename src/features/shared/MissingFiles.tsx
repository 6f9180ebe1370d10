import { ErrorNotice } from "../../components/ErrorNotice";
import type { Optional } from "../../data/use-datasets";

/**
 * One notice for the files a view draws without, when any of them failed: what the view lacks
 * (`title`), each failure in plain words, and one "Try again" for them all. Nothing otherwise.
 */
export function MissingFiles({ title, files }: { title: string; files: readonly Optional<unknown>[] }) {
  const failed = files.filter((f) => f.errors);
  if (!failed.length) return null;
  return (
    <ErrorNotice
      title={title}
      messages={failed.flatMap((f) => (f.errors ?? []).map((e) => e.plain))}
      onRetry={() => {
        for (const f of failed) f.retry();
      }}
    />
  );
}
