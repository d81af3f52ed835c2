import type { Db } from '../../../db/client.js';
import { all, factQuery, missingDimensions } from './sql.js';
import type { CountCalc, FactDimension, KpiFilter, MeasureDefinition, Period, UnitsWithFacts } from './types.js';

// Evaluates one measure for one period: a value per group and the result's own total, where a
// unit that sits in several groups counts once (DOMAIN.md "Distinct counts and totals").

export interface RawValue {
  keys: string[];
  value: number | null;
  /** Ratio parts, kept for disclosure control. */
  numerator?: number;
  denominator?: number;
}

export interface Evaluation {
  rows: Map<string, RawValue>;
  total: RawValue;
}

export const keyOf = (keys: string[]) => JSON.stringify(keys);

type Row = Record<string, string | number | null>;

/** Dimensions among keys and filters that some fact source of the measure cannot answer. */
export function measureMissingDimensions(measure: MeasureDefinition, keys: FactDimension[], filter: KpiFilter): FactDimension[] {
  const calc = measure.calc;
  if (calc.kind === 'ratio') {
    const ignored = new Set(calc.denominatorIgnores ?? []);
    return [
      ...new Set([
        ...measureMissingDimensions(calc.numerator, keys, filter),
        ...measureMissingDimensions(calc.denominator, keys.filter((k) => !ignored.has(k)), filter),
      ]),
    ];
  }
  return missingDimensions(calc.source, keys, filter);
}

function rowKeys(row: Row, count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(row[`k${i}`]));
}

function toEvaluation(rows: Row[], keyCount: number, total: number | null): Evaluation {
  const map = new Map<string, RawValue>();
  for (const row of rows) {
    const keys = rowKeys(row, keyCount);
    map.set(keyOf(keys), { keys, value: row.v === null ? null : Number(row.v) });
  }
  return { rows: map, total: { keys: [], value: total } };
}

/** The distinct total of a count as units having at least one fact (CountCalc.total). */
function unitsWithFacts(via: UnitsWithFacts, calc: CountCalc, period: Period, filter: KpiFilter): string {
  const source = via.factFrom ? { ...calc.source, from: via.factFrom } : calc.source;
  const facts = factQuery({ source, period, filter, keys: [], where: calc.where, joins: via.joins ?? calc.joins });
  const counts = Object.entries(via.counts).map(([name, aggregate]) => `${aggregate} AS ${name}`);
  return `SELECT ${counts.join(', ')}\nFROM ${via.from}\nWHERE EXISTS (SELECT 1\n${facts.body}\n  AND ${via.link})`;
}

