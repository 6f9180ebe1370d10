import type { AppState } from "../state/url-state";
import type { SetState } from "../state/use-url-state";

/** What every section gets: the URL state, its setter, and the shared hover. */
export interface LinkedProps {
  state: AppState;
  setState: SetState;
  hovered: string | null;
  setHovered: (iso3: string | null) => void;
}
