import { use, useState } from "react";
import { copyText } from "./clipboard";
import { ExportSizes } from "./ExportSizes";
import { draftCitation, EMBED_RESIZE_NOTE, embedSnippet } from "./share";
import { type ExportSettings, sizeChoice } from "./sizes";
import type { ExportSpec } from "./types";

const exporter = () => import("./exporter");

interface Props {
  /** The menu's id, for the size radios' name. */
  id: string;
  /** The spec, or the promise of one (a deferred spec being made): the panel waits for it. */
  spec: ExportSpec | Promise<ExportSpec>;
  svg: () => SVGSVGElement | null;
  settings: ExportSettings;
  onSettings: (s: ExportSettings) => void;
}

/**
 * The open export menu's controls and actions: a chunk of its own, fetched when a visitor first
 * points at or focuses an Export button, so the first view carries only the buttons.
 */
export default function ExportPanel({ id, spec: given, svg, settings, onSettings }: Props) {
  const spec = given instanceof Promise ? use(given) : given;
  const { size, custom, background } = settings;
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

  const disabled = !spec.ready || busy;
  const image = (write: "downloadPng" | "downloadSvg" | "copyImage") =>
    run(async () =>
      (await exporter())[write](spec, svg(), {
        size: sizeChoice(size, custom),
        background,
        href: window.location.href,
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
    <>
      {!spec.ready ? (
        <p className="export__reason">{spec.notReadyReason ?? "The chart is not ready yet."}</p>
      ) : null}
      <ExportSizes
        name={`${id}-size`}
        size={size}
        onSize={(v) => onSettings({ ...settings, size: v })}
        custom={custom}
        onCustom={(v) => onSettings({ ...settings, custom: v })}
      />
      <label className="export__bg">
        <input
          type="checkbox"
          checked={background === "transparent"}
          onChange={(e) =>
            onSettings({ ...settings, background: e.target.checked ? "transparent" : "light" })
          }
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
  );
}
