import type { Statement } from 'better-sqlite3';
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

interface ConnectionCache {
  statements: Map<string, Statement>;
  version: string;
  results: Map<string, unknown[]>;
}

const caches = new WeakMap<object, ConnectionCache>();
const MAX_CACHED_RESULTS = 5_000;

/**
 * Changes whenever the data may have changed: data_version moves on commits of other connections
 * (another process importing), total_changes() on writes through this one.
 */
function dataVersion(db: Db, cache: ConnectionCache): string {
  let statement = cache.statements.get('version');
  if (!statement) {
    statement = db.sqlite.prepare('SELECT total_changes() AS changes');
    cache.statements.set('version', statement);
  }
  const changes = (statement.get() as { changes: number }).changes;
  return `${db.sqlite.pragma('data_version', { simple: true }) as number}:${changes}`;
}

/**
 * Runs a SELECT through a prepared statement cached per connection. Results are kept until the
 * data changes, so a dashboard asking the same figures again is answered from memory.
 */
export function all<T>(db: Db, sql: string, params: Record<string, unknown>): T[] {
  let cache = caches.get(db.sqlite);
  if (!cache) {
    cache = { statements: new Map(), version: '', results: new Map() };
    caches.set(db.sqlite, cache);
  }
  const version = dataVersion(db, cache);
  if (version !== cache.version || cache.results.size > MAX_CACHED_RESULTS) {
    cache.version = version;
    cache.results.clear();
  }
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const cached = cache.results.get(key);
  if (cached) return cached as T[];
  let statement = cache.statements.get(sql);
  if (!statement) {
    statement = db.sqlite.prepare(sql);
    cache.statements.set(sql, statement);
  }
  const rows = statement.all(params) as T[];
  cache.results.set(key, rows);
  return rows;
}
