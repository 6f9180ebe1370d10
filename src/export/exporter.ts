// The heavy half of export, loaded only when a visitor uses the export menu (dynamic import).
import { formatDate } from "../lib/format";
import { type Composed, planGraphic, renderGraphic } from "./compose";
import { toCsv } from "./csv";
import { fileName } from "./file-name";
import { chartBox, standaloneClone } from "./inline-styles";
import { shortLink } from "./share";
import { frameFor, pixelSize } from "./sizes";
import type { Background, ExportSpec, SizeChoice } from "./types";

export interface ExportOptions {
  size: SizeChoice;
  background: Background;
  /** The page's address: the image carries the link to this exact view. */
  href?: string;
}

/** The smallest text in a social or square image, in its pixels. */
export const PRESET_MIN_TEXT_PX = 14;

/** The live chart's <svg>, handed over by ref (ExportMenu's `svgRef`). */
export type LiveSvg = SVGSVGElement | null;

/** The finished graphic for a spec at a size, as SVG text with its pixel size. */
export function buildGraphic(
  spec: ExportSpec,
  live: LiveSvg,
  opts: ExportOptions,
): Composed & { message?: string } {
  if (!live) throw new Error("The chart is not drawn yet.");
  const box = spec.box ?? chartBox(live);
  const frame = frameFor(opts.size, live.getBoundingClientRect().width || box.width);
  const minTextPx = opts.size.kind === "preset" ? PRESET_MIN_TEXT_PX : undefined;
  const plan = planGraphic({
    title: spec.title,
    subtitle: spec.subtitle,
    source: spec.source,
    licence: spec.licence,
    link: opts.href ? shortLink(opts.href) : undefined,
    legend: spec.legend,
    keyInset: spec.keyInset,
    box,
    width: frame.width,
    height: frame.height,
    pixelWidth: frame.pixelWidth,
    background: opts.background,
    credit: `Figures as of ${formatDate(spec.asOf)}`,
    minTextPx,
  });
  // Image pixels per unit of the chart's own box, once it is fitted into its place.
  const pxPerUnit = (plan.chart.width / box.width) * (plan.pixelWidth / plan.width);
  const adapt = spec.adaptChart;
  // The key's panel inside the chart, in the chart's own units.
  const panel = plan.key.panel;
  const toChart = box.width / plan.chart.width;
  const covered = panel
    ? [
        {
          x0: box.x + (panel.x - plan.chart.x) * toChart,
          y0: box.y + (panel.y - plan.chart.y) * toChart,
          x1: box.x + (panel.x + panel.width - plan.chart.x) * toChart,
          y1: box.y + (panel.y + panel.height - plan.chart.y) * toChart,
        },
      ]
    : [];
  const styled = standaloneClone(live, {
    adapt: adapt ? (svg) => adapt(svg, pxPerUnit, minTextPx ?? 0, covered) : undefined,
    pxPerUnit,
    minTextPx,
  });
  for (const a of ["x", "y", "width", "height", "preserveAspectRatio", "class", "aria-hidden", "role"])
    styled.removeAttribute(a);
  styled.setAttribute("viewBox", `${box.x} ${box.y} ${box.width} ${box.height}`);
  const composed = renderGraphic(plan, new XMLSerializer().serializeToString(styled));
  const capped = pixelSize(composed.width, composed.height, composed.pixelWidth);
  const message = [frame.message, capped.message].filter(Boolean).join(" ") || undefined;
  if (capped.width !== composed.pixelWidth) {
    const svg = composed.svg.replace(
      /(<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg") width="\d+" height="\d+"/,
      `$1 width="${capped.width}" height="${capped.height}"`,
    );
    return { ...composed, svg, pixelWidth: capped.width, pixelHeight: capped.height, message };
  }
  return { ...composed, message };
}

/** Draws the SVG onto a canvas of exactly its pixel size. */
export async function toPng(g: Composed): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([g.svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new Error("The browser could not draw the chart image."));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = g.pixelWidth;
    canvas.height = g.pixelHeight;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw images (no canvas).");
    ctx.drawImage(img, 0, 0, g.pixelWidth, g.pixelHeight);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error("The PNG could not be made."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const sizeSuffix = (g: Composed) => `${g.pixelWidth}x${g.pixelHeight}`;

export async function downloadPng(spec: ExportSpec, svg: LiveSvg, opts: ExportOptions): Promise<string> {
  const g = buildGraphic(spec, svg, opts);
  const name = fileName(spec.fileBase, "png", sizeSuffix(g));
  download(await toPng(g), name);
  return `${name} downloaded (${g.pixelWidth} × ${g.pixelHeight} px).${g.message ? ` ${g.message}` : ""}`;
}

export function downloadSvg(spec: ExportSpec, svg: LiveSvg, opts: ExportOptions): string {
  const g = buildGraphic(spec, svg, opts);
  const name = fileName(spec.fileBase, "svg");
  download(new Blob([g.svg], { type: "image/svg+xml;charset=utf-8" }), name);
  return `${name} downloaded.${g.message ? ` ${g.message}` : ""}`;
}

export function downloadCsv(spec: ExportSpec): string {
  const name = fileName(spec.fileBase, "csv");
  download(new Blob([toCsv(spec.csv.header, spec.csv.rows)], { type: "text/csv;charset=utf-8" }), name);
  return `${name} downloaded (${spec.csv.rows.length} rows).`;
}

export async function copyImage(spec: ExportSpec, svg: LiveSvg, opts: ExportOptions): Promise<string> {
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write)
    return "This browser does not allow copying images: use Download PNG instead.";
  const png = await toPng(buildGraphic(spec, svg, opts));
  try {
    await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
    return "Image copied.";
  } catch {
    return "The browser refused to copy the image: use Download PNG instead.";
  }
}
