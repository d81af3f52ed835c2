import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { asc } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import { issueTokenForEmail } from '../../cli/token.js';
import { runGraphQL, TEST_SECRET } from '../../testing/graphql-client.js';
import { buildRecordsFixture } from '../../testing/records-fixture.js';
import { createTestDb } from '../../testing/test-db.js';
import { createApp } from '../../yoga.js';
import { DEMO_PASSWORD, ensureDemoUsers } from './demo-users.js';
import { hashPassword, verifyPassword } from './passwords.js';

let db: Db;
beforeAll(async () => {
  db = createTestDb();
  buildRecordsFixture(db); // the partnerships BOUW and HORECA the demo users need
  await ensureDemoUsers(db);
});

/** Runs an operation with a raw bearer token, as the web app does after login. */
async function withToken(token: string, query: string, secret = TEST_SECRET) {
  const app = createApp({ db, authSecret: secret, suppressionThreshold: 5 });
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: { me: { email: string; role: string } }; errors?: { extensions?: { code?: string } }[] };
}

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { email name role partnership { code } } } }`;

describe('passwords', () => {
  it('are stored as scrypt salt:hash and verified', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('wrong horse', stored)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
  });
});

describe('demo users', () => {
  it('exist once per role, with the documented password, and are created idempotently', async () => {
    expect(await ensureDemoUsers(db)).toEqual([]);
    const demo = db.select().from(users).orderBy(asc(users.id)).all().filter((u) => u.email.endsWith('@duaal.test'));
    expect(demo.map((u) => [u.email, u.role])).toEqual([
      ['admin@duaal.test', 'ADMIN'],
      ['lid@duaal.test', 'PARTNERSHIP_MEMBER'],
      ['bouw@duaal.test', 'SECTOR_STAFF'],
      ['horeca@duaal.test', 'SECTOR_STAFF'],
      ['beleid@duaal.test', 'POLICYMAKER'],
    ]);
    for (const user of demo) expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
  });
});

describe('login', () => {
  it('returns a token and the user for a good password, and the token works for me', async () => {
    const before = db.select().from(auditLog).all().length;
    const response = await runGraphQL<{ login: { token: string; user: unknown } }>(db, LOGIN, { email: 'bouw@duaal.test', password: 'duaal-demo' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.login.user).toEqual({ email: 'bouw@duaal.test', name: 'Demo medewerker Bouw', role: 'SECTOR_STAFF', partnership: { code: 'BOUW' } });
    const me = await withToken(response.data!.login.token, '{ me { email role } }');
    expect(me.data!.me).toEqual({ email: 'bouw@duaal.test', role: 'SECTOR_STAFF' });
    const rows = db.select().from(auditLog).all().slice(before);
    expect(rows.map((r) => [r.action, r.entity, r.userId])).toEqual([['login', 'users', demoId('bouw@duaal.test')]]);
  });

  it('refuses a bad password and an unknown email alike, and audits both', async () => {
    const before = db.select().from(auditLog).all().length;
    const wrong = await runGraphQL(db, LOGIN, { email: 'admin@duaal.test', password: 'not-the-password' });
    const unknown = await runGraphQL(db, LOGIN, { email: 'nobody@duaal.test', password: 'duaal-demo' });
    for (const response of [wrong, unknown]) {
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Unknown email or wrong password', 'UNAUTHENTICATED']]);
    }
    const rows = db.select().from(auditLog).all().slice(before);
    expect(rows.map((r) => [r.action, r.userId, r.detail])).toEqual([
      ['login_failed', demoId('admin@duaal.test'), 'admin@duaal.test'],
      // An unknown email is kept only as a short hash (security/login.test.ts).
      ['login_failed', null, expect.stringMatching(/^unknown:sha256:[0-9a-f]{16}$/)],
    ]);
  });

  it('is the only operation open to anonymous callers', async () => {
    const response = await runGraphQL(db, '{ me { email } }');
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token signed with another secret', async () => {
    const response = await runGraphQL<{ login: { token: string } }>(db, LOGIN, { email: 'lid@duaal.test', password: 'duaal-demo' });
    const me = await withToken(response.data!.login.token, '{ me { email } }', 'another-secret-of-enough-length');
    expect(me.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('me', () => {
  it.each([
    ['admin@duaal.test', 'ADMIN'],
    ['lid@duaal.test', 'PARTNERSHIP_MEMBER'],
    ['horeca@duaal.test', 'SECTOR_STAFF'],
    ['beleid@duaal.test', 'POLICYMAKER'],
  ])('tells %s its role %s', async (email, role) => {
    const response = await runGraphQL<{ me: { email: string; role: string } }>(db, '{ me { email role } }', {}, { userId: demoId(email) });
    expect(response.data!.me).toEqual({ email, role });
  });
});

describe('token CLI', () => {
  it('signs a token for a user by email and audits it', async () => {
    const before = db.select().from(auditLog).all().length;
    const token = await issueTokenForEmail(db, 'beleid@duaal.test', TEST_SECRET);
    expect((await withToken(token, '{ me { email role } }')).data!.me).toEqual({ email: 'beleid@duaal.test', role: 'POLICYMAKER' });
    expect(db.select().from(auditLog).all().slice(before).map((r) => r.action)).toEqual(['token_issued']);
    await expect(issueTokenForEmail(db, 'nobody@duaal.test', TEST_SECRET)).rejects.toThrow(/No user/);
  });

  it('prints the token through npm run token, reading the database and secret from the environment', async () => {
    const env = { ...process.env, DATABASE_FILE: db.sqlite.name, AUTH_SECRET: TEST_SECRET };
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/src/cli/token.ts', 'admin@duaal.test'], { env });
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    expect((await withToken(token, '{ me { email } }')).data!.me.email).toBe('admin@duaal.test');
    await expect(promisify(execFile)('npx', ['tsx', 'server/src/cli/token.ts', 'nobody@duaal.test'], { env })).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});

function demoId(email: string): number {
  const user = db.select().from(users).all().find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}
