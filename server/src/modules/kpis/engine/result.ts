import { schoolYearEnd, schoolYearStart, type KpiNote } from '@duaal/shared';
import type { Db } from '../../../db/client.js';
import { disclose, type DisclosureControl } from './disclosure.js';
import { absentValue, evaluate, keyOf, measureMissingDimensions, type Evaluation, type RawValue } from './evaluate.js';
import { dimensionLabels, type DimensionLabels } from './labels.js';
import type {
  FactDimension,
  KpiDefinition,
  KpiDimension,
  KpiFilter,
  KpiResult,
  KpiRow,
  MeasureDefinition,
  Period,
} from './types.js';

// Builds the contract's KpiResult: rows per group with the comparison year matched by key, the
// distinct total, Dutch labels, value statuses and notes as codes; every value passes through disclose().

export function schoolYearPeriod(year: string, asOf: string): Period {
  return { start: schoolYearStart(year), end: schoolYearEnd(year), reportingDate: schoolYearEnd(year), years: [year], asOf };
}

/** Several school years as one period: the trend's total counts a unit once over all of them. */
export function yearsPeriod(years: string[], asOf: string): Period {
  const last = years.at(-1) as string;
  return { start: schoolYearStart(years[0] as string), end: schoolYearEnd(last), reportingDate: schoolYearEnd(last), years, asOf };
}

export interface ComputeOptions {
  kpi: KpiDefinition;
  measure: MeasureDefinition;
  filter: KpiFilter;
  groupBy: KpiDimension[];
  /** Disclosure control (policymakers); null: values as computed. */
  disclosure: DisclosureControl | null;
  asOf: string;
}

function sourceLabels(measure: MeasureDefinition, dim: FactDimension): Readonly<Record<string, string>> | undefined {
  const calc = measure.calc;
  if (calc.kind === 'ratio') return sourceLabels(calc.numerator, dim) ?? sourceLabels(calc.denominator, dim);
  return calc.source.dims[dim]?.labels;
}

function notApplicable(opts: ComputeOptions, schoolYear: string, compareWith: string | null, missing: FactDimension[]): KpiResult {
  const note: KpiNote = { code: 'DIMENSION_NOT_APPLICABLE', params: { kpi: opts.kpi.id, measure: opts.measure.id, dimensions: missing } };
  return {
    kpi: opts.kpi,
    measure: opts.measure.id,
    schoolYear,
    compareWith,
    groupBy: opts.groupBy,
    rows: [],
    total: {
      keys: [],
      value: null,
      comparisonValue: null,
      status: 'NOT_APPLICABLE',
      comparisonStatus: compareWith ? 'NOT_APPLICABLE' : null,
      note,
    },
  };
}

interface Series {
  /** Evaluation keyed by the fact dimensions, plus the school year to insert (null: none). */
  evaluation: Evaluation;
  schoolYear: string | null;
}

/** Positions: the fact keys in groupBy order, with SCHOOL_YEAR where it was asked for. */
function layout(groupBy: KpiDimension[]) {
  const factKeys = groupBy.filter((d): d is FactDimension => d !== 'SCHOOL_YEAR');
  const yearIndex = groupBy.indexOf('SCHOOL_YEAR');
  return { factKeys, yearIndex };
}

function withYear(keys: string[], yearIndex: number, year: string | null): string[] {
  if (yearIndex < 0 || year === null) return keys;
  return [...keys.slice(0, yearIndex), year, ...keys.slice(yearIndex)];
}

function buildRows(
  db: Db,
  opts: ComputeOptions,
  current: Series[],
  comparison: Evaluation | null,
): KpiRow[] {
  const { factKeys, yearIndex } = layout(opts.groupBy);
  const cells = new Map<string, { keys: string[]; current: RawValue; comparison: RawValue | null }>();
  for (const series of current) {
    const source = factKeys.length ? [...series.evaluation.rows.values()] : [series.evaluation.total];
    const seen = new Set<string>();
    for (const raw of source) {
      const keys = withYear(raw.keys, yearIndex, series.schoolYear);
      seen.add(keyOf(raw.keys));
      const matched = !comparison
        ? null
        : factKeys.length
          ? (comparison.rows.get(keyOf(raw.keys)) ?? absentValue(opts.measure, raw.keys))
          : comparison.total;
      cells.set(keyOf(keys), { keys, current: raw, comparison: matched });
    }
    // Groups found only in the comparison year still get a row (with this year's value 0 / n.a.).
    if (comparison && factKeys.length) {
      for (const raw of comparison.rows.values()) {
        if (seen.has(keyOf(raw.keys))) continue;
        const keys = withYear(raw.keys, yearIndex, series.schoolYear);
        cells.set(keyOf(keys), { keys, current: absentValue(opts.measure, raw.keys), comparison: raw });
      }
    }
  }

  const labels: DimensionLabels[] = opts.groupBy.map((dim, i) =>
    dimensionLabels(
      db,
      dim,
      [...cells.values()].map((c) => c.keys[i] as string),
      dim === 'SCHOOL_YEAR' ? undefined : sourceLabels(opts.measure, dim),
    ),
  );
  const rows = [...cells.values()].sort((a, b) => {
    for (let i = 0; i < labels.length; i++) {
      const order = (labels[i] as DimensionLabels).compare(a.keys[i] as string, b.keys[i] as string);
      if (order) return order;
    }
    return 0;
  });
  return rows.map((c) => {
    const cell = disclose(opts.measure, c.current, opts.disclosure);
    const comparisonCell = c.comparison ? disclose(opts.measure, c.comparison, opts.disclosure) : null;
    return {
      keys: c.keys.map((id, i) => ({ dimension: opts.groupBy[i] as KpiDimension, id, label: (labels[i] as DimensionLabels).label(id) })),
      value: cell.value,
      comparisonValue: comparisonCell?.value ?? null,
      status: cell.status,
      comparisonStatus: comparisonCell?.status ?? null,
      note: cell.note ?? comparisonCell?.note ?? null,
    };
  });
}

