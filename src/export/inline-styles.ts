// Clone the live chart SVG into a standalone one: drop [data-export="omit"] and hidden elements,
// inline the computed styles that matter (so classes and CSS variables do not leak), strip
// interactivity and anything that points outside the file.

import { LIGHT } from "../lib/palette";

/** The light theme's tokens (lib/palette, which the page's CSS tokens are built from): exports are drawn light whatever the page theme. */
export const LIGHT_TOKENS: Record<string, string> = Object.fromEntries(
  Object.entries(LIGHT).map(([name, value]) => [`--${name}`, value]),
);

/** Fonts every reader has, and Inkscape/Illustrator/librsvg resolve: text stays text. */
export const SAFE_FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Inherited in SVG: written only where they differ from the parent. */
const INHERITED = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "letter-spacing",
  "font-variant-numeric",
] as const;

/** Not inherited: written only where they are not the initial value. */
const OWN: Record<string, string> = {
  opacity: "1",
  "vector-effect": "none",
  "clip-path": "none",
  "shape-rendering": "auto",
  "mix-blend-mode": "normal",
};

export interface StyleLike {
  getPropertyValue(name: string): string;
}
export type StyleReader = (el: Element) => StyleLike;

function collect(root: Element): Element[] {
  const out: Element[] = [root];
  for (let i = 0; i < out.length; i++) {
    const el = out[i];
    if (el) out.push(...Array.from(el.children));
  }
  return out;
}

const DROP_TAGS = new Set(["script", "foreignobject", "style", "iframe", "video", "audio", "canvas"]);

/** Removes attributes that make no sense in a file (classes, events, tabindex, data-*, external links). */
function scrubAttributes(el: Element) {
  for (const { name, value } of Array.from(el.attributes)) {
    const lower = name.toLowerCase();
    if (
      lower === "class" ||
      lower === "tabindex" ||
      lower === "style" ||
      lower === "focusable" ||
      lower.startsWith("on") ||
      lower.startsWith("data-") ||
      lower.startsWith("aria-") ||
      lower === "role"
    ) {
      el.removeAttribute(name);
    } else if ((lower === "href" || lower === "xlink:href") && !value.startsWith("#")) {
      el.removeAttribute(name);
    }
  }
}

/**
 * Styles are read from `styled` (a copy that is in the document, so CSS applies); the returned
 * element is `styled` itself, detached from the page and rewritten with inline styles.
 */
export function inlineStyles(styled: SVGSVGElement, read: StyleReader): SVGSVGElement {
  const elements = collect(styled);
  // First read everything (mutating classes would change what later reads see)...
  const computed = elements.map((el) => {
    const s = read(el);
    const values: Record<string, string> = {};
    for (const p of [...INHERITED, ...Object.keys(OWN), "display", "visibility"])
      values[p] = s.getPropertyValue(p).trim();
    return values;
  });
  const omit = new Set<Element>();
  elements.forEach((el, i) => {
    const v = computed[i];
    const tag = el.tagName.toLowerCase();
    if (
      el.getAttribute("data-export") === "omit" ||
      DROP_TAGS.has(tag) ||
      (tag === "image" && !(el.getAttribute("href") ?? "").startsWith("data:")) ||
      v?.display === "none" ||
      v?.visibility === "hidden"
    )
      omit.add(el);
  });
  // ...then write.
  const index = new Map(elements.map((el, i) => [el, i]));
  elements.forEach((el, i) => {
    if (omit.has(el)) return;
    const v = computed[i];
    if (!v) return;
    const parentIndex = el === styled ? undefined : index.get(el.parentElement as Element);
    const parent = parentIndex === undefined ? undefined : computed[parentIndex];
    const decl: string[] = [];
    for (const p of INHERITED) {
      const value = v[p];
      if (value && (!parent || parent[p] !== value)) decl.push(`${p}:${value}`);
    }
    for (const [p, initial] of Object.entries(OWN)) {
      const value = v[p];
      if (value && value !== initial) decl.push(`${p}:${value}`);
    }
    scrubAttributes(el);
    if (el === styled) decl.push(`font-family:${SAFE_FONT}`);
    if (decl.length) el.setAttribute("style", decl.join(";"));
  });
  for (const el of omit) el.remove();
  // The <title> of a live chart is its accessible name; the exported file gets its own.
  for (const t of Array.from(styled.querySelectorAll(":scope > title, :scope > desc"))) t.remove();
  return styled;
}

