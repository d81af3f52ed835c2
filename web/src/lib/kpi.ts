// Plain shapes of the KPI API (docs/kpi-api-contract.md) and the pure mappers every chart uses.
// Components pass their typed query results in; these functions never fetch.

import { keyLabel } from '../i18n/enum-labels';
import type { KpiNoteLike } from './kpi-notes';

export type ValueStatus = 'OK' | 'ROUNDED' | 'SUPPRESSED' | 'NOT_APPLICABLE';

/** OK and ROUNDED (a policymaker's person count, rounded for privacy) carry a number. */
export const hasNumber = (status: ValueStatus | null | undefined): boolean => status === 'OK' || status === 'ROUNDED';
export type KpiUnit = 'COUNT' | 'PERCENT' | 'DAYS';

export interface KpiKey {
  dimension: string;
  id: string;
  label: string;
}
export interface KpiRowLike {
  keys: readonly KpiKey[];
  value: number | null;
  comparisonValue?: number | null;
  status: ValueStatus;
  comparisonStatus?: ValueStatus | null;
  /** Why the value (or else the comparison value) has no number: kpiNoteText words it. */
  explanation?: KpiNoteLike | null;
}
export interface KpiResultLike {
  rows: readonly KpiRowLike[];
  total: KpiRowLike;
}

/** One figure with its status: a suppressed or not-applicable value has no number. */
export interface Figure {
  value: number | null;
  status: ValueStatus;
}

export const figure = (value: number | null | undefined, status: ValueStatus | null | undefined): Figure => ({
  value: hasNumber(status) || (status == null && value != null) ? (value ?? null) : null,
  status: status ?? (value == null ? 'NOT_APPLICABLE' : 'OK'),
});

export interface Group {
  id: string;
  label: string;
  dimension: string;
  current: Figure;
  previous: Figure;
}

/** Rows of a result grouped by one dimension (the key at `keyIndex`), in the API's order. */
export function groups(result: KpiResultLike, keyIndex = 0): Group[] {
  return result.rows.flatMap((row) => {
    const key = row.keys[keyIndex];
    if (!key) return [];
    return [
      {
        id: key.id,
        label: keyLabel(key),
        dimension: key.dimension,
        current: figure(row.value, row.status),
        previous: figure(row.comparisonValue, row.comparisonStatus),
      },
    ];
  });
}

/** Absolute and relative change; null when either side has no number. */
export function change(current: Figure, previous: Figure): { absolute: number; relative: number | null } | null {
  if (current.value === null || previous.value === null) return null;
  const absolute = current.value - previous.value;
  return { absolute, relative: previous.value === 0 ? null : absolute / previous.value };
}

export interface BarDatum {
  id: string;
  label: string;
  value: number;
  /** The value has no number (suppressed / not applicable): drawn as an empty bar. */
  missing: ValueStatus | null;
}

/** Bar-chart data: one bar per group, largest first unless `keepOrder`. */
export function toBars(result: KpiResultLike, { keepOrder = false, limit }: { keepOrder?: boolean; limit?: number } = {}): BarDatum[] {
  const bars = groups(result).map((g) => ({
    id: g.id,
    label: g.label,
    value: g.current.value ?? 0,
    missing: hasNumber(g.current.status) ? null : g.current.status,
  }));
  if (!keepOrder) bars.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return limit ? bars.slice(0, limit) : bars;
}

export interface TrendPoint {
  year: string;
  value: number | null;
  status: ValueStatus;
}

/** kpiTrend rows (keyed by SCHOOL_YEAR first) without further grouping → one point per year. */
export function trendPoints(result: Pick<KpiResultLike, 'rows'>): TrendPoint[] {
  return result.rows
    .filter((row) => row.keys.length === 1 && row.keys[0]?.dimension === 'SCHOOL_YEAR')
    .map((row) => ({ year: row.keys[0]!.id, ...figure(row.value, row.status) }))
    .sort((a, b) => a.year.localeCompare(b.year));
}

export interface TrendSeries {
  years: string[];
  series: { id: string; label: string }[];
  /** One object per year: { year, [seriesId]: value | null }. */
  data: Record<string, string | number | null>[];
  statuses: Record<string, Record<string, ValueStatus>>;
}

