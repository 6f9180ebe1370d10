// Assembles the finished graphic: title, subtitle, the chart, its key, source, licence, the link to
// the view and the credit, in one standalone SVG at the export size. Pure string work, so it is
// tested without a browser. Layout first (planGraphic: where every block goes and how large the chart
// is), then the drawing (renderGraphic), so the exporter can adapt the chart to its final size.
import { hatchPatternMarkup, LIGHT, PALETTE } from "../lib/palette";
import { SAFE_FONT } from "./inline-styles";
import { APP_NAME } from "./share";
import type { Background, ExportLegend, KeyItem } from "./types";

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

/**
 * Greedy word wrap by an average glyph width (no text measuring in a pure function). A word longer
 * than a line (a link) is cut after its "/", "?" or "&" where it can be, else at the line's end.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const max = Math.max(10, Math.floor(maxChars));
  const lines: string[] = [];
  let line = "";
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => splitLong(w, max));
  for (const word of words) {
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

function splitLong(word: string, max: number): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const cut = Math.max(head.lastIndexOf("/"), head.lastIndexOf("?"), head.lastIndexOf("&"));
    const at = cut > max / 3 ? cut + 1 : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) parts.push(rest);
  return parts;
}

export interface ComposeInput {
  title: string;
  subtitle: string;
  source: string;
  /** The data's and the map's licences, one line. */
  licence?: string;
  /** The link to this exact view, as printed (shortLink). */
  link?: string;
  legend?: ExportLegend;
  /** In a fixed frame, the key goes in the chart's lower-left corner. */
  keyInset?: boolean;
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
  /** e.g. "Figures as of 30 June 2024"; left out when empty. */
  credit?: string;
  /** The smallest text, in output pixels (14 in the social and square presets). */
  minTextPx?: number;
}

