import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, type Db } from '../db/client.js';

/** A fresh SQLite file in a temporary folder, migrated from drizzle/. */
export function createTestDb(): Db {
  const file = join(mkdtempSync(join(tmpdir(), 'duaal-test-')), 'test.sqlite');
  const db = openDatabase(file);
  migrateDatabase(db);
  return db;
}
