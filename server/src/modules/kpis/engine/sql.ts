import type { Statement } from 'better-sqlite3';
import { ALL_YEARS, CHANGE_MARK_RULES, movedMarks, NEW_ROW, readChangeMarks, type ChangeMarks } from '../../../db/change-marks.js';
import type { Db } from '../../../db/client.js';
import { FILTER_DIMENSIONS, type FactDimension, type FactSource, type KpiFilter, type Period } from './types.js';

// Turns a fact source, a period, a filter and group-by keys into one SQL statement. Only the
// joins a key, filter or unit needs are added; filter values are bound as JSON arrays so the SQL
// text (and its prepared statement) depends on which filters are set, never on their values.

/** Group key of a record without a value for the dimension (no PC number, no recognition, ...). */
export const NONE_KEY = 'NONE';

export interface FactQueryInput {
  source: FactSource;
  period: Period;
  filter: KpiFilter;
  keys: FactDimension[];
  /** Extra condition of the measure (e.g. automatic approvals only). */
  where?: string;
  /** Joins the measure's unit or condition needs. */
  joins?: string[];
}

/** Dimensions the source cannot answer among these keys and set filters (none: the query can run). */
export function missingDimensions(source: FactSource, keys: FactDimension[], filter: KpiFilter): FactDimension[] {
  const needed = new Set<FactDimension>(keys);
  for (const [name, dim] of Object.entries(FILTER_DIMENSIONS) as [keyof KpiFilter, FactDimension][]) {
    if (filter[name]?.length) needed.add(dim);
  }
  return [...needed].filter((d) => !source.dims[d]);
}

function joinClause(source: FactSource, wanted: Iterable<string>): { sql: string; toOne: boolean } {
  const byName = new Map(source.joins.map((j) => [j.name, j]));
  const include = new Set<string>();
  const visit = (name: string) => {
    if (include.has(name)) return;
    const join = byName.get(name);
    if (!join) throw new Error(`unknown join ${name}`);
    include.add(name);
    join.needs?.forEach(visit);
  };
  for (const name of wanted) visit(name);
  // Source order, so a join always follows the joins it refers to.
  const included = source.joins.filter((j) => include.has(j.name));
  return { sql: included.map((j) => j.sql).join('\n'), toOne: included.every((j) => j.toOne) };
}

/**
 * FROM … WHERE … of the facts, with the select list of the group keys as k0, k1, … `oneRowPerFact`:
 * every join included is to-one, so the source's rowKey is unique over the rows of the body.
 */
export function factQuery(input: FactQueryInput): {
  keySelect: string[];
  body: string;
  params: Record<string, unknown>;
  oneRowPerFact: boolean;
} {
  const { source, period, filter, keys } = input;
  const joins = new Set(input.joins ?? []);
  const conditions = [`(${source.where})`];
  const params: Record<string, unknown> = {
    start: period.start,
    end: period.end,
    reportingDate: period.reportingDate,
    years: JSON.stringify(period.years),
    asOf: period.asOf,
  };
  for (const [name, dim] of Object.entries(FILTER_DIMENSIONS) as [keyof KpiFilter, FactDimension][]) {
    const values = filter[name];
    if (!values?.length) continue;
    const expr = source.dims[dim];
    if (!expr) throw new Error(`filter ${name} does not apply`);
    expr.joins.forEach((j) => joins.add(j));
    conditions.push(`${expr.expr} IN (SELECT value FROM json_each(@f_${name}))`);
    params[`f_${name}`] = JSON.stringify(values);
  }
  if (input.where) conditions.push(`(${input.where})`);
  const keySelect = keys.map((dim, i) => {
    const expr = source.dims[dim];
    if (!expr) throw new Error(`dimension ${dim} does not apply`);
    expr.joins.forEach((j) => joins.add(j));
    return `COALESCE(${expr.expr}, '${NONE_KEY}') AS k${i}`;
  });
  const joined = joinClause(source, joins);
  const body = `FROM ${source.from}\n${joined.sql}\nWHERE ${conditions.join('\n  AND ')}`;
  return { keySelect, body, params, oneRowPerFact: joined.toOne };
}

interface CachedResult {
  rows: unknown[];
  /** The data tables the statement reads. */
  tables: readonly string[];
  /** Last day of the period the statement measures (its @end); null: no period (labels, years). */
  end: string | null;
}

interface ConnectionCache {
  statements: Map<string, Statement>;
  version: string;
  /** `table|school_year` → version of the change marks, as last read; null: never read. */
  marks: ChangeMarks | null;
  results: Map<string, CachedResult>;
  stats: CacheStats;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Results dropped because a change touched what they read. */
  dropped: number;
}

