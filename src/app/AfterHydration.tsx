import { type ReactNode, Suspense } from "react";

/** The line a lazy section shows while its code loads; it holds the section's space. */
export function SectionLoading({ name }: { name: string }) {
  return (
    <p className="loading section-loading" aria-busy="true">
      Loading the {name}…
    </p>
  );
}

/** A lazy section: its loading line until the page is hydrated, then while its chunk loads. */
export function AfterHydration({
  mounted,
  name,
  children,
}: {
  mounted: boolean;
  name: string;
  children: ReactNode;
}) {
  const loading = <SectionLoading name={name} />;
  return mounted ? <Suspense fallback={loading}>{children}</Suspense> : loading;
}
