import type { ReactNode } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import type { DatasetName, DatasetTypes } from "../../data/datasets";
import { useDatasets } from "../../data/use-datasets";

interface Props<K extends readonly DatasetName[]> {
  /** What the reader calls this part of the page ("map", "timeline", "rankings"). */
  view: string;
  /** The view's name is plural ("rankings", "headline figures"): the notices say "are", not "is". */
  plural?: boolean;
  datasets: K;
  children: (data: { [I in keyof K]: DatasetTypes[K[I]] }) => ReactNode;
  /** Space held while loading, so the page does not jump. */
  minHeight?: number | string;
  /**
   * Shown above the loading note or the error, e.g. a disabled export menu that says why; `failed`
   * when a file could not be loaded (not while loading).
   */
  whileUnavailable?: (reason: string, failed: boolean) => ReactNode;
}

/** Renders its view once its datasets are loaded; otherwise a loading note or a named error. */
export function DataGate<const K extends readonly DatasetName[]>({
  view,
  plural = false,
  datasets,
  children,
  minHeight,
  whileUnavailable,
}: Props<K>) {
  const result = useDatasets(...datasets);
  const is = plural ? "are" : "is";
  if (result.status === "error")
    return (
      <>
        {whileUnavailable?.(`The ${view} could not be loaded, so there is nothing to export yet.`, true)}
        <ErrorNotice
          title={`The ${view} ${is} unavailable.`}
          messages={result.errors.map((e) => e.plain)}
          onRetry={result.retry}
        />
      </>
    );
  if (result.status === "pending")
    return (
      <>
        {whileUnavailable?.(`The ${view} ${is} still loading.`, false)}
        <p className="loading" style={{ minHeight }} aria-busy="true">
          Loading the {view}…
        </p>
      </>
    );
  return <>{children(result.data)}</>;
}
