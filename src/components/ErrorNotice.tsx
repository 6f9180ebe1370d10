import type { Optional } from "../data/use-datasets";

interface Props {
  title: string;
  messages: string[];
  onRetry?: () => void;
}

/** A named, human message in place of a view that could not be shown. */
export function ErrorNotice({ title, messages, onRetry }: Props) {
  return (
    <div role="alert" className="error-notice">
      <p className="error-notice__title">{title}</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

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
