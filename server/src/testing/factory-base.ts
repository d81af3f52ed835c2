import type { InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';

/** One counter for every factory set, so two sets on one database never repeat a key. */
let sequence = 0;
export const next = () => ++sequence;

/** Inserts one row and returns its id. */
export function inserter(db: Db) {
  return function insert<T extends SQLiteTable>(table: T, values: InferInsertModel<T>): number {
    const row = db.insert(table).values(values as never).returning().get() as { id: number };
    return row.id;
  };
}
