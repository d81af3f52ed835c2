import { LEVELS, PROVINCES, SYSTEMS } from './enums.js';
import { isSchoolYear } from './school-year.js';

// Saved views (issue 11): a signed-in user keeps a view's address — its path and the filters in
// its query string — under a name. The server accepts only the app's views and the URL parameters
// the dashboard reads, so a stored address always opens a known page; the web reads the same lists.

/** The dashboard's views (`/overzicht`, …), including those added by other features this release. */
export const SAVED_VIEW_PATHS = [
  'overzicht',
  'provincies',
  'sectoren',
  'mentoren',
  'overeenkomsten',
  'radar',
  'trends',
  'rapport',
  'opvolging',
  'import',
  'beheer',
  'tabel',
  'methode',
] as const;

/** The filter bar's URL parameters (Dutch: links are shared by Dutch-speaking users). */
export const FILTER_URL_PARAMS = ['jaar', 'provincie', 'gemeente', 'partnerschap', 'pc', 'stelsel', 'niveau', 'opleiding'] as const;
/**
 * A view's own options kept in its URL (map level, indicator, tab, sort order, …; the table
 * builder's KPIs, grouping, members and year range).
 */
export const VIEW_OPTION_URL_PARAMS = ['kaart', 'kaartmaat', 'indicator', 'opsplitsing', 'tab', 'lijst', 'dagen', 'volgorde', 'kpi', 'dim', 'leden', 'van', 'tot'] as const;
export const SAVED_VIEW_PARAMS: readonly string[] = [...FILTER_URL_PARAMS, ...VIEW_OPTION_URL_PARAMS];

export const SAVED_VIEW_NAME_MAX = 80;
/** Long enough for the table builder's list of up to 60 training codes. */
export const SAVED_VIEW_VALUE_MAX = 4000;

const oneOf = (list: readonly string[]) => (value: string) => list.includes(value);
const code = (value: string) => /^[\w.\- ]{1,64}$/.test(value);
/** The format each filter value must have (the web's `parseFilters` drops any other). */
const FILTER_VALUE_RULES: Record<(typeof FILTER_URL_PARAMS)[number], { valid: (value: string) => boolean; expected: string }> = {
  jaar: { valid: isSchoolYear, expected: 'a school year YYYY-YYYY' },
  provincie: { valid: oneOf(PROVINCES), expected: `one of ${PROVINCES.join(', ')}` },
  gemeente: { valid: code, expected: 'a code of letters, digits, ".", "-" or spaces' },
  partnerschap: { valid: code, expected: 'a code of letters, digits, ".", "-" or spaces' },
  pc: { valid: code, expected: 'a code of letters, digits, ".", "-" or spaces' },
  stelsel: { valid: oneOf(SYSTEMS), expected: `one of ${SYSTEMS.join(', ')}` },
  niveau: { valid: oneOf(LEVELS), expected: `one of ${LEVELS.join(', ')}` },
  opleiding: { valid: code, expected: 'a code of letters, digits, ".", "-" or spaces' },
};

/**
 * Problems of a saved view's query string ("jaar=2024-2025&provincie=LIMBURG", with or without
 * "?"): unknown parameters, repeated parameters, malformed filter values. Empty when it is fine.
 */
export function savedViewQueryProblems(query: string): string[] {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!SAVED_VIEW_PARAMS.includes(name)) {
      problems.push(`unknown parameter "${name}" (known: ${SAVED_VIEW_PARAMS.join(', ')})`);
      continue;
    }
    if (seen.has(name)) problems.push(`parameter "${name}" appears more than once`);
    seen.add(name);
    if (value.length > SAVED_VIEW_VALUE_MAX) problems.push(`parameter "${name}" is longer than ${SAVED_VIEW_VALUE_MAX} characters`);
    const rule = FILTER_VALUE_RULES[name as keyof typeof FILTER_VALUE_RULES] as (typeof FILTER_VALUE_RULES)['jaar'] | undefined;
    if (rule && value !== '' && !rule.valid(value)) problems.push(`parameter "${name}" must be ${rule.expected}, not "${value}"`);
  }
  return problems;
}

/** The query string in a canonical form (no "?", known parameters only, in the order given). */
export function canonicalSavedViewQuery(query: string): string {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const kept = new URLSearchParams();
  for (const [name, value] of params) if (SAVED_VIEW_PARAMS.includes(name) && value !== '') kept.set(name, value);
  return kept.toString();
}
