import "./error-notice.css";

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
