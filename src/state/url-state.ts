// The app's shareable state: one table of parameters, one parser and default per key.
// Invalid values are dropped (the default applies) and reported, never thrown.
import { MEASURES, type Measure } from "../data/measures";
import {
  canonicalTime,
  DEFAULT_DATE,
  FIRST_YEAR,
  LAST_YEAR,
  REPORT_DATES,
  type ReportDate,
} from "../lib/calendar";

export const SORTS = ["value", "name"] as const;
export type Sort = (typeof SORTS)[number];
export const VIEWS = ["chart", "table"] as const;
export type View = (typeof VIEWS)[number];

export interface AppState {
  measure: Measure;
  /**
   * With `year`, the one date every view shows (lib/calendar's time stops): a year 2007–2023 is its
   * December; without a year, the UN report of `date`. Parsing writes each date one way only.
   */
  date: ReportDate;
  /** ISO alpha-3 of the selected country; whether it exists is checked against the data later. */
  country: string | null;
  story: string | null;
  year: number | null;
  sort: Sort;
  view: View;
  /** Presentation mode's step, 1-based; null when not presenting. */
  step: number | null;
}

export const DEFAULT_STATE: AppState = {
  measure: "contributed",
  date: DEFAULT_DATE,
  country: null,
  story: null,
  year: null,
  sort: "value",
  view: "chart",
  step: null,
};

type Parser<K extends keyof AppState> = (raw: string) => AppState[K] | undefined;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const intIn = (min: number, max: number) => (raw: string) => {
  if (!/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};

const PARSERS: { [K in keyof AppState]: Parser<K> } = {
  measure: oneOf(MEASURES),
  date: oneOf(REPORT_DATES),
  country: (raw) => (/^[A-Za-z]{3}$/.test(raw) ? raw.toUpperCase() : undefined),
  story: (raw) => (/^[a-z0-9-]{1,60}$/.test(raw) ? raw : undefined),
  year: intIn(FIRST_YEAR, LAST_YEAR),
  sort: oneOf(SORTS),
  view: oneOf(VIEWS),
  step: intIn(1, 99),
};

const KEYS = Object.keys(PARSERS) as (keyof AppState)[];

export interface Parsed {
  state: AppState;
  /** Parameters that were present but not valid, for a small notice. */
  ignored: string[];
}

export function parseState(search: string): Parsed {
  const params = new URLSearchParams(search);
  const state: AppState = { ...DEFAULT_STATE };
  const ignored: string[] = [];
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw == null || raw === "") continue;
    const value = PARSERS[key](raw);
    if (value === undefined) ignored.push(key);
    else (state as unknown as Record<string, unknown>)[key] = value;
  }
  Object.assign(state, canonicalTime(state.year, state.date));
  return { state, ignored };
}

/** Query string without defaults, in table order, so equal states give equal URLs. */
export function serialiseState(state: AppState, extra?: URLSearchParams): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const v = state[key];
    if (v != null && v !== DEFAULT_STATE[key]) params.set(key, String(v));
  }
  if (extra) for (const [k, v] of extra) if (!KEYS.includes(k as keyof AppState)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}
