import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReferenceData } from '@duaal/seeds';
import { createClock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL, TEST_SECRET } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { createApp } from '../../yoga.js';
import { signToken } from '../auth/tokens.js';
import { databaseDigest } from './database-digest.js';
import { importActivity } from './import-in-worker.js';
import { UPLOAD_LIMITS, type UploadLimits } from './upload-limits.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/import', import.meta.url));
const exampleFiles = () => readdirSync(EXAMPLE).sort().map((name) => ({ name, content: readFileSync(join(EXAMPLE, name), 'utf8') }));
const NOW = new Date('2026-11-20T09:30:00Z');

const MUTATION = /* GraphQL */ `
  mutation Import($files: [File!]!) {
    importCounterExport(files: $files) {
      ok
      files
      durationMs
      errors { file line field message }
      counts { file inserted updated unchanged }
    }
  }
`;
const HISTORY = /* GraphQL */ `
  { importRuns(first: 10) { at userEmail source files ok errorCount durationMs counts { file inserted updated unchanged } } }
`;

interface Report {
  ok: boolean;
  files: string[];
  durationMs: number;
  errors: { file: string; line: number; field: string; message: string }[];
  counts: { file: string; inserted: number; updated: number; unchanged: number }[];
}
interface UploadResponse {
  status: number;
  data?: { importCounterExport: Report } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A real multipart request (GraphQL multipart request spec) with its length, as curl or a browser sends it. */
async function upload(
  db: Db,
  files: { name: string; content: string | Uint8Array }[],
  options: { userId?: number; limits?: UploadLimits } = {},
): Promise<UploadResponse> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: MUTATION, variables: { files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), new File([f.content as BlobPart], f.name)));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const headers: Record<string, string> = {
    'content-type': encoded.headers.get('content-type') ?? '',
    'content-length': String(body.byteLength),
    // CSRF prevention: a multipart POST needs this header (the dashboard's uploader sends it).
    'x-graphql-yoga-csrf': '1',
  };
  if (options.userId !== undefined) headers.authorization = `Bearer ${await signToken(options.userId, TEST_SECRET, new Date())}`;
  const app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: 5, clock: createClock('2026-11-20', () => NOW), importLimits: options.limits });
  const response = await app.fetch('http://test/graphql', { method: 'POST', headers, body });
  return { status: response.status, ...((await response.json()) as Omit<UploadResponse, 'status'>) };
}

