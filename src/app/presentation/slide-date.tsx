import { createContext, type ReactNode, useContext } from "react";
import { createPortal } from "react-dom";
import { formatDate } from "../../lib/format";

/** Where a slide puts its date: a slot in the slide's top bar, large, beside the step. */
export const DateSlot = createContext<HTMLElement | null>(null);

/**
 * The date of the figures a slide shows, drawn in the top bar. A portal, so each slide names its own
 * date from its own data and the bar never shows the previous slide's date.
 */
export function SlideDate({ iso, children }: { iso: string; children?: ReactNode }) {
  const slot = useContext(DateSlot);
  if (!slot) return null;
  return createPortal(
    <>
      {children}
      <time dateTime={iso}>{formatDate(iso)}</time>
    </>,
    slot,
  );
}
