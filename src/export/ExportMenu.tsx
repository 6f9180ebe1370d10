import { type KeyboardEvent, type RefObject, useId, useRef, useState } from "react";
import { copyText } from "./clipboard";
import { ExportSizes } from "./ExportSizes";
import { draftCitation, EMBED_RESIZE_NOTE, embedSnippet } from "./share";
import { type SizeKey, sizeChoice } from "./sizes";
import type { Background, ExportSpec } from "./types";
import "./export-menu.css";

const exporter = () => import("./exporter");

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
  const spec: ExportSpec = {
    id,
    title,
    subtitle: "",
    source: "",
    asOf: "",
    fileBase: id,
    csv: { header: [], rows: [] },
    altText: "",
    ready: false,
    notReadyReason: reason,
  };
  return (
    <div className="section-tools">
      <ExportMenu spec={spec} />
    </div>
  );
}

/**
 * A chart's export menu: images from the chart's live <svg>, handed over by `svgRef` (none: the
 * image actions are disabled), and the CSV, alt text, citation and embed code from `spec`.
 */
export function ExportMenu({ spec, svgRef }: { spec: ExportSpec; svgRef?: RefObject<SVGSVGElement | null> }) {
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
  const [size, setSize] = useState<SizeKey>("2x");
  const [custom, setCustom] = useState("2000");
  const [background, setBackground] = useState<Background>("light");
  const [status, setStatus] = useState("");
  const [shown, setShown] = useState<{ label: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string> | string) => {
    setBusy(true);
    setShown(null);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : "unknown error"}`);
    } finally {
      setBusy(false);
    }
  };
  const copy = (text: string, label: string) =>
    run(async () => {
      const said = await copyText(text, label);
      if (!said.endsWith("copied.")) setShown({ label, text });
      return said;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };
  const disabled = !spec.ready || busy;
  const image = (write: "downloadPng" | "downloadSvg" | "copyImage") =>
    run(async () =>
      (await exporter())[write](spec, svgRef?.current ?? null, {
        size: sizeChoice(size, custom),
        background,
      }),
    );
  /** The menu's actions, in order; `always`: offered while the chart is not ready (the link, the embed code). */
  const actions: { label: string; act: () => void; always?: boolean }[] = [
    { label: "Download PNG", act: () => image("downloadPng") },
    { label: "Download SVG", act: () => image("downloadSvg") },
    { label: "Download CSV", act: () => run(async () => (await exporter()).downloadCsv(spec)) },
    { label: "Copy image", act: () => image("copyImage") },
    { label: "Copy link", act: () => copy(window.location.href, "Link"), always: true },
    { label: "Copy alt text", act: () => copy(spec.altText, "Alt text") },
    { label: "Copy citation", act: () => copy(draftCitation(spec, window.location.href), "Citation") },
    {
      label: "Embed",
      act: () => {
        setShown({ label: "Embed code", text: embedSnippet(spec, window.location.href) });
        setStatus("");
      },
      always: true,
    },
  ];

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
      >
        Export<span className="visually-hidden">: {spec.title}</span>
      </button>
      {/* The panel's controls exist only while it is open: the page has four menus, and a closed
          one then costs nothing to draw, to pre-render or to update when the view changes. */}
      <div
        id={`${id}-panel`}
        className={fromLeft ? "export__panel export__panel--left" : "export__panel"}
        hidden={!open}
      >
        {open ? (
          <>
            {!spec.ready ? (
              <p className="export__reason">{spec.notReadyReason ?? "The chart is not ready yet."}</p>
            ) : null}
            <ExportSizes
              name={`${id}-size`}
              size={size}
              onSize={setSize}
              custom={custom}
              onCustom={setCustom}
            />
            <label className="export__bg">
              <input
                type="checkbox"
                checked={background === "transparent"}
                onChange={(e) => setBackground(e.target.checked ? "transparent" : "light")}
              />
              Transparent background (PNG and SVG)
            </label>
            <div className="export__actions">
              {actions.map((a) => (
                <button key={a.label} type="button" disabled={a.always ? busy : disabled} onClick={a.act}>
                  {a.label}
                </button>
              ))}
            </div>
            {shown ? (
              <div className="export__shown">
                <label>
                  {shown.label}
                  <textarea readOnly value={shown.text} rows={3} onFocus={(e) => e.currentTarget.select()} />
                </label>
                {shown.label === "Embed code" ? (
                  <>
                    <p className="export__note">{EMBED_RESIZE_NOTE}</p>
                    <button type="button" onClick={() => copy(shown.text, "Embed code")}>
                      Copy embed code
                    </button>
                  </>
                ) : null}
              </div>
            ) : null}
            <p className="export__status" role="status">
              {status}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
