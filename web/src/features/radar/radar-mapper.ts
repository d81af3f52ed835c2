import type { BarRow } from '../../lib/kpi';
import type { MeasureColumn } from '../../lib/kpi-table';

export const RADAR_MEASURES = ['recognisedEstablishments', 'runningAgreements', 'enrolments', 'unusedCapacity', 'shortage'] as const;
export type RadarMeasure = (typeof RADAR_MEASURES)[number];
/** Supply, use and demand side by side; capacity and shortage are in the table and on the map. */
export const RADAR_CHART_MEASURES = ['recognisedEstablishments', 'runningAgreements', 'enrolments'] as const;

export function radarColumns(labels: Record<RadarMeasure, string>): MeasureColumn<RadarMeasure>[] {
  return RADAR_MEASURES.map((key) => ({ key, label: labels[key], unit: 'COUNT' }));
}

/**
 * The `n` rows with the largest sum of `measures`, largest first (a chart of 300 trainings is
 * unreadable; enrolments exist only for the years the education department published).
 */
export function topRowsBy(rows: BarRow[], measures: readonly string[], n: number): BarRow[] {
  const size = (r: BarRow) => measures.reduce((sum, m) => sum + Number(r[m] ?? 0), 0);
  return [...rows].sort((a, b) => size(b) - size(a)).slice(0, n);
}
