import { canonicalSavedViewQuery } from '@duaal/shared';
import type { FilterKey, Filters } from '../../lib/filters';

/** What the server keeps of the current address: the path and the known URL parameters. */
export function currentViewAddress(pathname: string, search: string): { path: string; query: string } {
  return { path: pathname, query: canonicalSavedViewQuery(search) };
}

/** The lists the filter bar offers (its own query), to check a saved view's filters against. */
export interface FilterLists {
  schoolYears?: readonly string[] | null;
  partnerships?: readonly { code: string }[] | null;
  municipalities?: readonly { nisCode: string }[] | null;
  jointCommittees?: readonly { code: string }[] | null;
  trainings?: readonly { code: string }[] | null;
}

/**
 * The filters of a saved view whose value the lists no longer hold (a partnership that merged,
 * a training that was retired, a school year without data): opening it should say so.
 * Province, system and level are fixed lists the server checked when the view was saved.
 */
export function missingFilterValues(filters: Filters, lists: FilterLists): { key: FilterKey; value: string }[] {
  const checks: [FilterKey, readonly string[] | undefined][] = [
    ['schoolYear', lists.schoolYears ?? undefined],
    ['partnership', lists.partnerships?.map((p) => p.code)],
    ['municipality', lists.municipalities?.map((m) => m.nisCode)],
    ['jointCommittee', lists.jointCommittees?.map((j) => j.code)],
    ['training', lists.trainings?.map((x) => x.code)],
  ];
  return checks.flatMap(([key, known]) => {
    const value = filters[key];
    return value && known && !known.includes(value) ? [{ key, value }] : [];
  });
}

/** Which message a failed save or rename gets: the server names the field and says why. */
export function saveErrorKind(error: { extensions?: Record<string, unknown>; message: string } | undefined): 'duplicate' | 'name' | 'address' | 'other' {
  if (!error) return 'other';
  const field = error.extensions?.field;
  if (field === 'name') return /already/.test(error.message) ? 'duplicate' : 'name';
  if (field === 'path' || field === 'query') return 'address';
  return 'other';
}
