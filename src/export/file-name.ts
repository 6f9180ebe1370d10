// File names that say what they are: "un-police-top-contributors-2024-06-30.png".

/** Lower-case ASCII words joined by hyphens; accents folded, everything else dropped. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug;
}

/** fileBase + optional suffix ("1200x675") + extension; never empty, never a path. */
export function fileName(fileBase: string, ext: "png" | "svg" | "csv", suffix?: string): string {
  const base = slugify(fileBase) || "un-police-atlas";
  const tail = suffix ? `-${slugify(suffix)}` : "";
  return `${base}${tail}.${ext}`;
}