const caches = new WeakMap<object, ConnectionCache>();
const MAX_CACHED_RESULTS = 5_000;
const tablesBySql = new Map<string, readonly string[]>();

/** The data tables named in a statement (a name that only looks like one costs a needless drop, never a stale figure). */
function tablesOf(sql: string): readonly string[] {
  let tables = tablesBySql.get(sql);
  if (!tables) {
    tables = Object.keys(CHANGE_MARK_RULES).filter((t) => new RegExp(`\\b${t}\\b`).test(sql));
    tablesBySql.set(sql, tables);
  }
  return tables;
}

function statementOf(db: Db, cache: ConnectionCache, sql: string): Statement {
  let statement = cache.statements.get(sql);
  if (!statement) {
    statement = db.sqlite.prepare(sql);
    cache.statements.set(sql, statement);
  }
  return statement;
}

/**
 * Changes whenever the data may have changed: data_version moves on commits of other connections
 * (another process importing), total_changes() on writes through this one.
 */
function dataVersion(db: Db, cache: ConnectionCache): string {
  const changes = (statementOf(db, cache, 'SELECT total_changes() AS changes').get() as { changes: number }).changes;
  return `${db.sqlite.pragma('data_version', { simple: true }) as number}:${changes}`;
}

function readMarks(db: Db): ChangeMarks | null {
  try {
    return readChangeMarks(db.sqlite);
  } catch {
    // A database without the marks (not migrated): every change drops every result.
    return null;
  }
}

/** Whether a change marked on `table` from `schoolYear` on (db/change-marks.ts) can alter a result. */
export function touches(result: Pick<CachedResult, 'tables' | 'end'>, table: string, schoolYear: string): boolean {
  if (!result.tables.includes(table)) return false;
  if (schoolYear === ALL_YEARS || result.end === null) return true;
  if (schoolYear === NEW_ROW) return false;
  return result.end >= `${schoolYear}-09-01`;
}

/** Drops the results a change since the last look touched; all of them when that is unknown. */
function invalidate(db: Db, cache: ConnectionCache): void {
  const marks = readMarks(db);
  const before = cache.marks;
  cache.marks = marks;
  // Marks removed (`DELETE FROM data_change_marks`, e.g. by a benchmark): nothing can be kept.
  if (!marks || !before || [...before.keys()].some((key) => !marks.has(key))) {
    cache.stats.dropped += cache.results.size;
    cache.results.clear();
    return;
  }
  const changed = movedMarks(before, marks);
  if (changed.length === 0) return;
  for (const [key, result] of cache.results) {
    if (changed.some(([table, year]) => touches(result, table, year))) {
      cache.results.delete(key);
      cache.stats.dropped++;
    }
  }
}

function cacheOf(db: Db): ConnectionCache {
  let cache = caches.get(db.sqlite);
  if (!cache) {
    cache = { statements: new Map(), version: '', marks: null, results: new Map(), stats: { hits: 0, misses: 0, dropped: 0 } };
    caches.set(db.sqlite, cache);
  }
  return cache;
}

/** Hits, misses and drops of this connection's result cache so far (tests, benchmarks). */
export function cacheStats(db: Db): CacheStats {
  return { ...cacheOf(db).stats };
}

let recorder: string[] | null = null;

/** The statements `fn` runs through `all`, cached or not, in order (the SQL snapshot test). */
export function recordStatements<T>(fn: () => T): { result: T; statements: string[] } {
  const outer = recorder;
  const statements: string[] = [];
  recorder = statements;
  try {
    return { result: fn(), statements };
  } finally {
    recorder = outer;
  }
}

/**
 * Runs a SELECT through a prepared statement cached per connection. Results are kept until a
 * change touches what they read (docs/kpi-cache.md): the tables named in the statement, from the
 * school year of the change on. A dashboard asking the same figures again is answered from memory.
 */
export function all<T>(db: Db, sql: string, params: Record<string, unknown>): T[] {
  recorder?.push(sql);
  const cache = cacheOf(db);
  const version = dataVersion(db, cache);
  if (version !== cache.version) {
    cache.version = version;
    invalidate(db, cache);
  }
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const cached = cache.results.get(key);
  if (cached) {
    cache.stats.hits++;
    return cached.rows as T[];
  }
  cache.stats.misses++;
  const rows = statementOf(db, cache, sql).all(params) as T[];
  if (cache.results.size >= MAX_CACHED_RESULTS) cache.results.clear();
  cache.results.set(key, { rows, tables: tablesOf(sql), end: typeof params.end === 'string' ? params.end : null });
  return rows;
}
