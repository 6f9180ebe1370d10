import { useEffect, useState } from "react";

/**
 * A polite live region: says a short message (a selection, a story, a step) once.
 * The message is set a tick after mount, so screen readers notice the change.
 */
export function LiveAnnouncer({ message }: { message: string }) {
  const [said, setSaid] = useState("");
  useEffect(() => {
    const t = window.setTimeout(() => setSaid(message), 50);
    return () => window.clearTimeout(t);
  }, [message]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {said}
    </div>
  );
}
