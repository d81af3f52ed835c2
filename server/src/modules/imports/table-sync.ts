import type Database from 'better-sqlite3';

// Upserts by natural key without a SELECT per row: the table's current rows are read once into a
// map, each incoming row is compared with its stored twin, and only differences are written. That
// keeps ids stable, makes a second import of the same data write nothing, and yields the counts.

export type SqlValue = string | number | null;
export type SqlRow = Record<string, SqlValue>;
export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

export interface TableSyncOptions {
  table: string;
  /** Columns written by the import, the natural-key columns included. */
  columns: readonly string[];
  /** The natural key of a row, built from its column values. */
  keyOf: (row: SqlRow) => string;
  /** The integer primary key; it may be one of `columns` (mentor_personal_data.mentor_id). */
  idColumn?: string;
}

/** R: the row the import writes (import-state.ts derives it from the Drizzle table). */
export class TableSync<R extends SqlRow = SqlRow> {
  readonly rows = new Map<string, R & { id: number }>();
  private readonly idColumn: string;
  private insertStatement?: Database.Statement;
  private updateStatement?: Database.Statement;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly options: TableSyncOptions,
  ) {
    this.idColumn = options.idColumn ?? 'id';
    const selected = [...new Set([this.idColumn, ...options.columns])].join(', ');
    for (const row of sqlite.prepare(`select ${selected} from ${options.table}`).all() as SqlRow[]) {
      row.id = Number(row[this.idColumn]);
      // The select read exactly the columns of R (and the id).
      this.rows.set(options.keyOf(row), row as R & { id: number });
    }
  }

  get(key: string): (R & { id: number }) | undefined {
    return this.rows.get(key);
  }

  idOf(key: string): number | undefined {
    return this.rows.get(key)?.id;
  }

  /** The id of a row the validation found (stored, or written earlier in this import). */
  requireId(key: string): number {
    const id = this.rows.get(key)?.id;
    if (id === undefined) throw new Error(`${this.options.table}: no row with key "${key}", though the validation found one`);
    return id;
  }

  upsert(row: R): { id: number; outcome: UpsertOutcome } {
    const { columns, table } = this.options;
    const key = this.options.keyOf(row);
    const stored = this.rows.get(key);
    const values = columns.map((c) => row[c] ?? null);
    if (!stored) {
      this.insertStatement ??= this.sqlite.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      const info = this.insertStatement.run(values);
      const id = Number(columns.includes(this.idColumn) ? row[this.idColumn] : info.lastInsertRowid);
      this.rows.set(key, { ...row, id });
      return { id, outcome: 'inserted' };
    }
    if (columns.every((c, i) => stored[c] === values[i])) return { id: stored.id, outcome: 'unchanged' };
    this.updateStatement ??= this.sqlite.prepare(
      `update ${table} set ${columns.map((c) => `${c} = ?`).join(', ')} where ${this.idColumn} = ?`,
    );
    this.updateStatement.run([...values, stored.id]);
    this.rows.set(key, { ...row, id: stored.id });
    return { id: stored.id, outcome: 'updated' };
  }
}

/**
 * A multi-valued cell stored as link rows (an enterprise's PC numbers, a recognition's rejection
 * reasons): the set in the file replaces the stored set.
 */
export class LinkSetSync {
  readonly sets = new Map<number, Set<string>>();
  private insertStatement: Database.Statement;
  private deleteStatement: Database.Statement;

  constructor(
    sqlite: Database.Database,
    private readonly options: { table: string; ownerColumn: string; valueColumn: string },
  ) {
    const { table, ownerColumn, valueColumn } = options;
    for (const row of sqlite.prepare(`select ${ownerColumn} as owner, ${valueColumn} as value from ${table}`).all() as {
      owner: number;
      value: string;
    }[]) {
      let set = this.sets.get(row.owner);
      if (!set) this.sets.set(row.owner, (set = new Set()));
      set.add(row.value);
    }
    this.insertStatement = sqlite.prepare(`insert into ${table} (${ownerColumn}, ${valueColumn}) values (?, ?)`);
    this.deleteStatement = sqlite.prepare(`delete from ${table} where ${ownerColumn} = ? and ${valueColumn} = ?`);
  }

  /** Returns whether anything changed. */
  replace(owner: number, values: readonly string[]): boolean {
    const stored = this.sets.get(owner) ?? new Set<string>();
    const wanted = new Set(values);
    let changed = false;
    for (const value of stored) {
      if (!wanted.has(value)) {
        this.deleteStatement.run(owner, value);
        changed = true;
      }
    }
    for (const value of wanted) {
      if (!stored.has(value)) {
        this.insertStatement.run(owner, value);
        changed = true;
      }
    }
    this.sets.set(owner, wanted);
    return changed;
  }
}
