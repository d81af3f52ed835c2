import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '@duaal/seeds';
import { openDatabase, migrateDatabase } from '../../db/client.js';
import { createTestDb } from '../../testing/test-db.js';
import { databaseDigest } from './database-digest.js';
import { importFolder } from './import-folder.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/import');

/** Replaces one whole line of a copied file (1 = header). */
function replaceLine(file: string, line: number, text: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line - 1] = text;
  writeFileSync(file, lines.join('\n'));
}

/** examples/import with one broken row of each kind; returns the folder and the errors planted. */
function brokenFolder(): { folder: string; planted: [string, number, string][] } {
  const folder = join(mkdtempSync(join(tmpdir(), 'duaal-broken-')), 'import');
  cpSync(EXAMPLE, folder, { recursive: true });
  const f = (name: string) => join(folder, name);
  // Unknown code: line 11 is AV-2026-0915, which nothing else refers to.
  replaceLine(f('recognitions.csv'), 11, 'AV-2026-0915,2345678942,SO-DUAL-elektrische-installaties-duaal,NEW,,149.01,ELEKTRICIENS,Elektro Claes BV,GEMACHTIGDE,2026-10-05,,,false,,');
  // Dates out of order: validity of AV-2023-0215 (cancelled, no agreement) ends before it starts.
  replaceLine(f('recognitions.csv'), 14, 'AV-2023-0215,2212345613,SO-LENW-keukenmedewerker,NEW,,302,HORECA,Brasserie De Linde BV,NONE,2023-03-01,2023-05-01,2023-04-01,false,,');
  // Bad KBO number: 0123.456.749 is valid (check 49), 0123.456.780 is not. Line 7.
  appendFileSync(f('enterprises.csv'), '0123.456.780,Bakkerij Wouters,PRIVATE,MICRO,118,,\n');
  // Bad establishment number: 2145678996 is valid (check 96), 2145678999 is not. Line 8.
  appendFileSync(f('establishments.csv'), '2145678999,0412345614,Bouwwerken Peeters - atelier,12025,\n');
  // Event before the submission of 2022-09-05. Line 44.
  appendFileSync(f('recognition_status_events.csv'), 'AV-2022-0833,IN_REVIEW,2022-09-01\n');
  // Wrong encoding: "Dé Smet" saved as Latin-1 on line 3 of mentors.csv.
  const mentors = readFileSync(f('mentors.csv'), 'utf8').replace('Sofie,De Smet', 'Sofie,D\u00e9 Smet');
  writeFileSync(f('mentors.csv'), Buffer.from(mentors, 'latin1'));
  // Dangling reference: mentor MNT-0099 exists nowhere. Line 15.
  appendFileSync(f('recognition_mentors.csv'), 'AV-2022-0833,MNT-0099,2022-09-05,,\n');
  // Dates out of order: the first agreement ends before it starts. Line 2.
  replaceLine(f('agreements.csv'), 2, 'OVK-2021-00311,OAO,LRN-7f3a91,2145678996,SO-LENW-metselaar,CDO-MECHELEN,2021-09-01,2022-06-30,2021-08-15,COMPLETED,');
  // Duplicate key: a second OPV-000106. Line 8.
  appendFileSync(f('follow_up_actions.csv'), 'OPV-000106,SOCIAL_PROFIT,2176543210,,PHONE_CONTACT,2023-10-09\n');
  return {
    folder,
    planted: [
      ['enterprises.csv', 7, 'kbo_number'],
      ['establishments.csv', 8, 'establishment_number'],
      ['recognitions.csv', 11, 'mandate_type'],
      ['recognitions.csv', 14, 'valid_to'],
      ['recognition_status_events.csv', 44, 'occurred_on'],
      ['mentors.csv', 3, 'last_name'],
      ['recognition_mentors.csv', 15, 'mentor_key'],
      ['agreements.csv', 2, 'actual_end_on'],
      ['follow_up_actions.csv', 8, 'action_key'],
    ],
  };
}

describe('import of a folder with errors', () => {
  let broken: ReturnType<typeof brokenFolder>;
  beforeAll(() => {
    broken = brokenFolder();
  });

  it('lists every planted error with file, line and field, and writes nothing', () => {
    const db = createTestDb();
    loadReferenceData(db);
    expect(importFolder(db, EXAMPLE).ok).toBe(true);
    const before = databaseDigest(db);
    const auditRows = db.sqlite.prepare('select count(*) as n from audit_log').get();

    const result = importFolder(db, broken.folder);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual(broken.planted);
    expect(errors.find((e) => e.file === 'mentors.csv')?.message).toMatch(/UTF-8/);
    expect(errors.find((e) => e.field === 'mandate_type')?.message).toMatch(/unknown code "GEMACHTIGDE"/);

    expect(databaseDigest(db)).toEqual(before);
    // The refusal itself is recorded: one import_failed row counting the errors, never the content.
    expect(db.sqlite.prepare('select count(*) as n from audit_log').get()).toEqual({ n: (auditRows as { n: number }).n + 1 });
    const failed = db.sqlite.prepare("select action, detail from audit_log order by id desc limit 1").get() as { action: string; detail: string };
    expect(failed.action).toBe('import_failed');
    expect(JSON.parse(failed.detail)).toMatchObject({ source: 'CLI', errorCount: broken.planted.length });
  });

  it('fails from the command line with a non-zero exit code and file:line: field: message lines', () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'duaal-cli-')), 'cli.sqlite');
    const run = spawnSync('npx', ['tsx', 'server/src/cli/import.ts', broken.folder], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_FILE: databaseFile },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('mentors.csv:3: last_name: is not valid UTF-8');
    expect(run.stderr).toContain('enterprises.csv:7: kbo_number: ');
  });

  it('imports the example from the command line into a database holding the reference data', () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'duaal-cli-')), 'cli.sqlite');
    const db = openDatabase(databaseFile);
    migrateDatabase(db);
    loadReferenceData(db);
    db.sqlite.close();
    const run = spawnSync('npx', ['tsx', 'server/src/cli/import.ts', EXAMPLE], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_FILE: databaseFile },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/recognitions\s+15 inserted, 0 updated, 0 unchanged/);
  });
});