/** kpiTrend rows keyed by SCHOOL_YEAR and optionally one more dimension → multi-line data. */
/**
 * The figure of a group the API did not list: a count of nothing is 0 (the API lists only groups
 * that hold something), a rate or an average of nothing does not apply.
 */
export const absentFigure = (unit: KpiUnit | undefined): Figure => (unit === 'COUNT' ? { value: 0, status: 'OK' } : { value: null, status: 'NOT_APPLICABLE' });

export function trendSeries(result: KpiResultLike, totalLabel: string, unit?: KpiUnit): TrendSeries {
  const years = new Set<string>();
  const series = new Map<string, string>();
  const values = new Map<string, Map<string, Figure>>();
  for (const row of result.rows) {
    const year = row.keys.find((k) => k.dimension === 'SCHOOL_YEAR');
    if (!year) continue;
    const other = row.keys.find((k) => k.dimension !== 'SCHOOL_YEAR');
    const sid = other?.id ?? 'total';
    years.add(year.id);
    if (!series.has(sid)) series.set(sid, other ? keyLabel(other) : totalLabel);
    if (!values.has(year.id)) values.set(year.id, new Map());
    values.get(year.id)!.set(sid, figure(row.value, row.status));
  }
  const sortedYears = [...years].sort();
  const statuses: TrendSeries['statuses'] = {};
  const data = sortedYears.map((year) => {
    const point: Record<string, string | number | null> = { year };
    statuses[year] = {};
    for (const sid of series.keys()) {
      const f = values.get(year)?.get(sid) ?? absentFigure(unit);
      point[sid] = f.value;
      statuses[year]![sid] = f.status;
    }
    return point;
  });
  return { years: sortedYears, series: [...series].map(([id, label]) => ({ id, label })), data, statuses };
}

/**
 * Several results grouped by the same dimension (one per measure) → one row per group with a
 * figure per measure. A group missing from a result is 0 for a count, not applicable otherwise
 * (absentFigure); without units every missing figure is not applicable.
 */
export function mergeByGroup<M extends string>(
  results: Partial<Record<M, KpiResultLike | null | undefined>>,
  units: Partial<Record<M, KpiUnit>> = {},
): { id: string; label: string; dimension: string; figures: Record<M, Figure> }[] {
  const measures = Object.keys(results) as M[];
  const rows = new Map<string, { id: string; label: string; dimension: string; figures: Record<M, Figure> }>();
  for (const m of measures) {
    const result = results[m];
    if (!result) continue;
    for (const g of groups(result)) {
      let row = rows.get(g.id);
      if (!row) {
        row = { id: g.id, label: g.label, dimension: g.dimension, figures: {} as Record<M, Figure> };
        rows.set(g.id, row);
      }
      row.figures[m] = g.current;
    }
  }
  // A measure without a result (no data for the year, e.g. enrolments not yet known) does not apply;
  // a group missing from a result it has is 0 for a count.
  const na: Figure = { value: null, status: 'NOT_APPLICABLE' };
  for (const row of rows.values()) for (const m of measures) row.figures[m] ??= results[m] ? absentFigure(units[m]) : na;
  return [...rows.values()];
}

export const totalFigure = (result: KpiResultLike | null | undefined): Figure =>
  result ? figure(result.total.value, result.total.status) : { value: null, status: 'NOT_APPLICABLE' };
export const totalPrevious = (result: KpiResultLike | null | undefined): Figure =>
  result ? figure(result.total.comparisonValue, result.total.comparisonStatus) : { value: null, status: 'NOT_APPLICABLE' };

/** Some value of the result is rounded for privacy (shown with the rounding legend). */
export function hasRounded(result: KpiResultLike | null | undefined): boolean {
  if (!result) return false;
  return [...result.rows, result.total].some((r) => r.status === 'ROUNDED' || r.comparisonStatus === 'ROUNDED');
}

export function hasSuppressed(result: KpiResultLike | null | undefined): boolean {
  if (!result) return false;
  return [...result.rows, result.total].some((r) => r.status === 'SUPPRESSED' || r.comparisonStatus === 'SUPPRESSED');
}

/** A row of a bar chart: the group and one numeric field per series (+ optional `<key>Text`). */
export interface BarRow {
  id: string;
  label: string;
  [key: string]: string | number | null;
}
