import { isSchoolYear, PROVINCES } from '@duaal/shared';

// The table builder's whole state lives in the URL, so a copied link rebuilds the same table:
// /tabel?kpi=K1,K13&dim=PROVINCE&leden=LIMBURG,ANTWERPEN&van=2020-2021&tot=2024-2025
// An absent or unreadable part falls back to its default (the headline KPI, every member of the
// dimension, the last five school years), so a bare /tabel shows a table at once.

/** The dimensions a user picks members of; the table's rows follow the choice. */
export const TABLE_DIMENSIONS = ['PROVINCE', 'PARTNERSHIP', 'TRAINING'] as const;
export type TableDimension = (typeof TABLE_DIMENSIONS)[number];

/** The headline KPI of the overview's first tile. */
export const DEFAULT_INDICATORS = ['K1'] as const;
export const DEFAULT_YEAR_COUNT = 5;
/** More KPIs or members make a table nobody reads and a link too long to share. */
export const MAX_INDICATORS = 8;
export const MAX_MEMBERS = 60;

export const TABLE_PARAMS = { indicators: 'kpi', dimension: 'dim', members: 'leden', from: 'van', to: 'tot' } as const;

export interface TableState {
  /** "K1" (the KPI's default measure) or "K2.enterprises" (KPI and measure), in the chosen order. */
  indicators: string[];
  dimension: TableDimension;
  /** Codes of the chosen members; empty: every member of the dimension. */
  members: string[];
  from?: string;
  to?: string;
}

const INDICATOR = /^K([1-9]|1\d|20)(\.[A-Za-z][A-Za-z0-9]{0,40})?$/;
const MEMBER_CODE = /^[\w.\-]{1,64}$/;

const list = (value: string | null): string[] => [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))];

export function parseTableState(search: URLSearchParams): TableState {
  const indicators = list(search.get(TABLE_PARAMS.indicators)).filter((i) => INDICATOR.test(i)).slice(0, MAX_INDICATORS);
  const dim = search.get(TABLE_PARAMS.dimension);
  const dimension = (TABLE_DIMENSIONS as readonly string[]).includes(dim ?? '') ? (dim as TableDimension) : 'PROVINCE';
  const valid = (m: string) => (dimension === 'PROVINCE' ? (PROVINCES as readonly string[]).includes(m) : MEMBER_CODE.test(m));
  const members = list(search.get(TABLE_PARAMS.members)).filter(valid).slice(0, MAX_MEMBERS);
  const year = (name: string) => {
    const value = search.get(name);
    return value && isSchoolYear(value) ? value : undefined;
  };
  return {
    // Absent: the default; present but empty (the user unticked the last one): none, until they tick one.
    indicators: search.has(TABLE_PARAMS.indicators) ? indicators : [...DEFAULT_INDICATORS],
    dimension,
    members,
    from: year(TABLE_PARAMS.from),
    to: year(TABLE_PARAMS.to),
  };
}

/** The state as URL parameters (other parameters of `base` are kept, e.g. the filter bar's year). */
export function writeTableState(state: TableState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  next.set(TABLE_PARAMS.indicators, state.indicators.join(','));
  next.set(TABLE_PARAMS.dimension, state.dimension);
  if (state.members.length) next.set(TABLE_PARAMS.members, state.members.join(','));
  else next.delete(TABLE_PARAMS.members);
  for (const key of ['from', 'to'] as const) {
    const value = state[key];
    if (value) next.set(TABLE_PARAMS[key], value);
    else next.delete(TABLE_PARAMS[key]);
  }
  return next;
}

/**
 * The school years of the table, oldest first: those of `available` (the years holding data)
 * from `from` to `to` (swapped when reversed); without a range, the last five.
 */
export function resolveYears(state: Pick<TableState, 'from' | 'to'>, available: readonly string[]): string[] {
  const sorted = [...available].sort();
  if (!state.from && !state.to) return sorted.slice(-DEFAULT_YEAR_COUNT);
  let lo = state.from ?? sorted[0] ?? '';
  let hi = state.to ?? sorted.at(-1) ?? '';
  if (lo > hi) [lo, hi] = [hi, lo];
  return sorted.filter((y) => y >= lo && y <= hi);
}

/** The state with its defaults written out, so the URL of what is on screen says it all. */
export function explicitState(state: TableState, available: readonly string[]): TableState {
  const years = resolveYears(state, available);
  return { ...state, from: years[0] ?? state.from, to: years.at(-1) ?? state.to };
}

/** Adds or removes one value of a list, keeping the order of the others. */
export function toggle(values: readonly string[], value: string, on: boolean): string[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/** A new dimension empties the members (codes of one dimension mean nothing in another). */
export function withDimension(state: TableState, dimension: TableDimension): TableState {
  return dimension === state.dimension ? state : { ...state, dimension, members: [] };
}

export function splitIndicator(indicator: string): { kpi: string; measure?: string } {
  const [kpi, measure] = indicator.split('.');
  return { kpi: kpi ?? indicator, measure: measure || undefined };
}
