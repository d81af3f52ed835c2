import { useQuery } from 'urql';
import { BarChartView } from '../../../components/BarChartView';
import { ChartCard } from '../../../components/ChartCard';
import { graphql } from '../../../graphql';
import { KpiMeasureResult } from '../../../lib/kpi-fragments';
import { useI18n } from '../../../i18n/i18n';
import { DIMENSION_FILTER, toKpiFilter } from '../../../lib/filters';
import { measureBars, measureTable } from '../../../lib/kpi-table';
import { useFilters } from '../../../lib/router';
import { RADAR_CHART_MEASURES, radarColumns, topRowsBy } from '../radar-mapper';
import { useEnrolmentNotice } from './useEnrolmentNotice';

const RadarTableQuery = graphql(
  `
    query RadarTable($schoolYear: String!, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
      recognisedEstablishments: kpi(id: K17, measure: "recognisedEstablishments", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      runningAgreements: kpi(id: K17, measure: "runningAgreements", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      enrolments: kpi(id: K17, measure: "enrolments", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      unusedCapacity: kpi(id: K17, measure: "unusedCapacity", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      shortage: kpi(id: K17, measure: "shortage", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
    }
  `,
  [KpiMeasureResult],
);

/** K17 per training or province: recognised establishments vs running agreements vs enrolments. */
export function RadarTable({ dimension }: { dimension: 'TRAINING' | 'PROVINCE' }) {
  const { t } = useI18n();
  const { filters, set } = useFilters();
  const schoolYear = filters.schoolYear!;
  const filterKey = DIMENSION_FILTER[dimension]!;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RadarTableQuery,
    variables: { schoolYear, filter: toKpiFilter(filters, [filterKey]), groupBy: [dimension] },
  });
  const { notice, loaded } = useEnrolmentNotice(schoolYear);
  const title = dimension === 'TRAINING' ? t.radar.byTraining : t.radar.byRegion;
  const columns = radarColumns(t.radar);
  // Without enrolment data the API answers 0: show "–" and say why, never a zero demand.
  const results = data && notice ? { ...data, enrolments: null, shortage: null } : data;
  const chartMeasures = notice ? RADAR_CHART_MEASURES.filter((m) => m !== 'enrolments') : RADAR_CHART_MEASURES;
  const table = results && loaded
    ? measureTable(results, columns, {
        title: `${title} ${schoolYear}`,
        dimension: dimension === 'TRAINING' ? t.filters.training : t.filters.province,
        total: t.table.total,
      })
    : undefined;
  return (
    <ChartCard
      id={`radar-${dimension.toLowerCase()}`}
      title={title}
      kpi="K17"
      fetching={(fetching && !data) || !loaded}
      error={error}
      empty={!!table && table.rows.length === 0}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      table={table}
      notice={notice && (
        <>
          <strong>{notice}</strong> {t.radar.noEnrolmentsWhy}
        </>
      )}
      wide
    >
      {table && (
        <BarChartView
          rows={topRowsBy(measureBars(table, [...chartMeasures]), chartMeasures, 15)}
          series={chartMeasures.map((m) => ({ key: m, label: t.radar[m] }))}
          ariaLabel={title}
          labelWidth={dimension === 'TRAINING' ? 280 : 190}
          selectedId={filters[filterKey]}
          onSelect={(id) => set(filterKey, id as never)}
        />
      )}
    </ChartCard>
  );
}
