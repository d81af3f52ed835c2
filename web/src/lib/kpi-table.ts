import { DIMENSION_FILTER } from './filters';
import { figure, groups, hasNumber, mergeByGroup, toBars, totalFigure, type BarRow, type KpiResultLike, type KpiUnit } from './kpi';
import { formatFigure } from './format';
import type { TableModel } from './table';

export interface BreakdownLabels {
  title: string;
  dimension: string;
  value: string;
  previous: string;
  total: string;
}

/** A KPI grouped by one dimension → the table behind its chart (value, previous year, total). */
export function breakdownTable(result: KpiResultLike, unit: KpiUnit, labels: BreakdownLabels): TableModel {
  const rows = groups(result);
  const filterKey = rows[0] ? DIMENSION_FILTER[rows[0].dimension] : undefined;
  return {
    title: labels.title,
    columns: [
      { key: 'label', label: labels.dimension },
      { key: 'value', label: labels.value, unit },
      { key: 'previous', label: labels.previous, unit },
    ],
    rows: rows.map((g) => ({
      id: g.id,
      cells: { label: g.label, value: g.current, previous: g.previous },
      filter: filterKey ? { key: filterKey, value: g.id } : undefined,
    })),
    total: {
      id: 'total',
      cells: {
        label: labels.total,
        value: figure(result.total.value, result.total.status),
        previous: figure(result.total.comparisonValue, result.total.comparisonStatus),
      },
    },
    distinctGroups: unit === 'COUNT',
  };
}

/** Bars of a breakdown, with the text to print beside each bar (the symbol when suppressed). */
export function breakdownBars(
  result: KpiResultLike,
  unit: KpiUnit,
  locale: string,
  options: { keepOrder?: boolean; limit?: number } = {},
): BarRow[] {
  return toBars(result, options).map((b) => ({
    id: b.id,
    label: b.label,
    value: b.value,
    valueText: formatFigure({ value: b.missing ? null : b.value, status: b.missing ?? 'OK' }, unit, locale),
  }));
}

export interface MeasureColumn<M extends string> {
  key: M;
  label: string;
  unit: KpiUnit;
}

/**
 * Several measures grouped by the same dimension (one result each) → one table with a column
 * per measure and the distinct totals in the footer.
 */
export function measureTable<M extends string>(
  results: Partial<Record<M, KpiResultLike | null | undefined>>,
  columns: MeasureColumn<M>[],
  labels: { title: string; dimension: string; total: string },
): TableModel {
  const merged = mergeByGroup(results, Object.fromEntries(columns.map((c) => [c.key, c.unit])) as Partial<Record<M, KpiUnit>>);
  const dimension = merged[0]?.dimension;
  const filterKey = dimension ? DIMENSION_FILTER[dimension] : undefined;
  return {
    title: labels.title,
    columns: [{ key: 'label', label: labels.dimension }, ...columns.map((c) => ({ key: c.key, label: c.label, unit: c.unit }))],
    rows: merged.map((row) => ({
      id: row.id,
      cells: { label: row.label, ...row.figures },
      filter: filterKey ? { key: filterKey, value: row.id } : undefined,
    })),
    total: {
      id: 'total',
      cells: {
        label: labels.total,
        ...Object.fromEntries(columns.map((c) => [c.key, totalFigure(results[c.key])])),
      },
    },
    distinctGroups: columns.some((c) => c.unit === 'COUNT'),
  };
}

/** Bar rows with one numeric field per measure (missing values drawn as 0). */
export function measureBars<M extends string>(table: TableModel, measures: M[]): BarRow[] {
  return table.rows.map((row) => {
    const bar: BarRow = { id: row.id, label: String(row.cells.label ?? row.id) };
    for (const m of measures) {
      const cell = row.cells[m];
      bar[m] = cell && typeof cell === 'object' ? (cell.value ?? 0) : 0;
      // A value without a number is drawn at 0 with its symbol ("•" suppressed, "–" not applicable) as label.
      if (cell && typeof cell === 'object' && !hasNumber(cell.status)) bar[`${m}Text`] = formatFigure(cell, 'COUNT', 'nl-BE');
    }
    return bar;
  });
}
