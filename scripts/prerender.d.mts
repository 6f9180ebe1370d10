export function inlineStylesheets(index: string, outDir: string): string;
export function deferBoot(
  index: string,
  data: string[],
  checked?: Record<string, string>,
  chunks?: string[],
): string;
export const BOOT_IMPORTS: string[];
export function bootChunks(
  manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[] }>,
): string[];
export function prerender(outDir: string, serverEntry: string): Promise<void>;
