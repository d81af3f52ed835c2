import { getTableColumns, getTableName, isTable, type Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema/index.js';
import { createTestDb } from '../../testing/test-db.js';
import { SYNCED_TABLES, synced, type SqlName } from './import-state.js';

// The import writes rows by SQL column name; their names and types come from the Drizzle tables
// through SqlName (camelCase key → snake_case column). These checks keep that derivation honest.

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const tables: Table[] = (Object.values(schema) as unknown[]).filter((v) => isTable(v)) as Table[];

describe('the import tables, derived from the Drizzle schema', () => {
  it('names every column of every table as SqlName says (snake_case of its key)', () => {
    const mismatches = tables.flatMap((table) =>
      Object.entries(getTableColumns(table))
        .filter(([key, column]) => column.name !== snake(key))
        .map(([key, column]) => `${getTableName(table)}.${key} is ${column.name}`),
    );
    expect(tables.length).toBeGreaterThan(20);
    expect(mismatches).toEqual([]);
    // The type says the same on an example with two capitals and a digit.
    const name: SqlName<'municipalityNisCode2'> = 'municipality_nis_code2';
    expect(name).toBe(snake('municipalityNisCode2'));
  });

  it('writes columns the migrated database has, and keys on columns it writes', () => {
    const db = createTestDb();
    for (const [name, spec] of Object.entries(SYNCED_TABLES)) {
      const stored = (db.sqlite.prepare(`pragma table_info(${spec.table})`).all() as { name: string }[]).map((c) => c.name);
      expect(stored, name).toEqual(expect.arrayContaining([...spec.columns]));
    }
    db.sqlite.close();
  });

  it('refuses, at compile time, a column the table does not have', () => {
    // @ts-expect-error trainings has name_nl, not name
    const wrong = synced(schema.trainings, ['code', 'name'], ['code']);
    // The run-time value still lists it: only the compiler stands guard, which is what this proves.
    expect(wrong.columns).toEqual(['code', 'name']);
    // A natural key must be one of the table's columns too.
    // @ts-expect-error establishment_nr is not a column of establishments
    synced(schema.establishments, ['establishment_number'], ['establishment_nr']);
  });
});
