import { absentFigure, figure, type Figure, type KpiRowLike, type KpiUnit } from '../../lib/kpi';
import type { TableModel, TableRow } from '../../lib/table';

// kpiTrend results (the query the trend chart uses) → one table: a row per chosen member (per KPI
// when there are several), a column per school year, and per KPI the distinct total of the
// selection. The figures are the API's, with their status: "•" suppressed, "–" not applicable.

export interface IndicatorResult {
  /** "K13" or "K2.enterprises", as in the URL. */
  indicator: string;
  /** "K13 · Lopende overeenkomsten". */
  name: string;
  unit: KpiUnit;
  /** kpiTrend grouped by the dimension: rows keyed SCHOOL_YEAR, then the member. */
  byMember: { rows: readonly KpiRowLike[] };
  /** kpiTrend of the selection without grouping: one row per school year, a unit counted once. */
  overall: { rows: readonly KpiRowLike[] };
}

export interface Member {
  id: string;
  label: string;
}

export interface TableLabels {
  title: string;
  indicator: string;
  member: string;
  total: string;
}

const yearOf = (row: KpiRowLike) => row.keys.find((k) => k.dimension === 'SCHOOL_YEAR')?.id;
const memberOf = (row: KpiRowLike) => row.keys.find((k) => k.dimension !== 'SCHOOL_YEAR');

/**
 * The rows: the chosen members in their order, or (no choice: every member) `all` followed by any
 * member the results hold beyond it, by label. A member or year the API does not list holds nothing:
 * 0 for a count, not applicable for a rate (absentFigure, as the charts do).
 */
export function tableBuilderModel(results: readonly IndicatorResult[], years: readonly string[], chosen: readonly Member[], all: readonly Member[], labels: TableLabels): TableModel {
  const several = results.length > 1;
  const members = chosen.length ? [...chosen] : membersOf(results, all);
  const units = new Set(results.map((r) => r.unit));
  // KPIs of different units (a count beside a rate): each row carries its KPI's unit.
  const mixed = units.size > 1;
  const columnUnit: KpiUnit = mixed ? 'COUNT' : ([...units][0] ?? 'COUNT');
  const yearColumns = years.map((y) => ({ key: y, label: y, unit: columnUnit }));
  const rows: TableRow[] = [];
  let total: TableRow | undefined;
  for (const result of results) {
    const byMember = new Map<string, Map<string, Figure>>();
    const names = new Map<string, string>();
    for (const row of result.byMember.rows) {
      const year = yearOf(row);
      const member = memberOf(row);
      if (!year || !member) continue;
      names.set(member.id, member.label);
      if (!byMember.has(member.id)) byMember.set(member.id, new Map());
      byMember.get(member.id)!.set(year, figure(row.value, row.status));
    }
    const overall = new Map<string, Figure>();
    for (const row of result.overall.rows) {
      const year = yearOf(row);
      if (year && row.keys.length === 1) overall.set(year, figure(row.value, row.status));
    }
    const cellsOf = (values: Map<string, Figure> | undefined) => Object.fromEntries(years.map((y) => [y, values?.get(y) ?? absentFigure(result.unit)]));
    const unit = mixed ? { unit: result.unit } : {};
    for (const m of members) {
      rows.push({
        ...unit,
        id: `${result.indicator}|${m.id}`,
        cells: { ...(several ? { indicator: result.name } : {}), member: names.get(m.id) ?? m.label, ...cellsOf(byMember.get(m.id)) },
      });
    }
    const totalRow: TableRow = {
      ...unit,
      id: `${result.indicator}|total`,
      cells: { ...(several ? { indicator: result.name } : {}), member: labels.total, ...cellsOf(overall) },
    };
    // One KPI: the total in the table's footer; several: after each KPI's members.
    if (several) rows.push(totalRow);
    else total = totalRow;
  }
  return {
    title: labels.title,
    columns: [
      ...(several ? [{ key: 'indicator', label: labels.indicator }] : []),
      { key: 'member', label: labels.member },
      ...yearColumns,
    ],
    rows,
    total,
    distinctGroups: results.some((r) => r.unit === 'COUNT'),
  };
}

/** Every member: those of `all` in order, then any other member the results hold, by label. */
function membersOf(results: readonly IndicatorResult[], all: readonly Member[]): Member[] {
  const known = new Set(all.map((m) => m.id));
  const extra = new Map<string, string>();
  for (const r of results) {
    for (const row of r.byMember.rows) {
      const m = memberOf(row);
      if (m && !known.has(m.id)) extra.set(m.id, m.label);
    }
  }
  return [...all, ...[...extra].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))];
}
