export const OUT_DIR: string;
export const DATES: string[];
export function parseCsv(text: string): Record<string, string>[];
export function longDate(iso: string): string;
export function buildAll(): Record<string, unknown>;
export function serialise(name: string, value: unknown): string;
