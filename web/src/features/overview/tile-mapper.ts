import { change, figure, trendPoints, type Figure, type KpiResultLike, type KpiRowLike, type TrendPoint } from '../../lib/kpi';

export interface TileModel {
  current: Figure;
  previous: Figure;
  change: ReturnType<typeof change>;
  trend: TrendPoint[];
  /** Direction for the arrow: up, down or flat; null without a comparison. */
  direction: 'up' | 'down' | 'flat' | null;
}

/** A headline tile: this year's total, the previous year's, the change and the trend line. */
export function tileModel(result: { total: Omit<KpiRowLike, 'keys'> }, trend: Pick<KpiResultLike, 'rows'> | null | undefined): TileModel {
  const current = figure(result.total.value, result.total.status);
  const previous = figure(result.total.comparisonValue, result.total.comparisonStatus);
  const c = change(current, previous);
  return {
    current,
    previous,
    change: c,
    trend: trend ? trendPoints(trend) : [],
    direction: c === null ? null : c.absolute > 0 ? 'up' : c.absolute < 0 ? 'down' : 'flat',
  };
}
