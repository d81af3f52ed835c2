import { previousSchoolYear, type KpiDimension, type KpiId, type KpiMeasureId } from '@duaal/shared';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n';
import { DIMENSION_FILTER, toKpiFilter, type FilterKey } from '../lib/filters';
import { breakdownBars, breakdownTable } from '../lib/kpi-table';
import { kpiNoteText } from '../lib/kpi-notes';
import { useFilters } from '../lib/router';
import { BarChartView } from './BarChartView';
import { ChartCard } from './ChartCard';

const KpiBreakdownChartQuery = graphql(`
  query KpiBreakdownChart(
    $id: KpiId!
    $measure: String
    $schoolYear: String!
    $compareWith: String
    $filter: KpiFilter
    $groupBy: [KpiDimension!]
  ) {
    kpi(id: $id, measure: $measure, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, groupBy: $groupBy) {
      measure
      kpi {
        id
        unit
        measures {
          id
          nameNl
          nameEn
          unit
        }
      }
      rows {
        keys {
          dimension
          id
          label
        }
        value
        comparisonValue
        status
        comparisonStatus
        explanation {
          code
          params {
            threshold
            kpi
            measure
            dimensions
          }
        }
      }
      total {
        keys {
          dimension
          id
          label
        }
        value
        comparisonValue
        status
        comparisonStatus
        explanation {
          code
          params {
            threshold
            kpi
            measure
            dimensions
          }
        }
      }
    }
  }
`);

export type { KpiDimension } from '@duaal/shared';

/**
 * One KPI measure grouped by one dimension, as bars with the table behind. The chart ignores
 * the filter on its own dimension and highlights the selected bar instead; a click on a bar
 * sets that filter for every view.
 */
export function KpiBreakdownChart<K extends KpiId>({
  id,
  title,
  kpi,
  measure,
  dimension,
  dimensionLabel,
  keepOrder,
  limit,
  wide,
  labelWidth,
}: {
  id: string;
  title: string;
  kpi: K;
  measure?: KpiMeasureId<K>;
  dimension: KpiDimension;
  dimensionLabel: string;
  keepOrder?: boolean;
  limit?: number;
  wide?: boolean;
  labelWidth?: number;
}) {
  const { t, lang, locale } = useI18n();
  const { filters, set } = useFilters();
  const filterKey: FilterKey | undefined = DIMENSION_FILTER[dimension];
  const schoolYear = filters.schoolYear!;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: KpiBreakdownChartQuery,
    variables: {
      id: kpi,
      measure,
      schoolYear,
      compareWith: previousSchoolYear(schoolYear),
      filter: toKpiFilter(filters, filterKey ? [filterKey] : []),
      groupBy: [dimension],
    },
  });
  const result = data?.kpi;
  const m = result?.kpi.measures.find((x) => x.id === result.measure);
  const unit = m?.unit ?? result?.kpi.unit ?? 'COUNT';
  const measureName = m ? (lang === 'en' ? m.nameEn : m.nameNl) : t.kpi.value;
  const table = result
    ? breakdownTable(result, unit, {
        title: `${title} · ${measureName}`,
        dimension: dimensionLabel,
        value: schoolYear,
        previous: previousSchoolYear(schoolYear),
        total: t.table.total,
      })
    : undefined;
  return (
    <ChartCard
      id={id}
      title={title}
      kpi={kpi}
      fetching={fetching && !data}
      error={error}
      empty={!!result && result.rows.length === 0}
      emptyText={
        // A filter or breakdown this KPI cannot apply: say so instead of "no data".
        result?.total.explanation?.code === 'DIMENSION_NOT_APPLICABLE' ? kpiNoteText(result.total.explanation, t) : undefined
      }
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      table={table}
      wide={wide}
    >
      {result && (
        <BarChartView
          rows={breakdownBars(result, unit, locale, { keepOrder, limit })}
          series={[{ key: 'value', label: measureName }]}
          unit={unit}
          ariaLabel={title}
          labelWidth={labelWidth}
          selectedId={filterKey ? filters[filterKey] : undefined}
          onSelect={filterKey ? (value) => set(filterKey, value as never) : undefined}
        />
      )}
    </ChartCard>
  );
}
