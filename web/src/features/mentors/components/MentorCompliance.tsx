import { useQuery } from 'urql';
import { BarChartView } from '../../../components/BarChartView';
import { ChartCard } from '../../../components/ChartCard';
import { graphql } from '../../../graphql';
import { KpiMeasureResult } from '../../../lib/kpi-fragments';
import { useI18n } from '../../../i18n/i18n';
import { DIMENSION_FILTER, toKpiFilter } from '../../../lib/filters';
import { measureBars, measureTable } from '../../../lib/kpi-table';
import { useFilters } from '../../../lib/router';
import { COMPLIANCE_STATUSES, complianceColumns } from '../compliance-mapper';

const MentorComplianceQuery = graphql(
  `
    query MentorCompliance($schoolYear: String!, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
      due: kpi(id: K10, measure: "due", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      completed: kpi(id: K10, measure: "completed", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      exempt: kpi(id: K10, measure: "exempt", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      notCompleted: kpi(id: K10, measure: "notCompleted", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      followUpStopped: kpi(id: K10, measure: "followUpStopped", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
      complianceRate: kpi(id: K10, measure: "complianceRate", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
        ...KpiMeasureResult
      }
    }
  `,
  [KpiMeasureResult],
);

/** K10 per partnership or province: mentors due, by status at the deadline, and the compliance rate. */
export function MentorCompliance({ dimension }: { dimension: 'PARTNERSHIP' | 'PROVINCE' }) {
  const { t } = useI18n();
  const { filters, set } = useFilters();
  const schoolYear = filters.schoolYear!;
  const filterKey = DIMENSION_FILTER[dimension]!;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MentorComplianceQuery,
    variables: { schoolYear, filter: toKpiFilter(filters, [filterKey]), groupBy: [dimension] },
  });
  const title = dimension === 'PARTNERSHIP' ? t.mentors.byPartnership : t.mentors.byProvince;
  const columns = complianceColumns(t.mentors);
  const table = data
    ? measureTable(data, columns, {
        title: `${title} ${schoolYear}`,
        dimension: dimension === 'PARTNERSHIP' ? t.filters.partnership : t.filters.province,
        total: t.table.total,
      })
    : undefined;
  return (
    <ChartCard
      id={`mentor-compliance-${dimension.toLowerCase()}`}
      title={title}
      kpi="K10"
      fetching={fetching && !data}
      error={error}
      empty={!!table && table.rows.length === 0}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      table={table}
      wide={dimension === 'PARTNERSHIP'}
    >
      {table && (
        <BarChartView
          rows={measureBars(table, [...COMPLIANCE_STATUSES])}
          series={COMPLIANCE_STATUSES.map((s) => ({ key: s, label: t.mentors[s], color: STATUS_COLORS[s] }))}
          stacked
          ariaLabel={title}
          labelWidth={dimension === 'PARTNERSHIP' ? 240 : 190}
          selectedId={filters[filterKey]}
          onSelect={(id) => set(filterKey, id as never)}
        />
      )}
    </ChartCard>
  );
}

const STATUS_COLORS = { completed: '#2e8540', exempt: '#1f5fa8', notCompleted: '#b8322c', followUpStopped: '#6b7280' };
