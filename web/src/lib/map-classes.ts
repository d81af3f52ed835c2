import { scaleQuantile, scaleThreshold } from 'd3-scale';
import type { KpiUnit } from './kpi';

// The classes of a choropleth and its legend, from d3-scale: quantile cut points (about as many
// regions per class), rounded to nice numbers, then a threshold scale. Values are classed as the
// screen shows them (whole counts, one decimal for rates and days), so every class is a closed
// range of shown values: "1 – 4", "5 – 9", … — distinct, not overlapping, together covering every
// value given (pass every value shown: map regions and table rows such as Wallonia).

export interface MapClass {
  /** Lowest and highest value shown in the class (equal for a class of one value). */
  lo: number;
  hi: number;
}

export interface MapClasses {
  classes: MapClass[];
  /** The class index of a value (null: no class, no value). */
  classOf: (value: number | null) => number | null;
}

/** The step between two shown values: 1 for whole counts, 0.1 otherwise. */
function stepOf(values: number[], unit: KpiUnit): number {
  return unit === 'COUNT' && values.every(Number.isInteger) ? 1 : 0.1;
}

const shown = (v: number, step: number) => (step === 1 ? Math.round(v) : Math.round(v * 10) / 10);

/** A nice number at or above x: two significant digits (4871 → 4900), whole for whole steps. */
function niceUp(x: number, step: number): number {
  if (x <= 0) return shown(x, step);
  const magnitude = 10 ** (Math.floor(Math.log10(x)) - 1);
  const unit = Math.max(magnitude, step);
  return shown(Math.ceil(x / unit - 1e-9) * unit, step);
}

export function mapClasses(values: readonly number[], unit: KpiUnit, n = 5): MapClasses {
  const step = stepOf(values.filter(Number.isFinite), unit);
  const data = values.filter(Number.isFinite).map((v) => shown(v, step));
  const distinct = [...new Set(data)].sort((a, b) => a - b);
  if (distinct.length === 0) return { classes: [], classOf: () => null };
  const min = distinct[0]!;
  const max = distinct.at(-1)!;

  let thresholds: number[];
  if (distinct.length <= n) {
    // Few values: one class each.
    thresholds = distinct.slice(1);
  } else {
    const cuts = scaleQuantile<number>().domain(data).range([...Array(n).keys()]).quantiles();
    thresholds = [];
    for (const cut of cuts) {
      const t = niceUp(cut, step);
      // A threshold must leave a value below it (in the class before) and be above the last one.
      if (t > min && t <= max && (thresholds.length === 0 || t > thresholds.at(-1)!)) thresholds.push(t);
    }
  }
  const scale = scaleThreshold<number, number>().domain(thresholds).range([...Array(thresholds.length + 1).keys()]);
  const bounds = [min, ...thresholds];
  const classes = bounds.map((lo, i) => {
    const next = bounds[i + 1];
    const hi = next === undefined ? max : shown(next - step, step);
    return { lo, hi };
  });
  return { classes, classOf: (value) => (value === null || !Number.isFinite(value) ? null : scale(shown(value, step))) };
}