export interface Composed {
  svg: string;
  /** Layout size (viewBox) and the output pixel size. */
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  /** Where the chart sits, in layout units. */
  chart: Rect;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface TextLine {
  x: number;
  y: number;
  size: number;
  text: string;
  bold?: boolean;
  muted?: boolean;
}

interface KeyPlace {
  item: KeyItem;
  x: number;
  y: number;
}

export interface Plan {
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  chart: Rect;
  lines: TextLine[];
  key: {
    title: TextLine[];
    items: KeyPlace[];
    sw: number;
    size: number;
    markText: number;
    panel: Rect | null;
  };
  background: Background;
  title: string;
}

/** Average glyph width in ems, for wrapping without measuring. */
const GLYPH = 0.5;
/** Bold text is a little wider. */
const BOLD_GLYPH = 0.57;

interface Type {
  title: number;
  sub: number;
  small: number;
  pad: number;
  gap: number;
}

function typeFor(input: Omit<ComposeInput, "chart">): Type {
  const W = input.width;
  const s = Math.min(2, Math.max(0.8, W / 800));
  // In a fixed frame (social, square) the type stops growing early: the chart gets the room.
  const ts = input.height == null ? s : Math.min(s, 1.25);
  // Layout units per output pixel: text at least minTextPx pixels tall once drawn.
  const minUnits = (input.minTextPx ?? 0) * (W / input.pixelWidth);
  const small = Math.max(12 * ts, minUnits);
  return {
    small,
    sub: Math.max(15 * ts, small * 1.15),
    title: Math.max(24 * ts, small * 1.6),
    pad: Math.round(24 * ts),
    gap: 12 * ts,
  };
}

function block(
  texts: { text: string; size: number; bold?: boolean; muted?: boolean; lead?: number }[],
  width: number,
) {
  const lines: Omit<TextLine, "x" | "y">[] = [];
  const offsets: number[] = [];
  let h = 0;
  for (const t of texts) {
    if (!t.text) continue;
    const glyph = t.bold ? BOLD_GLYPH : GLYPH;
    h += t.lead ?? 0;
    for (const l of wrapText(t.text, width / (t.size * glyph))) {
      h += t.size * (t.bold && t.size > 20 ? 1.15 : 1.35);
      lines.push({ size: t.size, text: l, bold: t.bold, muted: t.muted });
      offsets.push(h);
    }
  }
  return {
    height: h,
    at: (x: number, y: number): TextLine[] => lines.map((l, i) => ({ ...l, x, y: y + (offsets[i] ?? 0) })),
  };
}

/**
 * The key's entries in columns, as many as fit `width` (at most `maxCols`), filled down each column
 * first; each column as wide as its longest entry.
 */
function gridKey(
  legend: ExportLegend | undefined,
  width: number,
  t: Type,
  minUnits: number,
  maxCols: number,
  /** Drawn inside the chart: its title wraps to the columns' width. */
  inset = false,
) {
  if (!legend?.items.length) return null;
  const size = t.small;
  const markText = Math.max(minUnits, size * 0.8);
  const sw = Math.max(size * 1.1, markText * 1.5);
  const rowH = sw + size * 0.45;
  const n = legend.items.length;
  const itemW = (item: KeyItem) => sw + size * 0.5 + item.label.length * size * GLYPH + size;
  const columnsOf = (cols: number) => {
    const rows = Math.ceil(n / cols);
    const widths: number[] = [];
    legend.items.forEach((item, i) => {
      const c = Math.floor(i / rows);
      widths[c] = Math.max(widths[c] ?? 0, itemW(item));
    });
    return { rows, widths, total: widths.reduce((a, b) => a + b, 0) };
  };
  let grid = columnsOf(1);
  for (let c = Math.min(maxCols, n); c > 1; c--) {
    const g = columnsOf(c);
    if (g.total <= width) {
      grid = g;
      break;
    }
  }
  const used = Math.min(Math.max(width, 1), grid.total);
  // The title wraps within the key's columns (or the width given, if wider).
  const titleLines = legend.title
    ? wrapText(legend.title, (inset ? Math.max(used, 10 * size) : width) / (size * BOLD_GLYPH))
    : [];
  const titleH = titleLines.length * size * 1.3 + (titleLines.length ? size * 0.3 : 0);
  const xs = grid.widths.map((_, c) => grid.widths.slice(0, c).reduce((a, b) => a + b, 0));
  const items: KeyPlace[] = legend.items.map((item, i) => ({
    item,
    x: xs[Math.floor(i / grid.rows)] ?? 0,
    y: titleH + (i % grid.rows) * rowH,
  }));
  const titleW = Math.max(0, ...titleLines.map((l) => l.length * size * BOLD_GLYPH));
  return {
    legend,
    titleLines,
    items,
    sw,
    size,
    markText,
    height: titleH + grid.rows * rowH,
    width: Math.max(grid.total - size, titleW),
  };
}

/** Where everything goes: the chart as large as the frame allows, every text at least minTextPx. */
export function planGraphic(input: Omit<ComposeInput, "chart">): Plan {
  const W = input.width;
  const t = typeFor(input);
  const minUnits = (input.minTextPx ?? 0) * (W / input.pixelWidth);
  const inner = W - 2 * t.pad;
  const aspect = input.box.height / input.box.width;
  const creditLine = [APP_NAME, input.credit].filter(Boolean).join(" · ");
  const header = (w: number) =>
    block(
      [
        { text: input.title, size: t.title, bold: true },
        { text: input.subtitle, size: t.sub, muted: true, lead: 4 },
      ],
      w,
    );
  const footer = (w: number) =>
    block(
      [
        { text: `Source: ${input.source}`, size: t.small, muted: true },
        { text: input.licence ? `Licences: ${input.licence}` : "", size: t.small, muted: true },
        {
          text: [creditLine, input.link].filter(Boolean).join(" · "),
          size: t.small,
          bold: true,
          muted: true,
        },
      ],
      w,
    );
  const keyOf = (w: number, maxCols: number, inset = false) =>
    gridKey(input.legend, w, t, minUnits, maxCols, inset);

  // 1. Stacked: header, chart, key under it (or inside its lower-left corner), footer; in a fixed
  // frame with room to spare, the whole block is centred.
  const stack = (useInset: boolean) => {
    const head = header(inner);
    const foot = footer(inner);
    const inset = useInset ? keyOf(inner * 0.32, 2, true) : null;
    const below = inset ? null : keyOf(inner, 4);
    const before = head.height + t.gap;
    const after = (below ? t.gap + below.height : 0) + t.gap + foot.height;
    let cw = inner;
    let ch = inner * aspect;
    let slack = 0;
    if (input.height != null) {
      const avail = Math.max(40, input.height - 2 * t.pad - before - after);
      if (ch > avail) {
        ch = avail;
        cw = avail / aspect;
      }
      slack = Math.max(0, avail - ch);
    }
    const H = input.height ?? 2 * t.pad + before + ch + after;
    const top = t.pad + slack / 2;
    const chart = { x: t.pad + (inner - cw) / 2, y: top + before, width: cw, height: ch };
    const key = inset ?? below;
    let keyAt = { x: t.pad, y: chart.y + ch + t.gap };
    let panel: Rect | null = null;
    if (inset) {
      keyAt = { x: t.pad + t.gap / 2, y: chart.y + ch - inset.height - t.gap / 2 };
      panel = {
        x: keyAt.x - t.gap / 2,
        y: keyAt.y - t.gap / 2,
        width: inset.width + t.gap,
        height: inset.height + t.gap,
      };
    }
    return {
      H,
      chart,
      key,
      keyAt,
      panel,
      lines: [...head.at(t.pad, top), ...foot.at(t.pad, chart.y + ch + after - foot.height)],
    };
  };

  // 2. Side by side (fixed frames only): title and key in a column, the chart beside it, the footer
  // across the bottom; for a chart taller than the frame's free band is wide (bars, the timeline in
  // a social card). The column is as wide as the key needs, within a third to two fifths.
  const side = () => {
    if (input.height == null) return null;
    const H = input.height;
    const keyW = gridKey(input.legend, inner, t, minUnits, 1)?.width ?? 0;
    const colW = Math.max(inner * 0.3, Math.min(inner * 0.4, keyW + t.small));
    const head = header(colW);
    const foot = footer(inner);
    const key = keyOf(colW, 1);
    const availH = H - 2 * t.pad - foot.height - t.gap;
    const need = head.height + (key ? t.gap * 2 + key.height : 0);
    if (need > availH) return null;
    const availW = inner - colW - 2 * t.gap;
    let cw = availW;
    let ch = cw * aspect;
    if (ch > availH) {
      ch = availH;
      cw = ch / aspect;
    }
    const chart = {
      x: W - t.pad - availW + (availW - cw) / 2,
      y: t.pad + (availH - ch) / 2,
      width: cw,
      height: ch,
    };
    return {
      H,
      chart,
      key,
      keyAt: { x: t.pad, y: t.pad + head.height + 2 * t.gap },
      panel: null,
      lines: [...head.at(t.pad, t.pad), ...foot.at(t.pad, H - t.pad - foot.height)],
    };
  };

  const area = (p: { chart: Rect }) => p.chart.width * p.chart.height;
  // The key goes inside the chart's corner only where that makes the chart larger and fits it.
  const below = stack(false);
  const inset = input.height != null && input.keyInset ? stack(true) : null;
  const a =
    inset?.panel && inset.panel.height < inset.chart.height * 0.6 && area(inset) > area(below) * 1.03
      ? inset
      : below;
  const b = side();
  const best = b && area(b) > area(a) * 1.1 ? b : a;
  const H = best.H;
  const pixelWidth = Math.round(input.pixelWidth);
  return {
    width: W,
    height: H,
    pixelWidth,
    pixelHeight: Math.max(1, Math.round((H * pixelWidth) / W)),
    chart: best.chart,
    lines: best.lines,
    key: best.key
      ? {
          title: best.key.titleLines.map((text, i) => ({
            x: best.keyAt.x,
            y: best.keyAt.y + (best.key?.size ?? 0) * (1 + i * 1.3),
            size: best.key?.size ?? 0,
            text,
            bold: true,
          })),
          items: best.key.items.map((p) => ({ ...p, x: p.x + best.keyAt.x, y: p.y + best.keyAt.y })),
          sw: best.key.sw,
          size: best.key.size,
          markText: best.key.markText,
          panel: best.panel,
        }
      : { title: [], items: [], sw: 0, size: 0, markText: 0, panel: null },
    background: input.background,
    title: input.title,
  };
}

const f = (n: number) => n.toFixed(1);

function textEl(l: TextLine): string {
  const fill = l.muted ? LIGHT.muted : LIGHT.text;
  return `<text x="${f(l.x)}" y="${f(l.y)}" font-size="${f(l.size)}"${l.bold ? ' font-weight="700"' : ""} fill="${fill}">${escapeXml(l.text)}</text>`;
}

/** One key entry's mark in a box `sw` square at (x, y). */
function markEl(item: KeyItem, x: number, y: number, sw: number, markText: number, hatchId: string): string {
  const c = escapeXml(item.color);
  const cx = f(x + sw / 2);
  const cy = f(y + sw / 2);
  switch (item.mark ?? "swatch") {
    case "outline":
      return `<rect x="${f(x + 1)}" y="${f(y + 1)}" width="${f(sw - 2)}" height="${f(sw - 2)}" fill="none" stroke="${c}" stroke-width="2.5"/>`;
    case "dot":
      return `<circle cx="${cx}" cy="${cy}" r="${f(sw * 0.28)}" fill="${c}" stroke="${LIGHT.bg}" stroke-width="1"/>`;
    case "ring":
      return `<circle cx="${cx}" cy="${cy}" r="${f(sw * 0.42)}" fill="none" stroke="${c}" stroke-width="1.5"/>`;
    case "arc":
      return `<path d="M${f(x)} ${f(y + sw * 0.85)} Q${cx} ${f(y - sw * 0.2)} ${f(x + sw)} ${f(y + sw * 0.85)}" fill="none" stroke="${c}" stroke-width="2"/>`;
    case "line":
      return `<line x1="${f(x)}" x2="${f(x + sw)}" y1="${cy}" y2="${cy}" stroke="${c}" stroke-width="2.5"/>`;
    case "event":
      return `<circle cx="${cx}" cy="${cy}" r="${f(sw * 0.32)}" fill="${c}"/>`;
    case "event-open":
      return `<circle cx="${cx}" cy="${cy}" r="${f(sw * 0.3)}" fill="${LIGHT.bg}" stroke="${c}" stroke-width="2"/>`;
    case "band":
      return `<rect x="${f(x)}" y="${f(y)}" width="${f(sw)}" height="${f(sw)}" fill="${c}" fill-opacity="0.25"/>`;
    case "story":
      return [
        `<circle cx="${cx}" cy="${cy}" r="${f(sw / 2 - 1)}" fill="${LIGHT.bg}" stroke="${c}" stroke-width="2"/>`,
        `<text x="${cx}" y="${f(y + sw / 2 + markText * 0.36)}" font-size="${f(markText)}" font-weight="700" text-anchor="middle" fill="${LIGHT.text}">${escapeXml(item.text ?? "")}</text>`,
      ].join("");
    default: {
      const fill = item.pattern === "hatch" ? `url(#${hatchId})` : c;
      return `<rect x="${f(x)}" y="${f(y)}" width="${f(sw)}" height="${f(sw)}" fill="${fill}" stroke="${PALETTE.outline}" stroke-width="1"/>`;
    }
  }
}

/** Draws a plan with the chart's SVG element string in its place. */
export function renderGraphic(plan: Plan, chartSvg: string): Composed {
  const { chart: r, key } = plan;
  const hatchId = "export-hatch";
  const chart = chartSvg.replace(
    /^<svg\b/,
    `<svg x="${f(r.x)}" y="${f(r.y)}" width="${f(r.width)}" height="${f(r.height)}" preserveAspectRatio="xMidYMid meet"`,
  );
  const keyParts: string[] = [];
  if (key.panel)
    keyParts.push(
      `<rect x="${f(key.panel.x)}" y="${f(key.panel.y)}" width="${f(key.panel.width)}" height="${f(key.panel.height)}" rx="4" fill="${LIGHT.bg}" fill-opacity="0.9"/>`,
    );
  keyParts.push(...key.title.map(textEl));
  for (const p of key.items) {
    keyParts.push(
      markEl(p.item, p.x, p.y, key.sw, key.markText, hatchId),
      textEl({
        x: p.x + key.sw + key.size * 0.5,
        y: p.y + key.sw / 2 + key.size * 0.36,
        size: key.size,
        text: p.item.label,
      }),
    );
  }
  const bg = plan.background === "light" ? `<rect width="100%" height="100%" fill="${LIGHT.bg}"/>` : "";
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${plan.pixelWidth}" height="${plan.pixelHeight}" viewBox="0 0 ${plan.width} ${f(plan.height)}" font-family="${escapeXml(SAFE_FONT)}">`,
    `<title>${escapeXml(plan.title)}</title>`,
    `<defs>${hatchPatternMarkup(hatchId)}</defs>`,
    bg,
    chart,
    `<g data-part="key">${keyParts.join("")}</g>`,
    ...plan.lines.map(textEl),
    `</svg>`,
  ].join("\n");
  return {
    svg,
    width: plan.width,
    height: plan.height,
    pixelWidth: plan.pixelWidth,
    pixelHeight: plan.pixelHeight,
    chart: r,
  };
}

export function composeSvg(input: ComposeInput): Composed {
  return renderGraphic(planGraphic(input), input.chart);
}
