import type { KpiMeasureRef } from '@duaal/shared';
import type { Client, CombinedError } from 'urql';
import { KpiDefinitionButtonQuery, KpiCatalogEntryFields } from '../../components/KpiDefinitionButton';
import { SchoolYearGateQuery } from '../../components/SchoolYearGate';
import { graphql, type ResultOf } from '../../graphql';
import { parseFilters, type Filters } from '../../lib/filters';
import type { Prefetch, PrefetchPart } from '../../lib/prefetch';
import { viewOfPath } from '../../lib/router';
import { SessionQuery, SessionUserFields } from '../auth/session-query';
import { ClockFields, ClockQuery } from '../clock/clock';
import { FilterBarLists, FilterBarQuery, filterBarVariables } from '../filters/components/FilterBar';
import { KpiTileQuery, KpiTileResultFields, KpiTileTrendFields, kpiTileVariables, OVERVIEW_TILES } from './tile-query';

// The overview's first paint in one round trip. Each part of the page keeps its own query (the
// session's user, the clock, the school years, the filter bar's lists, the KPI catalogue and the
// nine tiles); this one operation is composed from the same fragments and issued as soon as the
// urql client exists, and lib/prefetch.ts answers each part's query with its slice of the
// response (then urql's cache holds it as if it came from the network). The server knows nothing
// of it: no extra field, nothing embedded in index.html. It needs the school year, so it is
// issued when the URL names one (every link the dashboard writes does); a bare /overzicht takes
// the usual path (user and clock first, then the tiles).

export const OverviewStartQuery = graphql(
  `
    query OverviewStart(
      $schoolYear: String!
      $compareWith: String
      $filter: KpiFilter
      $partnerships: [String!]
      $provinces: [Province!]
      $withMunicipalities: Boolean!
      $level: Level
      $system: System
    ) {
      me {
        ...SessionUser
      }
      clock {
        ...ClockFields
      }
      ...FilterBarLists
      kpiCatalog {
        ...KpiCatalogEntry
      }
      t0: kpi(id: K1, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t0Trend: kpiTrend(id: K1, filter: $filter) {
        ...KpiTileTrend
      }
      t1: kpi(id: K2, measure: "establishments", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t1Trend: kpiTrend(id: K2, measure: "establishments", filter: $filter) {
        ...KpiTileTrend
      }
      t2: kpi(id: K3, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t2Trend: kpiTrend(id: K3, filter: $filter) {
        ...KpiTileTrend
      }
      t3: kpi(id: K5, measure: "approved", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t3Trend: kpiTrend(id: K5, measure: "approved", filter: $filter) {
        ...KpiTileTrend
      }
      t4: kpi(id: K9, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t4Trend: kpiTrend(id: K9, filter: $filter) {
        ...KpiTileTrend
      }
      t5: kpi(id: K10, measure: "complianceRate", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t5Trend: kpiTrend(id: K10, measure: "complianceRate", filter: $filter) {
        ...KpiTileTrend
      }
      t6: kpi(id: K12, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t6Trend: kpiTrend(id: K12, filter: $filter) {
        ...KpiTileTrend
      }
      t7: kpi(id: K13, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t7Trend: kpiTrend(id: K13, filter: $filter) {
        ...KpiTileTrend
      }
      t8: kpi(id: K14, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      t8Trend: kpiTrend(id: K14, filter: $filter) {
        ...KpiTileTrend
      }
    }
  `,
  [SessionUserFields, ClockFields, FilterBarLists, KpiCatalogEntryFields, KpiTileResultFields, KpiTileTrendFields],
);

type StartData = ResultOf<typeof OverviewStartQuery>;