/** The chart's own coordinate box: its viewBox, else its drawn size. */
export function chartBox(live: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const vb = live
    .getAttribute("viewBox")
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (vb && vb.length === 4 && vb.every(Number.isFinite) && (vb[2] ?? 0) > 0 && (vb[3] ?? 0) > 0) {
    const [x = 0, y = 0, width = 1, height = 1] = vb;
    return { x, y, width, height };
  }
  const r = live.getBoundingClientRect();
  const width = r.width || Number(live.getAttribute("width")) || 800;
  const height = r.height || Number(live.getAttribute("height")) || 500;
  return { x: 0, y: 0, width, height };
}

/**
 * Copies the live SVG next to itself, off-screen and with the light theme's tokens, so styles
 * resolve exactly as on the page (same selectors) but light; reads them; detaches the copy.
 */
export interface CloneOptions {
  /** Changes the copy for the image's size before its styles are read (ExportSpec.adaptChart). */
  adapt?: (svg: SVGSVGElement) => void;
  /** Image pixels per unit of the chart's viewBox, and the smallest text the image may have. */
  pxPerUnit?: number;
  minTextPx?: number;
}

/**
 * Enlarges every text of the copy that would be drawn under `minPx` image pixels. The copy is in the
 * page at the live chart's size, so each text's size on the page (its font size times its transform)
 * tells its size in the image: times the image's pixels per viewBox unit over the page's.
 */
export function enforceMinText(svg: SVGSVGElement, pxPerUnit: number, minPx: number) {
  const box = chartBox(svg);
  const r = svg.getBoundingClientRect();
  const pagePerUnit = Math.min(r.width / box.width, r.height / box.height);
  if (!(pagePerUnit > 0) || !(pxPerUnit > 0) || !(minPx > 0)) return;
  const view = svg.ownerDocument.defaultView;
  for (const t of Array.from(svg.querySelectorAll<SVGTextElement>("text"))) {
    const ctm = t.getCTM?.();
    const size = Number.parseFloat(view?.getComputedStyle(t).fontSize ?? "");
    if (!ctm || !(size > 0)) continue;
    const onPage = size * Math.hypot(ctm.a, ctm.b);
    const inImage = (onPage / pagePerUnit) * pxPerUnit;
    if (inImage > 0 && inImage < minPx) t.style.fontSize = `${((size * minPx) / inImage).toFixed(2)}px`;
  }
}

export function standaloneClone(live: SVGSVGElement, options: CloneOptions = {}): SVGSVGElement {
  const twin = live.cloneNode(true);
  if (!(twin instanceof SVGSVGElement)) throw new Error("The chart is not an SVG.");
  twin.removeAttribute("id");
  for (const el of Array.from(twin.querySelectorAll("[id]"))) el.setAttribute("id", `x-${el.id}`);
  rewriteRefs(twin);
  twin.setAttribute("aria-hidden", "true");
  const r = live.getBoundingClientRect();
  twin.style.cssText = `position:absolute;left:-100000px;top:0;pointer-events:none;width:${r.width}px;height:${r.height}px`;
  for (const [k, v] of Object.entries(LIGHT_TOKENS)) twin.style.setProperty(k, v);
  live.after(twin);
  try {
    const view = live.ownerDocument.defaultView;
    options.adapt?.(twin);
    if (options.pxPerUnit && options.minTextPx) enforceMinText(twin, options.pxPerUnit, options.minTextPx);
    const read: StyleReader = (el) => (view ? view.getComputedStyle(el) : { getPropertyValue: () => "" });
    return inlineStyles(twin, read);
  } finally {
    twin.remove();
  }
}

/** After ids were prefixed with "x-", point url(#id) and href="#id" at the new ids. */
function rewriteRefs(root: Element) {
  for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const { name, value } of Array.from(el.attributes)) {
      if (value.includes("url(#")) el.setAttribute(name, value.replace(/url\(#/g, "url(#x-"));
      else if ((name === "href" || name === "xlink:href") && value.startsWith("#"))
        el.setAttribute(name, `#x-${value.slice(1)}`);
    }
  }
}
