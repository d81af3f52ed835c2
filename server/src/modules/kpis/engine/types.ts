import { KPI_FILTERS, type Bilingual, type KpiDimension, type KpiNote, type KpiFilter, type KpiFilterField, type KpiId, type KpiMeasureId } from '@duaal/shared';

// The vocabulary of the KPI engine (docs/kpi-api-contract.md). Ids, measures, dimensions and
// filters are declared once in shared/src/kpi-vocabulary.ts; this file adds the engine's own types.

export {
  KPI_DIMENSIONS,
  KPI_IDS,
  type KpiDimension,
  type KpiFilter,
  type KpiFilterField,
  type KpiId,
  type KpiMeasureId,
} from '@duaal/shared';

/** Dimensions a fact source answers in SQL; SCHOOL_YEAR is the engine's own. */
export type FactDimension = Exclude<KpiDimension, 'SCHOOL_YEAR'>;

/** ROUNDED: a policymaker's person count (or a percentage of them), see engine/disclosure.ts. */
export const VALUE_STATUSES = ['OK', 'ROUNDED', 'SUPPRESSED', 'NOT_APPLICABLE'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export const KPI_UNITS = ['COUNT', 'PERCENT', 'DAYS'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Which dimension each filter restricts. */
export const FILTER_DIMENSIONS = Object.fromEntries(
  Object.entries(KPI_FILTERS).map(([field, spec]) => [field, spec.dimension]),
) as { [F in KpiFilterField]: (typeof KPI_FILTERS)[F]['dimension'] };

/**
 * The days measured and the day whose PC assignments decide the reporting partnership (the last
 * day of the school year measured; for a trend total, the last day of the last year).
 */
export interface Period {
  start: string;
  end: string;
  reportingDate: string;
  /** School years covered (enrolments are stored per school year). */
  years: string[];
  /** "Today": mentors whose deadline has not passed are still pending. */
  asOf: string;
}

/** An optional join of a fact source, included only when a dimension, filter or unit needs it. */
export interface Join {
  name: string;
  sql: string;
  needs?: string[];
  /** At most one row per fact (a join on a primary key), so it never repeats a fact. */
  toOne?: boolean;
}

export interface DimensionExpr {
  /** SQL expression of the group key (a code, never a label). */
  expr: string;
  joins: string[];
  /** Dutch labels of the keys when they are an enumeration; otherwise looked up in the database. */
  labels?: Readonly<Record<string, string>>;
}

/** One kind of stored record, restricted to a period: the rows a measure counts. */
export interface FactSource {
  from: string;
  /**
   * The primary key of the one table in `from`, when that is all `from` holds: a count of it over
   * to-one joins only is COUNT(*), without the temporary B-tree of COUNT(DISTINCT).
   */
  rowKey?: string;
  joins: Join[];
  /** Selects the facts of the period; may use @start, @end, @reportingDate, @years, @asOf. */
  where: string;
  dims: Partial<Record<FactDimension, DimensionExpr>>;
}

interface MeasureBase<I extends string> {
  id: I;
  nameNl: string;
  nameEn: string;
  unit: KpiUnit;
  /** Counts persons (mentors, learners): rounded, and suppressed below the threshold, for policymakers. */
  personCount: boolean;
}

/** COUNT(DISTINCT unit): per group a unit counts in every group it belongs to, in the total once. */
export interface CountCalc {
  kind: 'count';
  source: FactSource;
  unit: string;
  where?: string;
  joins?: string[];
  /** The same total counted over the units' own table: see UnitsWithFacts. */
  total?: UnitsWithFacts;
}

/**
 * A distinct total written as "rows having at least one fact" — `SELECT <counts> FROM from WHERE
 * EXISTS (facts AND link)` — so SQLite walks those rows once, stops at a row's first fact and needs
 * no temporary B-tree over every fact row. Must count exactly what COUNT(DISTINCT unit) over the
 * facts counts.
 */
export interface UnitsWithFacts {
  /** The table whose rows have facts, with its alias, e.g. `mentors u`. */
  from: string;
  /**
   * Aggregates over those rows by name, e.g. `{ mentors: 'COUNT(*)' }` (one row per unit). Measures
   * sharing the same object share one statement: the second is answered from the result cache.
   */
  counts: Readonly<Record<string, string>>;
  /** The name in `counts` that is this measure's total. */
  unit: string;
  /** Ties a fact to the outer row, e.g. `rm.mentor_id = u.id`. */
  link: string;
  /** The facts' FROM as seen from one unit (join order and indexes), when not the source's own. */
  factFrom?: string;
  /** Joins the facts need (default: the measure's joins, which may serve only its unit). */
  joins?: string[];
}
export interface SumCalc {
  kind: 'sum';
  source: FactSource;
  /** Row key making rows distinct before summing, and the summed expression. */
  rowKey: string;
  expr: string;
  where?: string;
  joins?: string[];
}
export interface MedianCalc {
  kind: 'median';
  source: FactSource;
  unit: string;
  expr: string;
  where?: string;
  joins?: string[];
}
/** 100 × numerator / denominator. */
export interface RatioCalc {
  kind: 'ratio';
  numerator: MeasureDefinition;
  denominator: MeasureDefinition;
  /** Dimensions the denominator is not split by (K4 by mandate type: share of all applications). */
  denominatorIgnores?: FactDimension[];
}
export type MeasureCalc = CountCalc | SumCalc | MedianCalc | RatioCalc;

/** A measure; `I` its id (a KPI's own measures carry an id of shared KPI_MEASURES). */
export interface MeasureDefinition<I extends string = string> extends MeasureBase<I> {
  calc: MeasureCalc;
}

export interface KpiDefinition<K extends KpiId = KpiId> {
  id: K;
  nameNl: string;
  nameEn: string;
  unit: KpiUnit;
  definitionNl: string;
  definitionEn: string;
  /** Footnotes shown with the KPI, in Dutch and English. */
  footnotes: Bilingual[];
  measures: MeasureDefinition<KpiMeasureId<K>>[];
  defaultMeasure: KpiMeasureId<K>;
  /** The 2022-2023 annual report's figure, in Dutch and English (number notation of each). */
  publishedFigure: Bilingual | null;
}

export interface GroupKey {
  dimension: KpiDimension;
  id: string;
  label: string;
}

export interface KpiRow {
  keys: GroupKey[];
  value: number | null;
  comparisonValue: number | null;
  status: ValueStatus;
  comparisonStatus: ValueStatus | null;
  /** Why the value (or else the comparison value) has no number; null when both have one. */
  note: KpiNote | null;
}

export interface KpiResult {
  kpi: KpiDefinition;
  measure: string;
  schoolYear: string;
  compareWith: string | null;
  groupBy: KpiDimension[];
  rows: KpiRow[];
  total: KpiRow;
  /** The last day counted when the running year is compared on the same period (else absent). */
  periodEnd?: string | null;
  /** The same day in the comparison year. */
  comparisonPeriodEnd?: string | null;
}
