export function inlineStylesheets(index: string, outDir: string): string;
export function deferBoot(index: string, data: string[], checked?: Record<string, string>): string;
export function prerender(outDir: string, serverEntry: string): Promise<void>;