const auditRows = (db: Db) => (db.sqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n;

let db: Db;
let admin: number;
let member: number;
beforeEach(() => {
  db = createTestDb();
  loadReferenceData(db);
  const make = createFactories(db);
  admin = make.user({ role: 'ADMIN', email: 'beheer@duaal.test' });
  member = make.user({ role: 'PARTNERSHIP_MEMBER', email: 'lid@duaal.test' });
});

describe('importCounterExport', () => {
  it('lists a broken row with file, line and field, writes nothing and records the refusal', async () => {
    const before = databaseDigest(db);
    // Line 3 of enterprises.csv (the second data row) gets a KBO number failing mod 97
    // (0765.432.146 is valid with check 46; 47 is not).
    const files = exampleFiles().map((f) =>
      f.name === 'enterprises.csv' ? { ...f, content: f.content.replace('0765.432.146,Brasserie', '0765.432.147,Brasserie') } : f,
    );
    const result = await upload(db, files, { userId: admin });
    const report = result.data!.importCounterExport;
    expect(report.ok).toBe(false);
    // The same KBO number is referred to by establishments.csv; its first error is the bad number.
    expect(report.errors[0]).toMatchObject({ file: 'enterprises.csv', line: 3, field: 'kbo_number' });
    expect(report.counts).toEqual([]);
    expect(databaseDigest(db)).toEqual(before);

    const history = await runGraphQL<{ importRuns: Record<string, unknown>[] }>(db, HISTORY, {}, { userId: admin });
    expect(history.data!.importRuns).toEqual([
      expect.objectContaining({
        at: NOW.toISOString(),
        userEmail: 'beheer@duaal.test',
        source: 'API',
        files: files.map((f) => f.name),
        ok: false,
        errorCount: report.errors.length,
        counts: [],
      }),
    ]);
    // Only counts in the audit detail, never the submitted rows.
    const detail = (db.sqlite.prepare('select detail from audit_log').get() as { detail: string }).detail;
    expect(detail).not.toContain('Brasserie');
  });

  it('imports a valid export, reports the counts per file and adds a row to the history', async () => {
    const result = await upload(db, exampleFiles(), { userId: admin });
    const report = result.data!.importCounterExport;
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    // examples/import: 5 enterprises, 15 recognitions, 12 agreements (counted in the files).
    expect(report.counts.find((c) => c.file === 'enterprises.csv')).toEqual({ file: 'enterprises.csv', inserted: 5, updated: 0, unchanged: 0 });
    expect(report.counts.find((c) => c.file === 'recognitions.csv')).toMatchObject({ inserted: 15 });
    expect(report.counts.find((c) => c.file === 'agreements.csv')).toMatchObject({ inserted: 12 });
    expect(report.counts).toHaveLength(12);
    expect(db.sqlite.prepare('select count(*) as n from recognitions').get()).toEqual({ n: 15 });

    const history = await runGraphQL<{ importRuns: Record<string, unknown>[] }>(db, HISTORY, {}, { userId: admin });
    expect(history.data!.importRuns).toHaveLength(1);
    expect(history.data!.importRuns[0]).toMatchObject({ userEmail: 'beheer@duaal.test', source: 'API', ok: true, errorCount: 0, counts: report.counts });
    expect(typeof history.data!.importRuns[0]!.durationMs).toBe('number');
  });

  it('takes an export of only the rows changed since the last one', async () => {
    await upload(db, exampleFiles(), { userId: admin });
    const before = databaseDigest(db);
    // The delta: Bouwwerken Peeters renamed, one new enterprise (0123.456.749 is valid, check 49).
    const delta = [
      {
        name: 'enterprises.csv',
        content:
          'kbo_number,name,legal_form,size_class,joint_committees,declared_partnership,closed_on\n' +
          '0412.345.614,Bouwwerken Peeters & Zonen NV,PRIVATE,MEDIUM,124,,\n' +
          '0123.456.749,Bakkerij Wouters,PRIVATE,MICRO,118,,\n',
      },
    ];
    const report = (await upload(db, delta, { userId: admin })).data!.importCounterExport;
    expect(report.counts).toEqual([{ file: 'enterprises.csv', inserted: 1, updated: 1, unchanged: 0 }]);
    expect(db.sqlite.prepare('select name from enterprises where kbo_number = ?').get('0412345614')).toEqual({ name: 'Bouwwerken Peeters & Zonen NV' });
    // Everything else untouched: the enterprises, and the PC 118 link of the new one.
    const after = databaseDigest(db);
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    expect(changed).toEqual(['enterprise_joint_committees', 'enterprises']);
  });

  it('takes the files in one zip, and refuses a zip with a folder or an unknown file', async () => {
    const zip = zipSync(Object.fromEntries(exampleFiles().map((f) => [f.name, new TextEncoder().encode(f.content)])));
    const report = (await upload(db, [{ name: 'export.zip', content: zip }], { userId: admin })).data!.importCounterExport;
    expect(report.ok).toBe(true);
    expect(report.files).toEqual(['export.zip']);
    expect(report.counts.find((c) => c.file === 'mentors.csv')).toMatchObject({ inserted: 6 });

    const before = databaseDigest(db);
    const bad = zipSync({ 'export/mentors.csv': new TextEncoder().encode('x'), 'notes.txt': new TextEncoder().encode('x') });
    const refused = (await upload(db, [{ name: 'bad.zip', content: bad }], { userId: admin })).data!.importCounterExport;
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((e) => [e.file, e.field])).toEqual([
      ['export/mentors.csv', '(file)'],
      ['notes.txt', '(file)'],
    ]);
    expect(refused.errors[0]!.message).toMatch(/in bad\.zip: is in a folder/);
    expect(refused.errors[1]!.message).toMatch(/unknown file/);
    expect(databaseDigest(db)).toEqual(before);
  });

  it('is for ADMIN only: FORBIDDEN for other users, UNAUTHENTICATED anonymously, nothing written', async () => {
    const before = databaseDigest(db);
    const audit = auditRows(db);
    const forbidden = await upload(db, exampleFiles(), { userId: member });
    expect(forbidden.data ?? null).toBeNull();
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await upload(db, exampleFiles());
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const history = await runGraphQL(db, HISTORY, {}, { userId: member });
    expect(history.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(databaseDigest(db)).toEqual(before);
    expect(auditRows(db)).toBe(audit);
  });

  it('refuses a too large upload before reading it, and a too large file before parsing it', async () => {
    const before = databaseDigest(db);
    // The example files total about 10 KB: a 2 KB request limit refuses the request itself.
    const tooLarge = await upload(db, exampleFiles(), { userId: admin, limits: { maxUploadBytes: 2_000, maxFileBytes: 1_000 } });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(tooLarge.errors?.[0]?.message).toMatch(/^The upload is \d+ KB; the limit is 2 KB$/);

    // recognitions.csv (about 2 KB) passes the request limit but not a 1 KB limit per file.
    const recognitions = exampleFiles().filter((f) => f.name === 'recognitions.csv');
    const size = Buffer.byteLength(recognitions[0]!.content);
    expect(size).toBeGreaterThan(1_000);
    const report = (await upload(db, recognitions, { userId: admin, limits: { maxUploadBytes: 100_000, maxFileBytes: 1_000 } })).data!
      .importCounterExport;
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([{ file: 'recognitions.csv', line: 0, field: '(file)', message: expect.stringMatching(/per file/) }]);
    expect(databaseDigest(db)).toEqual(before);
  });

  it('keeps answering other requests while an import runs in its worker', async () => {
    const order: string[] = [];
    const started = once(importActivity, 'started');
    const importing = upload(db, exampleFiles(), { userId: admin }).then((r) => {
      order.push('import');
      return r;
    });
    // Ask only once the worker has the import: a synchronous import would hold this thread
    // until it is done, and the query would come second.
    await started;
    const query = runGraphQL<{ me: { email: string } }>(db, '{ me { email } }', {}, { userId: member }).then((r) => {
      order.push('query');
      return r;
    });
    const [imported, answered] = await Promise.all([importing, query]);
    expect(answered.data?.me.email).toBe('lid@duaal.test');
    expect(imported.data!.importCounterExport.ok).toBe(true);
    expect(order).toEqual(['query', 'import']);
  });
});

describe('import limits', () => {
  it('are 200 MB per upload and 100 MB per file (docs/import-format.md)', () => {
    expect(UPLOAD_LIMITS).toEqual({ maxUploadBytes: 200 * 1024 * 1024, maxFileBytes: 100 * 1024 * 1024 });
  });
});
