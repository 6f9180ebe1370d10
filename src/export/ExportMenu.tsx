import { type KeyboardEvent, type RefObject, useId, useRef, useState } from "react";
import { copyText } from "./clipboard";
import { draftCitation, EMBED_RESIZE_NOTE, embedSnippet } from "./share";
import { capWidth, MAX_WIDTH, MIN_WIDTH, PRESETS } from "./sizes";
import type { Background, ExportSpec, SizeChoice } from "./types";
import "./export-menu.css";

type SizeKey = "1x" | "2x" | "custom" | (typeof PRESETS)[number]["key"];

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

/** "Export" for one chart: images, data, link, alt text, citation and embed code. */
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

  const choice = (): SizeChoice => {
    if (size === "1x" || size === "2x") return { kind: "screen", scale: size === "1x" ? 1 : 2 };
    if (size === "custom") return { kind: "custom", width: Number(custom) };
    const p = PRESETS.find((x) => x.key === size) ?? PRESETS[0];
    return { kind: "preset", width: p?.width ?? 1200, height: p?.height ?? 675 };
  };
  const customNote = size === "custom" ? capWidth(custom).message : undefined;

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
  const opts = () => ({ size: choice(), background });

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
            <fieldset className="export__sizes">
              <legend>Image size</legend>
              {(
                [
                  ["1x", "On-screen size"],
                  ["2x", "Double (2x)"],
                  ...PRESETS.map((p) => [p.key, `${p.label}, ${p.width} × ${p.height}`]),
                  ["custom", "Custom width"],
                ] as [SizeKey, string][]
              ).map(([key, label]) => (
                <label key={key}>
                  <input
                    type="radio"
                    name={`${id}-size`}
                    checked={size === key}
                    onChange={() => setSize(key)}
                  />
                  {label}
                </label>
              ))}
              <label className="export__custom">
                Width in pixels ({MIN_WIDTH}–{MAX_WIDTH})
                <input
                  type="number"
                  inputMode="numeric"
                  min={MIN_WIDTH}
                  max={MAX_WIDTH}
                  value={custom}
                  disabled={size !== "custom"}
                  onChange={(e) => setCustom(e.target.value)}
                />
              </label>
              {customNote ? <p className="export__note">{customNote}</p> : null}
            </fieldset>
            <label className="export__bg">
              <input
                type="checkbox"
                checked={background === "transparent"}
                onChange={(e) => setBackground(e.target.checked ? "transparent" : "light")}
              />
              Transparent background (PNG and SVG)
            </label>
            <div className="export__actions">
              <button
                type="button"
                disabled={disabled}
                onClick={() =>
                  run(async () => (await exporter()).downloadPng(spec, svgRef?.current ?? null, opts()))
                }
              >
                Download PNG
              </button>
              <button
                type="button"
                disabled={disabled}
                onClick={() =>
                  run(async () => (await exporter()).downloadSvg(spec, svgRef?.current ?? null, opts()))
                }
              >
                Download SVG
              </button>
              <button
                type="button"
                disabled={disabled}
                onClick={() => run(async () => (await exporter()).downloadCsv(spec))}
              >
                Download CSV
              </button>
              <button
                type="button"
                disabled={disabled}
                onClick={() =>
                  run(async () => (await exporter()).copyImage(spec, svgRef?.current ?? null, opts()))
                }
              >
                Copy image
              </button>
              <button type="button" disabled={busy} onClick={() => copy(window.location.href, "Link")}>
                Copy link
              </button>
              <button type="button" disabled={disabled} onClick={() => copy(spec.altText, "Alt text")}>
                Copy alt text
              </button>
              <button
                type="button"
                disabled={disabled}
                onClick={() => copy(draftCitation(spec, window.location.href), "Citation")}
              >
                Copy citation
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  setShown({ label: "Embed code", text: embedSnippet(spec, window.location.href) });
                  setStatus("");
                }}
              >
                Embed
              </button>
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
