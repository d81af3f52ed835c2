import { figure, trendSeries, type KpiResultLike, type KpiUnit, type ValueStatus } from '../../lib/kpi';
import type { TableModel } from '../../lib/table';

/** At most this many lines: the largest series in the last year, the rest stays in the table. */
export const MAX_LINES = 8;

export function trendModel(result: KpiResultLike, unit: KpiUnit, labels: { title: string; year: string; total: string }) {
  const s = trendSeries(result, labels.total, unit);
  const last = s.data.at(-1);
  const lines = [...s.series]
    .sort((a, b) => Number(last?.[b.id] ?? 0) - Number(last?.[a.id] ?? 0))
    .slice(0, MAX_LINES);
  const table: TableModel = {
    title: labels.title,
    columns: [{ key: 'year', label: labels.year }, ...s.series.map((x) => ({ key: x.id, label: x.label, unit }))],
    rows: s.data.map((point) => {
      const year = String(point.year);
      const cells: TableModel['rows'][number]['cells'] = { year };
      for (const x of s.series) {
        const status: ValueStatus = s.statuses[year]?.[x.id] ?? (unit === 'COUNT' ? 'OK' : 'NOT_APPLICABLE');
        cells[x.id] = figure(point[x.id] as number | null, status);
      }
      return { id: year, cells };
    }),
    distinctGroups: s.series.length > 1 && unit === 'COUNT',
  };
  return { data: s.data, lines, table };
}
