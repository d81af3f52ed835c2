import { OVERVIEW_TILES as SHARED_OVERVIEW_TILES, previousSchoolYear, type KpiMeasureRef } from '@duaal/shared';
import { graphql, type VariablesOf } from '../../graphql';
import { toKpiFilter, type Filters } from '../../lib/filters';

// The overview tile's operation, apart from the component: the overview's first request
// (overview-start.ts) is composed from the same fragments, so its answer is, field for field,
// the answer to each tile's own query. The fragments hold only what the tile reads: nine tiles
// of them count against the API's limit on fields per request (server/src/graphql/builder.ts).

export const KpiTileResultFields = graphql(`
  fragment KpiTileResult on KpiResult {
    measure
    compareWith
    periodEnd
    comparisonPeriodEnd
    kpi {
      id
      nameNl
      nameEn
      unit
      measures {
        id
        nameNl
        nameEn
        unit
      }
    }
    total {
      value
      comparisonValue
      status
      comparisonStatus
    }
  }
`);

export const KpiTileTrendFields = graphql(`
  fragment KpiTileTrend on KpiResult {
    rows {
      keys {
        dimension
        id
        label
      }
      value
      status
    }
  }
`);

export const KpiTileQuery = graphql(
  `
    query KpiTile($id: KpiId!, $measure: String, $schoolYear: String!, $compareWith: String, $filter: KpiFilter) {
      kpi(id: $id, measure: $measure, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, samePeriod: true) {
        ...KpiTileResult
      }
      kpiTrend(id: $id, measure: $measure, filter: $filter) {
        ...KpiTileTrend
      }
    }
  `,
  [KpiTileResultFields, KpiTileTrendFields],
);

export type KpiId = VariablesOf<typeof KpiTileQuery>['id'];

/** The headline KPIs of the overview (DOMAIN.md §4) with the measure each tile shows, in order (shared OVERVIEW_TILES). */
export const OVERVIEW_TILES: readonly KpiMeasureRef[] = SHARED_OVERVIEW_TILES;

/** A tile's variables for the filters in the URL (the tile and the first request use this one function). */
export function kpiTileVariables(tile: KpiMeasureRef, filters: Filters): VariablesOf<typeof KpiTileQuery> {
  const schoolYear = filters.schoolYear!;
  return { id: tile.kpi, measure: tile.measure, schoolYear, compareWith: previousSchoolYear(schoolYear), filter: toKpiFilter(filters) };
}
