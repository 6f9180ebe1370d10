import { type KeyboardEvent, lazy, type RefObject, Suspense, useId, useMemo, useRef, useState } from "react";
import type { ExportSettings } from "./sizes";
import type { DeferredSpec, ExportSpec } from "./types";
import "./export-menu.css";

const loadPanel = () => import("./ExportPanel");
const ExportPanel = lazy(loadPanel);

const DEFAULT_SETTINGS: ExportSettings = { size: "2x", custom: "2000", background: "light" };

/** The spec of a chart that cannot be exported: every action says why. */
function unavailable(id: ExportSpec["id"], title: string, reason: string): ExportSpec {
  return {
    id,
    title,
    subtitle: "",
    source: "",
    licence: "",
    asOf: "",
    fileBase: id,
    csv: { header: [], rows: [] },
    altText: "",
    ready: false,
    notReadyReason: reason,
  };
}

/** The menu of a chart that cannot be exported yet (data loading or failed): every action says why. */
export function UnavailableExport({
  id,
  title,
  reason,
}: {
  id: ExportSpec["id"];
  title: string;
  reason: string;
}) {
  const spec = unavailable(id, title, reason);
  return (
    <div className="section-tools">
      <ExportMenu spec={spec} />
    </div>
  );
}

/**
 * A chart's export menu: images from the chart's live <svg>, handed over by `svgRef` (none: the
 * image actions are disabled), and the CSV, alt text, citation and embed code from `spec`. The
 * open panel is its own chunk (ExportPanel), asked for when the button is pointed at or focused.
 */
export function ExportMenu({
  spec,
  svgRef,
  what,
}: {
  spec: ExportSpec | DeferredSpec;
  svgRef?: RefObject<SVGSVGElement | null>;
  /** What it exports, on the button ("map": "Export map"), so a page of menus reads apart. */
  what?: string;
}) {
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // The panel hangs from the button's right edge, or from its left edge when the button sits too
  // near the left of the screen for the panel to fit (the map's controls wrap on a laptop).
  const [fromLeft, setFromLeft] = useState(false);
  const toggle = () => {
    const r = toggleRef.current?.getBoundingClientRect();
    const panelWidth = Math.min(22 * 16, window.innerWidth * 0.9);
    setFromLeft(r != null && r.right < panelWidth);
    setOpen(!open);
  };
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  // A deferred spec is made when the menu opens, and again when the chart changes while it is open.
  const built = useMemo(
    () =>
      open && "build" in spec
        ? spec
            .build()
            .catch(() =>
              unavailable(
                spec.id,
                spec.title,
                "The export could not be prepared: reload the page and try again.",
              ),
            )
        : null,
    [open, spec],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the menu closes it
    <div className="export" onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={toggleRef}
        className="export__toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={toggle}
        onPointerEnter={loadPanel}
        onFocus={loadPanel}
      >
        Export{what ? ` ${what}` : ""}
        <span className="visually-hidden">: {spec.title}</span>
      </button>
      {/* The panel's controls exist only while it is open: the page has four menus, and a closed
          one then costs nothing to draw, to pre-render or to update when the view changes. */}
      <div
        id={`${id}-panel`}
        className={fromLeft ? "export__panel export__panel--left" : "export__panel"}
        hidden={!open}
      >
        {open ? (
          <Suspense fallback={<p className="export__status">Opening the export menu…</p>}>
            <ExportPanel
              id={id}
              spec={built ?? (spec as ExportSpec)}
              svg={() => svgRef?.current ?? null}
              settings={settings}
              onSettings={setSettings}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
