// Export sizes: presets newsrooms use, 1x/2x of the on-screen size, and a capped custom width.
// Small, and importing only the app's formatter (already in the first chunk): the menu imports it statically.
import { formatCount } from "../lib/format";
import type { Background, SizeChoice } from "./types";

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4000;
/** No PNG above 16 megapixels (4000 × 4000): bigger canvases freeze or fail on phones. */
export const MAX_PIXELS = 16_000_000;

export interface Preset {
  key: string;
  label: string;
  width: number;
  height: number;
}

export const PRESETS: readonly Preset[] = [
  { key: "social", label: "Social card", width: 1200, height: 675 },
  { key: "square", label: "Square", width: 1080, height: 1080 },
];

// d3-format, not toLocaleString: the first Intl call builds ICU data, tens of ms on a slow phone.
const n = formatCount;

export interface CappedWidth {
  width: number;
  /** Set when the asked width was changed; says why, in words. */
  message?: string;
}

/** A custom width from a text field: a whole number between MIN_WIDTH and MAX_WIDTH. */
export function capWidth(raw: string | number): CappedWidth {
  const asked = typeof raw === "number" ? raw : Number(String(raw).trim());
  if (!Number.isFinite(asked) || asked <= 0 || String(raw).trim() === "") {
    return {
      width: MIN_WIDTH * 3,
      message: `Enter a width in pixels from ${n(MIN_WIDTH)} to ${n(MAX_WIDTH)}; using ${n(MIN_WIDTH * 3)} px.`,
    };
  }
  const w = Math.round(asked);
  if (w > MAX_WIDTH)
    return { width: MAX_WIDTH, message: `Width capped at ${n(MAX_WIDTH)} px (you asked for ${n(w)} px).` };
  if (w < MIN_WIDTH)
    return { width: MIN_WIDTH, message: `Width raised to the minimum of ${n(MIN_WIDTH)} px.` };
  return { width: w };
}

/**
 * The frame the graphic is laid out in: `width` × `height` layout units (height null = as tall as
 * the chart needs), rendered at `pixelWidth` pixels wide. Text sizes follow the layout width.
 */
export interface Frame {
  width: number;
  height: number | null;
  pixelWidth: number;
  message?: string;
}

/** Turns the menu's choice and the chart's on-screen width into a frame. */
export function frameFor(choice: SizeChoice, screenWidth: number): Frame {
  const base = Math.max(MIN_WIDTH, Math.round(screenWidth) || 800);
  switch (choice.kind) {
    case "preset":
      return { width: choice.width, height: choice.height, pixelWidth: choice.width };
    case "screen": {
      const px = base * choice.scale;
      if (px > MAX_WIDTH)
        return {
          width: base,
          height: null,
          pixelWidth: MAX_WIDTH,
          message: `Width capped at ${n(MAX_WIDTH)} px.`,
        };
      return { width: base, height: null, pixelWidth: px };
    }
    case "custom": {
      const c = capWidth(choice.width);
      return c.message
        ? { width: base, height: null, pixelWidth: c.width, message: c.message }
        : { width: base, height: null, pixelWidth: c.width };
    }
  }
}

/** Exact pixel size for a laid-out graphic, capped at MAX_PIXELS (keeping the aspect ratio). */
export function pixelSize(
  layoutWidth: number,
  layoutHeight: number,
  pixelWidth: number,
): { width: number; height: number; message?: string } {
  const width = Math.round(pixelWidth);
  const height = Math.max(1, Math.round((layoutHeight * width) / layoutWidth));
  if (width * height <= MAX_PIXELS) return { width, height };
  const k = Math.sqrt(MAX_PIXELS / (width * height));
  return {
    width: Math.floor(width * k),
    height: Math.floor(height * k),
    message: `Image reduced to ${n(Math.floor(width * k))} × ${n(Math.floor(height * k))} px to stay under 16 megapixels.`,
  };
}

/** The menu's size options: on-screen 1x or 2x, a preset, or a custom width. */
export type SizeKey = "1x" | "2x" | "custom" | (typeof PRESETS)[number]["key"];

export const SIZE_OPTIONS: readonly { key: SizeKey; label: string }[] = [
  { key: "1x", label: "On-screen size" },
  { key: "2x", label: "Double (2x)" },
  ...PRESETS.map((p) => ({ key: p.key, label: `${p.label}, ${p.width} × ${p.height}` })),
  { key: "custom", label: "Custom width" },
];

/** What an option means for the export; `custom` is the text of the width field. */
export function sizeChoice(size: SizeKey, custom: string): SizeChoice {
  if (size === "1x" || size === "2x") return { kind: "screen", scale: size === "1x" ? 1 : 2 };
  if (size === "custom") return { kind: "custom", width: Number(custom) };
  const p = PRESETS.find((x) => x.key === size) ?? PRESETS[0];
  return { kind: "preset", width: p?.width ?? 1200, height: p?.height ?? 675 };
}

/** The image settings a visitor chose in a menu, kept while it is closed and opened again. */
export interface ExportSettings {
  /** "1x", "2x", "custom" or a preset's key (sizes.ts). */
  size: SizeKey;
  /** The custom width in pixels, as typed. */
  custom: string;
  background: Background;
}
