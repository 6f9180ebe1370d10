// Light helpers the menu uses directly (no heavy code): citation, embed link and snippet.
import { formatDate } from "../lib/format";
import type { ExportId, ExportSpec } from "./types";

export const APP_NAME = "UN Police Atlas";

/** One line: title, source, date and the link to this exact view. */
export function draftCitation(spec: Pick<ExportSpec, "title" | "source" | "asOf">, href: string): string {
  const clean = (s: string) => s.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  return `${clean(spec.title)}. Source: ${clean(spec.source)}, ${formatDate(spec.asOf)}. ${APP_NAME}, ${href}`;
}

/** The current URL with `embed=<id>` (the rest of the state kept, presentation step dropped). */
export function embedUrl(href: string, id: ExportId): string {
  const url = new URL(href);
  url.searchParams.delete("step");
  url.searchParams.set("embed", id);
  url.hash = "";
  return url.toString();
}

/** The address of the view itself: without the embed key or a presentation step. */
export function viewLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.searchParams.delete("step");
  url.hash = "";
  return url.toString();
}

/**
 * The link to the view as an image prints it: no scheme, no "www.", no lone "/" path, the state
 * kept whole (a shortened state would open another view).
 */
export function shortLink(href: string): string {
  const url = new URL(viewLink(href));
  const host = url.host.replace(/^www\./, "");
  const path = url.pathname === "/" && !url.search ? "" : url.pathname;
  return `${host}${path}${url.search}`;
}

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function embedSnippet(spec: Pick<ExportSpec, "id" | "title">, href: string): string {
  return `<iframe src="${attr(embedUrl(href, spec.id))}" title="${attr(spec.title)}" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export const EMBED_RESIZE_NOTE =
  'The chart fills the frame\'s width. Adjust height to fit your page; the embed also posts its height to the parent page as a message { type: "un-police-atlas:height", height }.';

export { embedTarget } from "./embed";