export function evaluate(db: Db, measure: MeasureDefinition, period: Period, filter: KpiFilter, keys: FactDimension[]): Evaluation {
  const calc = measure.calc;
  const groupList = keys.map((_, i) => `k${i}`).join(', ');

  if (calc.kind === 'count') {
    const grouped = factQuery({ source: calc.source, period, filter, keys, where: calc.where, joins: calc.joins });
    const plain = factQuery({ source: calc.source, period, filter, keys: [], where: calc.where, joins: calc.joins });
    // A fact's own key over to-one joins is already distinct.
    const counted = (q: { oneRowPerFact: boolean }) =>
      calc.unit === calc.source.rowKey && q.oneRowPerFact ? 'COUNT(*)' : `COUNT(DISTINCT ${calc.unit})`;
    const rows = keys.length
      ? all<Row>(db, `SELECT ${grouped.keySelect.join(', ')}, ${counted(grouped)} AS v\n${grouped.body}\nGROUP BY ${groupList}`, grouped.params)
      : [];
    const total = calc.total
      ? all<Row>(db, unitsWithFacts(calc.total, calc, period, filter), plain.params)[0]?.[calc.total.unit]
      : all<Row>(db, `SELECT ${counted(plain)} AS v\n${plain.body}`, plain.params)[0]?.v;
    return toEvaluation(rows, keys.length, Number(total ?? 0));
  }

  if (calc.kind === 'sum') {
    // DISTINCT first: a row joined to several groups adds once to each group and once to the total.
    const grouped = factQuery({ source: calc.source, period, filter, keys, where: calc.where, joins: calc.joins });
    const plain = factQuery({ source: calc.source, period, filter, keys: [], where: calc.where, joins: calc.joins });
    const rows = keys.length
      ? all<Row>(
          db,
          `SELECT ${groupList}, SUM(x) AS v FROM (SELECT DISTINCT ${grouped.keySelect.join(', ')}, ${calc.rowKey} AS rk, ${calc.expr} AS x\n${grouped.body})\nGROUP BY ${groupList}`,
          grouped.params,
        )
      : [];
    const total = all<Row>(db, `SELECT SUM(x) AS v FROM (SELECT DISTINCT ${calc.rowKey} AS rk, ${calc.expr} AS x\n${plain.body})`, plain.params)[0]?.v;
    return toEvaluation(rows, keys.length, Number(total ?? 0));
  }

  if (calc.kind === 'median') {
    const median = (k: FactDimension[]) => {
      const q = factQuery({ source: calc.source, period, filter, keys: k, where: calc.where, joins: calc.joins });
      const list = k.map((_, i) => `k${i}`).join(', ');
      const partition = k.length ? `PARTITION BY ${list}` : '';
      return all<Row>(
        db,
        `WITH f AS (SELECT DISTINCT ${[...q.keySelect, `${calc.unit} AS u`, `${calc.expr} AS x`].join(', ')}\n${q.body}),
o AS (SELECT f.*, ROW_NUMBER() OVER (${partition} ORDER BY x) AS rn, COUNT(*) OVER (${partition}) AS n FROM f)
SELECT ${k.length ? `${list}, ` : ''}AVG(x) AS v FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2)${k.length ? ` GROUP BY ${list}` : ''}`,
        q.params,
      );
    };
    const rows = keys.length ? median(keys) : [];
    const total = median([])[0]?.v ?? null;
    return toEvaluation(rows, keys.length, total === null ? null : Number(total));
  }

  // Ratio: 100 × numerator / denominator, per group and for the total.
  const ignored = new Set(calc.denominatorIgnores ?? []);
  const denominatorKeys = keys.filter((k) => !ignored.has(k));
  const numerator = evaluate(db, calc.numerator, period, filter, keys);
  const denominator = evaluate(db, calc.denominator, period, filter, denominatorKeys);
  const project = (k: string[]) => keyOf(k.filter((_, i) => !ignored.has(keys[i] as FactDimension)));
  const ratio = (keysOfRow: string[], num: number, den: number): RawValue => ({
    keys: keysOfRow,
    value: den > 0 ? (100 * num) / den : null,
    numerator: num,
    denominator: den,
  });
  const rows = new Map<string, RawValue>();
  const allKeys = new Map<string, string[]>();
  for (const r of numerator.rows.values()) allKeys.set(keyOf(r.keys), r.keys);
  if (ignored.size === 0) for (const r of denominator.rows.values()) allKeys.set(keyOf(r.keys), r.keys);
  for (const [k, keysOfRow] of allKeys) {
    const num = numerator.rows.get(k)?.value ?? 0;
    const den = denominatorKeys.length ? (denominator.rows.get(project(keysOfRow))?.value ?? 0) : (denominator.total.value ?? 0);
    rows.set(k, ratio(keysOfRow, num, den));
  }
  return { rows, total: ratio([], numerator.total.value ?? 0, denominator.total.value ?? 0) };
}

/** The value of a group absent from an evaluation: zero for counts, nothing to say for the rest. */
export function absentValue(measure: MeasureDefinition, keys: string[]): RawValue {
  const kind = measure.calc.kind;
  if (kind === 'count' || kind === 'sum') return { keys, value: 0 };
  if (kind === 'ratio') return { keys, value: null, numerator: 0, denominator: 0 };
  return { keys, value: null };
}