function totalRow(opts: ComputeOptions, current: RawValue, comparison: RawValue | null): KpiRow {
  const cell = disclose(opts.measure, current, opts.disclosure);
  const comparisonCell = comparison ? disclose(opts.measure, comparison, opts.disclosure) : null;
  return {
    keys: [],
    value: cell.value,
    comparisonValue: comparisonCell?.value ?? null,
    status: cell.status,
    comparisonStatus: comparisonCell?.status ?? null,
    note: cell.note ?? comparisonCell?.note ?? null,
  };
}

/** A school year's period, ending early at `until` (same rules; the reporting date stays the year's end). */
function cutPeriod(year: string, asOf: string, until: string | null | undefined): Period {
  const period = schoolYearPeriod(year, asOf);
  return until && until < period.end ? { ...period, end: until } : period;
}

/**
 * One school year, optionally compared with another computed by the same rules; with `cut`, both
 * periods end early (the running year up to today against the same days of the comparison year).
 */
export function computeYear(
  db: Db,
  opts: ComputeOptions,
  schoolYear: string,
  compareWith: string | null,
  cut: { until: string; comparisonUntil: string | null } | null = null,
): KpiResult {
  const { factKeys } = layout(opts.groupBy);
  const missing = measureMissingDimensions(opts.measure, factKeys, opts.filter);
  if (missing.length) return notApplicable(opts, schoolYear, compareWith, missing);
  const current = evaluate(db, opts.measure, cutPeriod(schoolYear, opts.asOf, cut?.until), opts.filter, factKeys);
  const comparison = compareWith ? evaluate(db, opts.measure, cutPeriod(compareWith, opts.asOf, cut?.comparisonUntil), opts.filter, factKeys) : null;
  return {
    ...(cut ? { periodEnd: cut.until, comparisonPeriodEnd: compareWith ? cut.comparisonUntil : null } : {}),
    kpi: opts.kpi,
    measure: opts.measure.id,
    schoolYear,
    compareWith,
    groupBy: opts.groupBy,
    rows: buildRows(db, opts, [{ evaluation: current, schoolYear }], comparison),
    total: totalRow(opts, current.total, comparison?.total ?? null),
  };
}

/** Every given school year, rows keyed by SCHOOL_YEAR first; the total counts a unit once over all. */
export function computeTrend(db: Db, opts: ComputeOptions, years: string[], withTotal = true): KpiResult {
  const trendOpts: ComputeOptions = { ...opts, groupBy: ['SCHOOL_YEAR', ...opts.groupBy.filter((d) => d !== 'SCHOOL_YEAR')] };
  const { factKeys } = layout(trendOpts.groupBy);
  const last = years.at(-1) as string;
  const missing = measureMissingDimensions(opts.measure, factKeys, opts.filter);
  if (missing.length) return notApplicable(trendOpts, last, null, missing);
  const series = years.map((year) => ({
    evaluation: evaluate(db, opts.measure, schoolYearPeriod(year, opts.asOf), opts.filter, factKeys),
    schoolYear: year,
  }));
  // Not asked for (a sparkline): a not-applicable total instead of a distinct count over every year.
  const total = withTotal ? evaluate(db, opts.measure, yearsPeriod(years, opts.asOf), opts.filter, []).total : null;
  return {
    kpi: opts.kpi,
    measure: opts.measure.id,
    schoolYear: last,
    compareWith: null,
    groupBy: trendOpts.groupBy,
    rows: buildRows(db, trendOpts, series, null),
    total: total ? totalRow(opts, total, null) : { keys: [], value: null, comparisonValue: null, status: 'NOT_APPLICABLE', comparisonStatus: null, note: null },
  };
}
