import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadReferenceData } from '@duaal/seeds';
import type { Db } from '../../db/client.js';
import { openDatabase } from '../../db/client.js';
import { createTestDb } from '../../testing/test-db.js';
import { importBundle } from './import-bundle.js';
import { importFolder } from './import-folder.js';
import type { ImportRow } from './import-files.js';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits.js';
import { readImportFolder } from './read-import-folder.js';

// Issue "Hardening", item 5: an import next to signing-in users failed 2 times in 3 with
// SQLITE_BUSY_SNAPSHOT, and a 1,000,000-row file or a 200 MB cell was read whole into memory.

const EXAMPLE = fileURLToPath(new URL('../../../../examples/import', import.meta.url));
const HEADER = 'kbo_number,name,legal_form,size_class,joint_committees,declared_partnership,closed_on';
const ROW = (name: string) => `0412.345.614,${name},PRIVATE,MEDIUM,124,,`;

/** Runs once right after the next validation: how a second connection slips in between. */
const betweenValidationAndWrite: { once?: () => void } = {};
vi.mock('./validate-bundle.js', async (original) => {
  const actual = await original<typeof import('./validate-bundle.js')>();
  return {
    validateBundle: (...args: Parameters<typeof actual.validateBundle>) => {
      const result = actual.validateBundle(...args);
      const hook = betweenValidationAndWrite.once;
      betweenValidationAndWrite.once = undefined;
      hook?.();
      return result;
    },
  };
});

let db: Db;
beforeEach(() => {
  db = createTestDb();
  loadReferenceData(db);
});

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'duaal-limits-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

/**
 * Another connection to the same file, on its own thread, appending audit rows the way `login`
 * does, every 2 ms (far more than the 5 sign-ins a second of the audit) until told to stop.
 */
