import { useQuery } from 'urql';
import { BarChartView } from '../../../components/BarChartView';
import { ChartCard } from '../../../components/ChartCard';
import { DataTable, type RowAction } from '../../../components/DataTable';
import { graphql } from '../../../graphql';
import { KpiMeasureResult } from '../../../lib/kpi-fragments';
import { useI18n } from '../../../i18n/i18n';
import { toKpiFilter } from '../../../lib/filters';
import { measureBars, measureTable } from '../../../lib/kpi-table';
import { useFilters } from '../../../lib/router';
import { drillLevel, SECTOR_MEASURES, type SectorMeasure } from '../sector-mapper';

const SectorTableQuery = graphql(
  `
  query SectorTable($schoolYear: String!, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    recognitions: kpi(id: K1, schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      ...KpiMeasureResult
    }
    establishments: kpi(id: K2, measure: "establishments", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      ...KpiMeasureResult
    }
    enterprises: kpi(id: K2, measure: "enterprises", schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      ...KpiMeasureResult
    }
    mentors: kpi(id: K9, schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      ...KpiMeasureResult
    }
    agreements: kpi(id: K13, schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      ...KpiMeasureResult
    }
    activationRate: kpi(id: K16, schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      ...KpiMeasureResult
    }
  }
`,
  [KpiMeasureResult],
);

/**
 * Recognitions, establishments, enterprises, mentors, running agreements and activation rate
 * per partnership; with a partnership chosen, per PC number; with a PC number, per training.
 * A click on a row (or bar) drills down by setting that filter.
 */
export function SectorTable({ rowAction }: { rowAction?: RowAction }) {
  const { t } = useI18n();
  const { filters, set } = useFilters();
  const schoolYear = filters.schoolYear!;
  const level = drillLevel(filters);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SectorTableQuery,
    variables: { schoolYear, filter: toKpiFilter(filters), groupBy: [level.dimension] },
  });
  const labels: Record<SectorMeasure, string> = {
    recognitions: t.sectors.recognitions,
    establishments: t.sectors.establishments,
    enterprises: t.sectors.enterprises,
    mentors: t.sectors.mentors,
    agreements: t.sectors.agreements,
    activationRate: t.sectors.activationRate,
  };
  const title = level.dimension === 'PARTNERSHIP' ? t.sectors.byPartnership : level.dimension === 'JOINT_COMMITTEE' ? t.sectors.byJointCommittee : t.sectors.byTraining;
  const table = data
    ? measureTable(
        data,
        SECTOR_MEASURES.map((m) => ({ key: m, label: labels[m], unit: m === 'activationRate' ? 'PERCENT' : 'COUNT' })),
        { title: `${title} ${schoolYear}`, dimension: t.filters[level.filterLabel], total: t.table.total },
      )
    : undefined;
  return (
    <>
      <ChartCard
        id="sector-chart"
        title={`${t.sectors.chart} · ${title}`}
        kpi="K1"
        fetching={fetching && !data}
        error={error}
        empty={!!table && table.rows.length === 0}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
        wide
      >
        {table && (
          <BarChartView
            rows={measureBars(table, ['recognitions']).sort((a, b) => Number(b.recognitions) - Number(a.recognitions)).slice(0, 25)}
            series={[{ key: 'recognitions', label: t.sectors.recognitions }]}
            ariaLabel={t.sectors.chart}
            labelWidth={240}
            onSelect={level.next ? (id) => set(level.next!, id) : undefined}
          />
        )}
      </ChartCard>
      <section className="card wide" aria-labelledby="sector-table-title" data-chart="sector-table">
        <header className="card-header">
          <h2 id="sector-table-title">{title}</h2>
        </header>
        {table && <DataTable model={{ ...table, rows: level.next ? table.rows : table.rows.map((r) => ({ ...r, filter: undefined })) }} rowAction={rowAction} />}
      </section>
    </>
  );
}
