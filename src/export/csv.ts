// RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
// Numbers are written unformatted (6238, not "6,238"); null is an empty field.
import type { CsvCell } from "./types";

/** Byte order mark: lets Excel open the UTF-8 file with non-Latin names intact. */
export const BOM = "\uFEFF";

export function csvField(cell: CsvCell): string {
  if (cell == null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], { bom = true } = {}) {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(","));
  return `${bom ? BOM : ""}${lines.join("\r\n")}\r\n`;
}
