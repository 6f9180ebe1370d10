// Assembles the finished graphic: title, subtitle, the chart, legend, source and credit, in one
// standalone SVG at the export size. Pure string work, so it is tested without a browser.
import { hatchPatternMarkup, LIGHT, PALETTE } from "../lib/palette";
import { SAFE_FONT } from "./inline-styles";
import { APP_NAME } from "./share";
import type { Background, ExportLegend } from "./types";

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Control characters are not allowed in XML 1.0: drop them.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

/** Greedy word wrap by an average glyph width (no text measuring in a pure function). */
export function wrapText(text: string, maxChars: number): string[] {
  const max = Math.max(10, Math.floor(maxChars));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (`${line} ${word}`.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ComposeInput {
  title: string;
  subtitle: string;
  source: string;
  legend?: ExportLegend;
  /** The chart as a complete <svg …>…</svg> element string (styles inlined). */
  chart: string;
  /** The chart's own coordinate box (its viewBox). */
  box: { width: number; height: number };
  /** Layout units; height null = as tall as the chart needs. */
  width: number;
  height: number | null;
  /** Output pixel width (the PNG's width; the SVG's width attribute). */
  pixelWidth: number;
  background: Background;
  /** e.g. "Exported 25 November 2026"; left out when empty. */
  credit?: string;
}

export interface Composed {
  svg: string;
  /** Layout size (viewBox) and the output pixel size. */
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
}

const GLYPH = 0.55;

export function composeSvg(input: ComposeInput): Composed {
  const W = input.width;
  const s = Math.min(2, Math.max(0.8, W / 800));
  const pad = Math.round(24 * s);
  const titleSize = 24 * s;
  const subSize = 15 * s;
  const smallSize = 12 * s;
  const inner = W - 2 * pad;
  const titleLines = wrapText(input.title, inner / (titleSize * GLYPH));
  const subLines = wrapText(input.subtitle, inner / (subSize * GLYPH));
  const sourceLines = wrapText(`Source: ${input.source}`, inner / (smallSize * GLYPH));
  const creditLine = [APP_NAME, input.credit].filter(Boolean).join(" · ");

  let y = pad;
  const text: string[] = [];
  for (const l of titleLines) {
    y += titleSize * 1.15;
    text.push(
      `<text x="${pad}" y="${y.toFixed(1)}" font-size="${titleSize.toFixed(1)}" font-weight="700" fill="${LIGHT.text}">${escapeXml(l)}</text>`,
    );
  }
  y += 4 * s;
  for (const l of subLines) {
    y += subSize * 1.3;
    text.push(
      `<text x="${pad}" y="${y.toFixed(1)}" font-size="${subSize.toFixed(1)}" fill="${LIGHT.muted}">${escapeXml(l)}</text>`,
    );
  }
  const chartTop = y + 12 * s;

  // Legend: swatches in rows that wrap at the inner width.
  const legendParts: string[] = [];
  const sw = 12 * s;
  let legendHeight = 0;
  const hatchId = "export-hatch";
  if (input.legend?.items.length) {
    const rows: { x: number; item: (typeof input.legend.items)[number] }[][] = [[]];
    let x = 0;
    for (const item of input.legend.items) {
      const w = sw + 6 * s + item.label.length * smallSize * GLYPH + 16 * s;
      if (x + w > inner && x > 0) {
        rows.push([]);
        x = 0;
      }
      rows[rows.length - 1]?.push({ x, item });
      x += w;
    }
    legendHeight = smallSize * 1.6 + rows.length * (sw + 8 * s);
    legendParts.push(
      `<text x="0" y="${smallSize.toFixed(1)}" font-size="${smallSize.toFixed(1)}" font-weight="700" fill="${LIGHT.text}">${escapeXml(input.legend.title)}</text>`,
    );
    rows.forEach((row, ri) => {
      const ry = smallSize * 1.6 + ri * (sw + 8 * s);
      for (const { x: rx, item } of row) {
        const fill = item.pattern === "hatch" ? `url(#${hatchId})` : escapeXml(item.color);
        legendParts.push(
          `<rect x="${rx.toFixed(1)}" y="${ry.toFixed(1)}" width="${sw.toFixed(1)}" height="${sw.toFixed(1)}" fill="${fill}" stroke="${PALETTE.outline}" stroke-width="1"/>`,
          `<text x="${(rx + sw + 6 * s).toFixed(1)}" y="${(ry + sw * 0.85).toFixed(1)}" font-size="${smallSize.toFixed(1)}" fill="${LIGHT.text}">${escapeXml(item.label)}</text>`,
        );
      }
    });
  }
  const footerHeight = (sourceLines.length + 1) * smallSize * 1.4 + 8 * s;
  const afterChart = (legendHeight ? legendHeight + 12 * s : 0) + footerHeight + pad;

  let chartW = inner;
  let chartH = (input.box.height * inner) / input.box.width;
  let H: number;
  if (input.height == null) {
    H = chartTop + chartH + 12 * s + afterChart;
  } else {
    H = input.height;
    const avail = Math.max(40, H - chartTop - 12 * s - afterChart);
    if (chartH > avail) {
      chartH = avail;
      chartW = (input.box.width * avail) / input.box.height;
    }
  }
  const chartX = pad + (inner - chartW) / 2;
  const chart = input.chart.replace(
    /^<svg\b/,
    `<svg x="${chartX.toFixed(1)}" y="${chartTop.toFixed(1)}" width="${chartW.toFixed(1)}" height="${chartH.toFixed(1)}" preserveAspectRatio="xMidYMid meet"`,
  );
  let fy = chartTop + chartH + 12 * s;
  const legendG = legendHeight
    ? `<g transform="translate(${pad} ${fy.toFixed(1)})">${legendParts.join("")}</g>`
    : "";
  if (legendHeight) fy += legendHeight + 12 * s;
  const footer: string[] = [];
  for (const l of sourceLines) {
    fy += smallSize * 1.4;
    footer.push(
      `<text x="${pad}" y="${fy.toFixed(1)}" font-size="${smallSize.toFixed(1)}" fill="${LIGHT.muted}">${escapeXml(l)}</text>`,
    );
  }
  fy += smallSize * 1.4;
  footer.push(
    `<text x="${pad}" y="${fy.toFixed(1)}" font-size="${(smallSize * 0.95).toFixed(1)}" fill="${LIGHT.muted}" font-weight="700">${escapeXml(creditLine)}</text>`,
  );

  const pixelWidth = Math.round(input.pixelWidth);
  const pixelHeight = Math.max(1, Math.round((H * pixelWidth) / W));
  const bg = input.background === "light" ? `<rect width="100%" height="100%" fill="${LIGHT.bg}"/>` : "";
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${W} ${H.toFixed(1)}" font-family="${escapeXml(SAFE_FONT)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<defs>${hatchPatternMarkup(hatchId)}</defs>`,
    bg,
    ...text,
    chart,
    legendG,
    ...footer,
    `</svg>`,
  ].join("\n");
  return { svg, width: W, height: H, pixelWidth, pixelHeight };
}
