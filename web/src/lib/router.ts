import { useCallback, useSyncExternalStore } from 'react';
import { parseFilters, setFilter as cascade, writeFilters, type FilterKey, type Filters } from './filters';

// A very small router: the view is the path (/provincies), the filters and a view's own options
// are query parameters. Every change is a history entry, so Back undoes a filter.

export const VIEWS = ['overzicht', 'provincies', 'sectoren', 'mentoren', 'overeenkomsten', 'radar', 'trends', 'tabel', 'rapport', 'opvolging', 'import', 'beheer', 'methode'] as const;
export type View = (typeof VIEWS)[number];

/** Views shown in the navigation only to some roles (the server refuses the others anyway). */
export const VIEW_ROLES: Partial<Record<View, readonly string[]>> = { opvolging: ['SECTOR_STAFF', 'ADMIN'], import: ['ADMIN'], beheer: ['ADMIN'] };
export const viewAllowed = (view: View, role: string | undefined): boolean => {
  const roles = VIEW_ROLES[view];
  return !roles || (role !== undefined && roles.includes(role));
};

/** Views about loading data rather than figures, and the methodology: no filter bar, and open on an empty database. */
export const DATA_VIEWS: readonly View[] = ['import', 'beheer', 'methode'];
/** Views with their own school-year choice instead of the filter bar (the report ignores filters; the table builder has its own choices). */
export const OWN_YEAR_VIEWS: readonly View[] = ['rapport', 'tabel'];

export function viewOfPath(pathname: string): View {
  const segment = pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  return (VIEWS as readonly string[]).includes(segment) ? (segment as View) : 'overzicht';
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const snapshot = () => window.location.pathname + window.location.search;

export function navigate(url: string, { replace = false } = {}): void {
  const current = snapshot();
  if (url === current) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

/** The path without the view logic: for pages outside the signed-in shell (/welkom). */
export function usePathname(): string {
  const href = useSyncExternalStore(subscribe, snapshot);
  return new URL(href, window.location.origin).pathname;
}

export interface Route {
  view: View;
  search: URLSearchParams;
  filters: Filters;
}

export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { view: viewOfPath(url.pathname), search: url.searchParams, filters: parseFilters(url.searchParams) };
}

/** Read and change the filters in the URL. */
export function useFilters() {
  const { filters, search, view } = useRoute();
  const update = useCallback(
    (next: Filters, options?: { replace?: boolean }) => {
      const params = writeFilters(new URLSearchParams(window.location.search), next);
      navigate(`${window.location.pathname}${queryString(params)}`, options);
    },
    [],
  );
  const set = useCallback(
    <K extends FilterKey>(key: K, value: Filters[K] | undefined) => update(cascade(parseFilters(new URLSearchParams(window.location.search)), key, value)),
    [update],
  );
  return { filters, search, view, update, set };
}

/** A view's own URL option (e.g. the map level or the KPI on the trend chart). */
export function useViewParam(name: string, fallback: string): [string, (value: string) => void] {
  const { search } = useRoute();
  const value = search.get(name) ?? fallback;
  const set = useCallback(
    (next: string) => {
      const params = new URLSearchParams(window.location.search);
      if (next === fallback) params.delete(name);
      else params.set(name, next);
      navigate(`${window.location.pathname}${queryString(params)}`);
    },
    [name, fallback],
  );
  return [value, set];
}

/** Sets (or, with null, removes) several of a view's own URL options in one history entry. */
export function setViewParams(changes: Record<string, string | null>, options?: { replace?: boolean }): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  navigate(`${window.location.pathname}${queryString(params)}`, options);
}

export function queryString(params: URLSearchParams): string {
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The link to another view keeping the current filters (not the view's own options). */
export function viewHref(view: View, filters: Filters): string {
  return `/${view}${queryString(writeFilters(new URLSearchParams(), filters))}`;
}
