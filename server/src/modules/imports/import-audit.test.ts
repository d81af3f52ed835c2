import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReferenceData } from '@duaal/seeds';
import type { Db } from '../../db/client.js';
import { createTestDb } from '../../testing/test-db.js';
import { importFolder } from './import-folder.js';

// The import's data and its audit row are one transaction: both stay, or neither. A failure is
// forced with a trigger that refuses a table's inserts — on the last data file written (appeals)
// or on the audit log itself.

const EXAMPLE = fileURLToPath(new URL('../../../../examples/import', import.meta.url));
const AT = new Date('2026-11-02T09:30:00.000Z');

let db: Db;
const count = (sql: string) => (db.sqlite.prepare(sql).get() as { n: number }).n;
const refuseInserts = (table: string) =>
  db.sqlite.exec(`create trigger refuse_${table} before insert on ${table} begin select raise(abort, '${table} refused'); end`);

beforeEach(() => {
  db = createTestDb();
  loadReferenceData(db);
});

describe('the import and its audit row', () => {
  it('a successful import keeps both: its rows and one audit row saying what it wrote', () => {
    const result = importFolder(db, EXAMPLE, { at: AT, userId: null });
    expect(result.ok).toBe(true);
    // examples/import holds 15 recognitions and 3 appeals.
    expect(count('select count(*) as n from recognitions')).toBe(15);
    expect(count('select count(*) as n from appeals')).toBe(3);
    const rows = db.sqlite.prepare('select at, user_id as userId, action, entity, detail from audit_log').all() as {
      at: string;
      userId: number | null;
      action: string;
      entity: string;
      detail: string;
    }[];
    expect(rows.map(({ detail: _, ...row }) => row)).toEqual([{ at: AT.toISOString(), userId: null, action: 'import', entity: 'counter-export' }]);
    expect(JSON.parse(rows[0]?.detail ?? '{}').counts.recognitions).toEqual({ inserted: 15, updated: 0, unchanged: 0 });
  });

  it('a write failing after the first rows leaves neither data nor audit row', () => {
    refuseInserts('appeals');
    expect(() => importFolder(db, EXAMPLE, { at: AT })).toThrow(/appeals refused/);
    expect(count('select count(*) as n from recognitions')).toBe(0);
    expect(count('select count(*) as n from enterprises')).toBe(0);
    expect(count('select count(*) as n from audit_log')).toBe(0);
  });

  it('an audit row that cannot be written undoes the data', () => {
    refuseInserts('audit_log');
    // Drizzle reports the failed statement: the row goes through auth/audit.ts (appendAuditLog).
    expect(() => importFolder(db, EXAMPLE, { at: AT })).toThrow(/insert into "audit_log"/);
    expect(count('select count(*) as n from recognitions')).toBe(0);
    expect(count('select count(*) as n from appeals')).toBe(0);
  });
});
