// The mission labels of an exported map, placed again for the image's size: at least the image's
// smallest text size, none overlapping (placeLabels), the larger missions first. Runs on the export's
// copy of the map in the page (ExportSpec.adaptChart), never on the live map.
import * as C from "./constants";
import {
  type Box,
  LABEL_SIZE,
  type LabelInput,
  labelPosition,
  labelScale,
  MIN_LABEL_PX,
  placeLabels,
} from "./labels";

const SVG_NS = "http://www.w3.org/2000/svg";
const MISSION_KEY = "m:";

function translation(el: Element | null): { a: number; e: number; f: number } | null {
  if (!(el instanceof SVGGraphicsElement)) return null;
  const m = el.transform?.baseVal?.consolidate()?.matrix;
  return m ? { a: m.a, e: m.e, f: m.f } : { a: 1, e: 0, f: 0 };
}

/**
 * `svg`: the copy of the map; `pxPerUnit`: image pixels per map unit (the 960-wide frame);
 * `minPx`: the image's smallest text (0: the page's own minimum).
 */
export function relabelForExport(
  svg: SVGSVGElement,
  pxPerUnit: number,
  minPx: number,
  covered: readonly Box[] = [],
) {
  const zoomGroup = svg.querySelector(".rsm-zoomable-group");
  const z = translation(zoomGroup) ?? { a: 1, e: 0, f: 0 };
  const k = z.a || 1;
  const scale = labelScale(pxPerUnit, Math.max(minPx, MIN_LABEL_PX));
  const frame = {
    x0: -z.e / k,
    y0: -z.f / k,
    x1: (C.MAP_WIDTH - z.e) / k,
    y1: (C.MAP_HEIGHT - z.f) / k,
  };
  const marks = Array.from(svg.querySelectorAll<SVGGElement>(`g[data-key^="${MISSION_KEY}"]`)).flatMap(
    (g) => {
      const at = translation(g.parentElement);
      const dot = g.querySelector<SVGCircleElement>(".map__dot, circle:not([data-export])");
      if (!at || !dot) return [];
      const text = (g.getAttribute("data-key") ?? "").slice(MISSION_KEY.length);
      const r = Number(dot.getAttribute("r")) * k;
      return [
        {
          g,
          r,
          police: Number(g.getAttribute("data-police") ?? 0),
          label: { key: text, x: at.e, y: at.f, r, text },
        },
      ];
    },
  );
  const inputs: LabelInput[] = [...marks].sort((a, b) => b.police - a.police).map((m) => m.label);
  // What the image covers (its key), from the frame's units into the zoomed map's.
  const obstacles = covered.map((b) => ({
    x0: (b.x0 - z.e) / k,
    y0: (b.y0 - z.f) / k,
    x1: (b.x1 - z.e) / k,
    y1: (b.y1 - z.f) / k,
  }));
  const sides = placeLabels(inputs, k, scale, frame, obstacles);
  for (const m of marks) {
    const old = m.g.querySelector("text");
    const side = sides.get(m.label.key) ?? null;
    if (!side) {
      old?.remove();
      continue;
    }
    const t = old ?? m.g.ownerDocument.createElementNS(SVG_NS, "text");
    const p = labelPosition(side, m.r, k, scale);
    t.setAttribute("x", String(p.x));
    t.setAttribute("y", String(p.y));
    t.setAttribute("text-anchor", p.textAnchor);
    t.setAttribute("font-size", String((LABEL_SIZE * scale) / k));
    t.setAttribute("font-weight", "700");
    t.setAttribute("fill", C.MARKER_FILL);
    t.setAttribute("stroke", C.MARKER_HALO);
    t.setAttribute("stroke-width", String((2.5 * scale) / k));
    t.setAttribute("paint-order", "stroke");
    t.style.removeProperty("font-size");
    t.textContent = m.label.text;
    if (!old) m.g.append(t);
  }
}
