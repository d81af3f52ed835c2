import {
  DASHBOARD_FILTERS,
  SCHOOL_YEAR_PARAM,
  isSchoolYear,
  type DashboardFilterFieldOf,
  type DashboardFilterKey,
  type KpiDimension,
  type KpiFilter,
  type KpiFilterValue,
  type Province,
} from '@duaal/shared';

// The dashboard's filter state, its URL form and the API filter it becomes: all derived from the
// filters declared once in shared KPI_FILTERS (key, URL parameter, allowed values, API field).

/** The one filter state of every view; kept in the URL so a copied link restores the view. */
export type Filters = { schoolYear?: string } & { [K in DashboardFilterKey]?: KpiFilterValue<DashboardFilterFieldOf<K>> };
export type FilterKey = keyof Filters;

/** Dutch URL parameter names: links are read and shared by Dutch-speaking users. */
export const FILTER_PARAMS = {
  schoolYear: SCHOOL_YEAR_PARAM,
  ...Object.fromEntries(DASHBOARD_FILTERS.map((f) => [f.key, f.param])),
} as Record<FilterKey, string>;
export const FILTER_KEYS: FilterKey[] = ['schoolYear', ...DASHBOARD_FILTERS.map((f) => f.key)];

const oneOf = (list: readonly string[], value: string | null): string | undefined =>
  value !== null && list.includes(value) ? value : undefined;
const code = (value: string | null): string | undefined =>
  value && /^[\w.\- ]{1,64}$/.test(value) ? value : undefined;

export function parseFilters(search: URLSearchParams): Filters {
  const year = search.get(FILTER_PARAMS.schoolYear);
  const filters: Record<string, string | undefined> = { schoolYear: year && isSchoolYear(year) ? year : undefined };
  for (const f of DASHBOARD_FILTERS) {
    const value = search.get(f.param);
    filters[f.key] = f.values ? oneOf(f.values, value) : code(value);
  }
  return compact(filters as Filters);
}

/** Writes the filters into `search` (other parameters, e.g. a view's own, are kept). */
export function writeFilters(search: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) next.set(FILTER_PARAMS[key], value);
    else next.delete(FILTER_PARAMS[key]);
  }
  return next;
}

function compact(filters: Filters): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') (out as Record<string, string>)[key] = value;
  }
  return out;
}

/**
 * Sets one filter and clears the filters that cascade from it: province → municipality,
 * partnership → PC number → training; system and level narrow the training list too.
 */
export function setFilter<K extends FilterKey>(filters: Filters, key: K, value: Filters[K] | undefined): Filters {
  const next: Filters = { ...filters, [key]: value };
  if (key === 'province' && value && filters.municipality && provinceOfNis(filters.municipality) !== value) {
    delete next.municipality;
  }
  if (key === 'province' && !value) delete next.municipality;
  if (key === 'municipality' && value) next.province = provinceOfNis(value) ?? next.province;
  if (key === 'partnership' && value !== filters.partnership) {
    delete next.jointCommittee;
    delete next.training;
  }
  if (key === 'jointCommittee' && value !== filters.jointCommittee) delete next.training;
  if ((key === 'system' || key === 'level') && value !== filters[key]) delete next.training;
  return compact(next);
}

/** The province of a 2019 NIS municipality code (see reference/geo/README.md). */
export function provinceOfNis(nis: string): Province | undefined {
  if (nis.startsWith('21')) return 'BRUSSEL';
  if (nis.startsWith('23') || nis.startsWith('24')) return 'VLAAMS_BRABANT';
  switch (nis[0]) {
    case '1':
      return 'ANTWERPEN';
    case '3':
      return 'WEST_VLAANDEREN';
    case '4':
      return 'OOST_VLAANDEREN';
    case '7':
      return 'LIMBURG';
    case '2':
    case '5':
    case '6':
    case '8':
    case '9':
      return 'WALLONIE';
    default:
      return undefined;
  }
}

/** The API's KpiFilter as the web sends it (mutable lists, for the operations' variables). */
export type KpiFilterInput = { -readonly [F in keyof KpiFilter]?: NonNullable<KpiFilter[F]>[number][] };

/**
 * The API's KpiFilter for these filters. `omit` leaves out dimensions a chart shows itself
 * (a map of provinces highlights the selected province instead of hiding the others).
 */
export function toKpiFilter(filters: Filters, omit: FilterKey[] = []): KpiFilterInput {
  const out: Record<string, string[]> = {};
  for (const f of DASHBOARD_FILTERS) {
    const value = filters[f.key];
    if (value && !omit.includes(f.key)) out[f.field] = [value];
  }
  return out as KpiFilterInput;
}

/**
 * The filter a click on a bar or region of this dimension sets (cross-filtering); keyed by any
 * string, as result rows carry their dimension as one.
 */
export const DIMENSION_FILTER: Partial<Record<KpiDimension | (string & {}), FilterKey>> = Object.fromEntries(
  DASHBOARD_FILTERS.map((f) => [f.dimension, f.key]),
);

/** The API field of each filter (e.g. for a filter a view sends itself). */
export const FILTER_FIELDS = Object.fromEntries(DASHBOARD_FILTERS.map((f) => [f.key, f.field])) as {
  [K in DashboardFilterKey]: DashboardFilterFieldOf<K>;
};
