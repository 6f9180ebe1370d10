import type { Optional } from "../../data/use-datasets";
import { MissingFiles } from "../shared/MissingFiles";

/** What the map does without each side file, said in the notice when that file fails. */
const WITHOUT = {
  deployments: "The map is drawn without the flows between countries and missions.",
  missions: "The map is drawn without mission markers and without figures for police hosted.",
  stories: "The map is drawn without the stories.",
} as const;

/** The note above a map with no figures for the year: every country hatched, with the reason. */
export function NoDataNote({ gap }: { gap: string | null }) {
  return (
    <p className="map-section__gap" role="note">
      <strong>No data for this year.</strong> {gap} Every country is shown hatched: unknown, not zero.
    </p>
  );
}

interface Props {
  side: Record<keyof typeof WITHOUT, Optional<unknown>>;
  /** Items not drawn, or drawn without data (mapProblems). */
  problems: readonly string[];
}

/** Under the map: a notice per side file that failed, and the list of what is not drawn. */
export function MapNotices({ side, problems }: Props) {
  return (
    <>
      <div className="map-section__side-errors">
        <MissingFiles title={WITHOUT.missions} files={[side.missions]} />
        <MissingFiles title={WITHOUT.deployments} files={[side.deployments]} />
        <MissingFiles title={WITHOUT.stories} files={[side.stories]} />
      </div>
      {problems.length ? (
        <div className="map-section__notice" role="note" aria-label="Items not drawn on the map">
          <details>
            <summary>
              {problems.length === 1 ? "1 item" : `${problems.length} items`} not drawn on the map, or drawn
              without data
            </summary>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </>
  );
}
