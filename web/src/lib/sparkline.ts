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
  return coordinates(points, width, height, pad)
    .flatMap((c) => (c ? [`${c.x},${c.y}`] : []))
    .join(' ');
}

/**
 * Where the point at `index` (the selected school year) sits on the line drawn by
 * sparklinePoints, for a marker; null when there is no line or that year has no value.
 */
export function sparklineMarker(points: readonly SparkPoint[], index: number, width: number, height: number, pad = 4): { x: number; y: number } | null {
  return coordinates(points, width, height, pad)[index] ?? null;
}

function coordinates(points: readonly SparkPoint[], width: number, height: number, pad: number): ({ x: number; y: number } | null)[] {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 2) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return points.map((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) return null;
    const y = max === min ? height / 2 : pad + ((max - p.value) / (max - min)) * (height - 2 * pad);
    return { x: round(pad + i * step), y: round(y) };
  });
}
