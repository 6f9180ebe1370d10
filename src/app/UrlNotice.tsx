import "./url-notice.css";

/** Says which link parameters were not understood, so a broken link is not a silent mystery. */
export function UrlNotice({ ignored }: { ignored: string[] }) {
  if (!ignored.length) return null;
  return (
    <p className="url-notice" role="status">
      Part of this link was not understood and was ignored ({ignored.join(", ")}); the default view is shown
      instead.
    </p>
  );
}