/** The tile behind each alias pair tN / tNTrend, in OVERVIEW_TILES order (a unit test holds them equal). */
export const START_TILES = [
  { alias: 't0', kpi: 'K1' },
  { alias: 't1', kpi: 'K2', measure: 'establishments' },
  { alias: 't2', kpi: 'K3' },
  { alias: 't3', kpi: 'K5', measure: 'approved' },
  { alias: 't4', kpi: 'K9' },
  { alias: 't5', kpi: 'K10', measure: 'complianceRate' },
  { alias: 't6', kpi: 'K12' },
  { alias: 't7', kpi: 'K13' },
  { alias: 't8', kpi: 'K14' },
] as const satisfies readonly ({ alias: keyof StartData } & KpiMeasureRef)[];

/** The variables of the composed operation: the tiles' and the filter bar's, from the same functions. */
export function overviewStartVariables(filters: Filters) {
  const tile = kpiTileVariables(OVERVIEW_TILES[0]!, filters);
  return { schoolYear: tile.schoolYear, compareWith: tile.compareWith, filter: tile.filter, ...filterBarVariables(filters) };
}

/** Which top-level fields of the response came with an error (their parts go to the network). */
function failedFields(error: CombinedError | undefined): Set<string> | 'all' {
  if (!error) return new Set();
  if (error.networkError || error.graphQLErrors.some((e) => !e.path?.length)) return 'all';
  return new Set(error.graphQLErrors.map((e) => String(e.path![0])));
}

const pick = <K extends string>(data: Record<string, unknown>, fields: readonly K[]) =>
  Object.fromEntries(fields.filter((f) => f in data).map((f) => [f, data[f]]));

/**
 * The parts of the page and how each one's answer is cut from the composed response
 * (undefined when a field it needs failed, so that part asks the network itself).
 */
export function overviewStartParts(filters: Filters, response: Promise<{ data?: StartData; error?: CombinedError }>): PrefetchPart<any, any>[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  const part = (query: PrefetchPart['query'], variables: PrefetchPart['variables'], fields: string[], slice: (data: StartData) => unknown): PrefetchPart =>
    ({
      query,
      variables,
      data: response.then(({ data, error }) => {
        const failed = failedFields(error);
        if (!data || failed === 'all' || fields.some((f) => failed.has(f) || !(f in data))) return undefined;
        return slice(data);
      }),
    });
  const listFields = ['schoolYears', 'partnerships', 'provinces', 'municipalities', 'jointCommittees', 'trainings'];
  return [
    part(SessionQuery, {}, ['me'], (d) => ({ me: d.me })),
    part(ClockQuery, {}, ['clock'], (d) => ({ clock: d.clock })),
    part(SchoolYearGateQuery, {}, ['schoolYears'], (d) => ({ schoolYears: d.schoolYears })),
    part(FilterBarQuery, filterBarVariables(filters), ['schoolYears', 'partnerships', 'provinces', 'jointCommittees', 'trainings'], (d) =>
      pick(d as Record<string, unknown>, listFields),
    ),
    part(KpiDefinitionButtonQuery, {}, ['kpiCatalog'], (d) => ({ kpiCatalog: d.kpiCatalog })),
    ...START_TILES.map(({ alias, ...tile }) =>
      part(KpiTileQuery, kpiTileVariables(tile, filters), [alias, `${alias}Trend`], (d) => ({
        kpi: d[alias],
        kpiTrend: d[`${alias}Trend`],
      })),
    ),
  ];
}

/**
 * Issues the composed operation when the page opened is the overview with a school year in its
 * URL, and registers its parts with the prefetch exchange. Returns whether it did.
 */
export function startOverview(client: Client, prefetch: Prefetch, location: { pathname: string; search: string }): boolean {
  if (viewOfPath(location.pathname) !== 'overzicht') return false;
  const filters = parseFilters(new URLSearchParams(location.search));
  if (!filters.schoolYear) return false;
  const response = client.query(OverviewStartQuery, overviewStartVariables(filters), { requestPolicy: 'network-only' }).toPromise();
  prefetch.expect(overviewStartParts(filters, response));
  return true;
}
