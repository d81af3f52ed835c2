import { LEVELS, PROVINCES, SYSTEMS, isSchoolYear, type Level, type Province, type System } from '@duaal/shared';

/** The one filter state of every view; kept in the URL so a copied link restores the view. */
export interface Filters {
  schoolYear?: string;
  province?: Province;
  municipality?: string;
  partnership?: string;
  jointCommittee?: string;
  system?: System;
  level?: Level;
  training?: string;
}
export type FilterKey = keyof Filters;

/** Dutch URL parameter names: links are read and shared by Dutch-speaking users. */
export const FILTER_PARAMS: Record<FilterKey, string> = {
  schoolYear: 'jaar',
  province: 'provincie',
  municipality: 'gemeente',
  partnership: 'partnerschap',
  jointCommittee: 'pc',
  system: 'stelsel',
  level: 'niveau',
  training: 'opleiding',
};
export const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
const code = (value: string | null): string | undefined =>
  value && /^[\w.\- ]{1,64}$/.test(value) ? value : undefined;

export function parseFilters(search: URLSearchParams): Filters {
  const year = search.get(FILTER_PARAMS.schoolYear);
  const filters: Filters = {
    schoolYear: year && isSchoolYear(year) ? year : undefined,
    province: oneOf(PROVINCES, search.get(FILTER_PARAMS.province)),
    municipality: code(search.get(FILTER_PARAMS.municipality)),
    partnership: code(search.get(FILTER_PARAMS.partnership)),
    jointCommittee: code(search.get(FILTER_PARAMS.jointCommittee)),
    system: oneOf(SYSTEMS, search.get(FILTER_PARAMS.system)),
    level: oneOf(LEVELS, search.get(FILTER_PARAMS.level)),
    training: code(search.get(FILTER_PARAMS.training)),
  };
  return compact(filters);
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

export interface KpiFilterInput {
  provinces?: Province[];
  municipalities?: string[];
  partnerships?: string[];
  jointCommittees?: string[];
  systems?: System[];
  levels?: Level[];
  trainings?: string[];
}

/**
 * The API's KpiFilter for these filters. `omit` leaves out dimensions a chart shows itself
 * (a map of provinces highlights the selected province instead of hiding the others).
 */
export function toKpiFilter(filters: Filters, omit: FilterKey[] = []): KpiFilterInput {
  const f = { ...filters };
  for (const key of omit) delete f[key];
  const out: KpiFilterInput = {};
  if (f.province) out.provinces = [f.province];
  if (f.municipality) out.municipalities = [f.municipality];
  if (f.partnership) out.partnerships = [f.partnership];
  if (f.jointCommittee) out.jointCommittees = [f.jointCommittee];
  if (f.system) out.systems = [f.system];
  if (f.level) out.levels = [f.level];
  if (f.training) out.trainings = [f.training];
  return out;
}

/** The filter a click on a bar or region of this dimension sets (cross-filtering). */
export const DIMENSION_FILTER: Partial<Record<string, FilterKey>> = {
  PROVINCE: 'province',
  MUNICIPALITY: 'municipality',
  PARTNERSHIP: 'partnership',
  JOINT_COMMITTEE: 'jointCommittee',
  SYSTEM: 'system',
  LEVEL: 'level',
  TRAINING: 'training',
};
