// The overview tiles' trend line as plain SVG coordinates: a sparkline needs no axis, tooltip or
// legend, so it does without the chart library (recharts stays on the views with real charts
// and out of the JavaScript loaded before the first KPI).

export interface SparkPoint {
  value: number | null;
}

/**
 * The points of a polyline in a `width` × `height` box with `pad` on every side: x evenly spread
 * over the points (a missing year keeps its place), y from the smallest value (bottom) to the
 * largest (top); a flat series sits in the middle. Missing values are left out, so the line joins
 * its neighbours (as recharts' `connectNulls` did). Empty with fewer than two values.
 */
export function sparklinePoints(points: readonly SparkPoint[], width: number, height: number, pad = 4): string {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return points
    .flatMap((p, i) => {
      if (p.value === null || !Number.isFinite(p.value)) return [];
      const y = max === min ? height / 2 : pad + ((max - p.value) / (max - min)) * (height - 2 * pad);
      return [`${round(pad + i * step)},${round(y)}`];
    })
    .join(' ');
}