function startSignIns(file: string) {
  // [0] stop flag set by this thread, [1] rows written so far by the other one.
  const stop = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const Database = require(workerData.driver);
     const db = new Database(workerData.file);
     db.pragma('busy_timeout = 5000');
     const insert = db.prepare("insert into audit_log (at, user_id, action, entity, detail) values (?, null, 'login_failed', 'users', 'race')");
     const flag = new Int32Array(workerData.stop);
     let written = 0; const errors = [];
     while (Atomics.load(flag, 0) === 0) {
       try { insert.run(new Date().toISOString()); written++; Atomics.store(flag, 1, written); } catch (e) { errors.push(String(e.code)); }
       Atomics.wait(flag, 0, 0, 2);
     }
     db.close();
     parentPort.postMessage({ written, errors });`,
    { eval: true, workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3'), stop: stop.buffer } },
  );
  const done = new Promise<{ written: number; errors: string[] }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    /** Resolves once the other thread has written this many rows. */
    running: async (rows: number) => {
      while (Atomics.load(stop, 1) < rows) await new Promise((r) => setTimeout(r, 10));
    },
    stop: async () => {
      Atomics.store(stop, 0, 1);
      Atomics.notify(stop, 0);
      return done;
    },
  };
}

describe('an import while people sign in', () => {
  it('succeeds every time, and so does every sign-in', async () => {
    const { bundle } = readImportFolder(EXAMPLE);
    const signIns = startSignIns(db.sqlite.name);
    await signIns.running(5); // the other thread is writing
    // Ten imports of examples/import: the first inserts, the others change nothing but still
    // validate (reads) and then write their audit row, the moment the old code failed.
    const results = Array.from({ length: 10 }, () => importBundle(db, bundle));
    const { written, errors } = await signIns.stop();
    expect(results.map((r) => (r.ok ? 'ok' : JSON.stringify(r.errors)))).toEqual(Array(10).fill('ok'));
    expect(errors).toEqual([]);
    expect(written).toBeGreaterThanOrEqual(5);
    const rows = db.sqlite.prepare("select action, count(*) as n from audit_log group by action order by action").all();
    expect(rows).toEqual([
      { action: 'import', n: 10 },
      { action: 'login_failed', n: written },
    ]);
  }, 60_000);

  it('validates again under the write lock when another import committed after its validation', () => {
    // Connection B imports examples/import right after A validated the same bundle against the
    // empty database. A's plan (insert 15 recognitions) is then stale: A must validate again and
    // find every row unchanged, not insert the rows B wrote (a UNIQUE failure or duplicates).
    const { bundle } = readImportFolder(EXAMPLE);
    const other = openDatabase(db.sqlite.name);
    betweenValidationAndWrite.once = () => expect(importBundle(other, bundle).ok).toBe(true);
    const result = importBundle(db, bundle);
    other.sqlite.close();
    expect(result.ok && result.counts.recognitions).toEqual({ inserted: 0, updated: 0, unchanged: 15 });
    expect(db.sqlite.prepare("select count(*) as n from audit_log where action = 'import'").get()).toEqual({ n: 2 });
    expect(db.sqlite.prepare('select count(*) as n from recognitions').get()).toEqual({ n: 15 });
  });
});

describe('import limits', () => {
  const small: ImportLimits = { maxRowsPerFile: 3, maxCellBytes: 12, maxTotalBytes: 10_000 };

  it('are documented values', () => {
    expect(IMPORT_LIMITS).toEqual({ maxRowsPerFile: 500_000, maxCellBytes: 4096, maxTotalBytes: 128 * 1024 * 1024 });
  });

  it('refuse a file with more rows than allowed, naming the file and the first row too many', () => {
    // Header on line 1, rows on lines 2–5: the 4th row (line 5) is one more than 3.
    const folder = folderWith({ 'enterprises.csv': [HEADER, ROW('A'), ROW('B'), ROW('C'), ROW('D')].join('\n') });
    expect(readImportFolder(folder, small).errors).toEqual([
      { file: 'enterprises.csv', line: 5, field: '(file)', message: 'has more than 3 rows, the limit per file: split the export' },
    ]);
    expect(readImportFolder(folder, { ...small, maxRowsPerFile: 4 }).errors).toEqual([]);
  });

  it('refuse a cell longer than allowed in bytes, naming file, line and column', () => {
    // Limit 12 bytes. "Zoë Zoë Zoo" is 11 characters but 13 UTF-8 bytes (ë is 2 bytes); "Zoe Zoe Zoe!"
    // and the KBO number "0412.345.614" are 12 characters and 12 bytes: allowed.
    const folder = folderWith({ 'enterprises.csv': [HEADER, ROW('Zoe Zoe Zoe!'), ROW('Zoë Zoë Zoo')].join('\n') });
    expect(readImportFolder(folder, small).errors).toEqual([
      { file: 'enterprises.csv', line: 3, field: 'name', message: 'is 13 bytes, longer than the limit of 12 bytes per cell' },
    ]);
  });

  it('stop the parser at a giant cell before it is read whole, with the default limits', () => {
    // 8 MB in one quoted name cell on line 2: the parser gives up at 4,096 × 16 characters.
    const folder = folderWith({ 'enterprises.csv': `${HEADER}\n0412.345.614,"${'x'.repeat(8 * 1024 * 1024)}",PRIVATE,MEDIUM,124,,\n` });
    expect(readImportFolder(folder).errors).toEqual([
      { file: 'enterprises.csv', line: 2, field: 'name', message: 'is longer than the limit of 4,096 bytes per cell' },
    ]);
  });

  it('refuse an export larger than allowed in total before reading a file', () => {
    // examples/import is about 6 KB in 12 files: with a 2,000-byte limit a file early in the order trips it.
    const { errors, bundle } = readImportFolder(EXAMPLE, { ...small, maxTotalBytes: 2_000 });
    expect(bundle).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 0, field: '(file)', message: expect.stringContaining('more than 2,000 bytes, the limit per import') });
    expect(errors[0]!.file).toMatch(/\.csv$/);
  });

  it('apply to a bundle handed over in memory when asked (an upload), and nothing is written', () => {
    type Enterprise = ImportRow<'enterprises'>;
    const enterprises = [ROW('A'), ROW('B'), ROW('C'), ROW('D')].map((line) => Object.fromEntries(HEADER.split(',').map((c, i) => [c, line.split(',')[i] ?? ''])) as Enterprise);
    const result = importBundle(db, { enterprises }, { limits: small });
    expect(result).toEqual({ ok: false, errors: [{ file: 'enterprises.csv', line: 5, field: '(file)', message: 'has more than 3 rows, the limit per file: split the export' }] });
    expect(db.sqlite.prepare('select count(*) as n from enterprises').get()).toEqual({ n: 0 });
    const long = importBundle(db, { enterprises: [{ ...enterprises[0]!, name: 'Zoë Zoë Zoo' }] }, { limits: small });
    expect(long.ok ? [] : long.errors).toEqual([{ file: 'enterprises.csv', line: 2, field: 'name', message: 'is 13 bytes, longer than the limit of 12 bytes per cell' }]);
  });

  it('let examples/import through with the default limits', () => {
    expect(importFolder(db, EXAMPLE).ok).toBe(true);
  });
});
