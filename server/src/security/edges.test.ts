import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { auditLog, users } from '../db/schema/index.js';
import { startHttpServer } from '../http-server.js';
import { ensureDemoUsers } from '../modules/auth/demo-users.js';
import { signToken } from '../modules/auth/tokens.js';
import { readEnv } from '../env.js';
import { buildRecordsFixture } from '../testing/records-fixture.js';
import { createTestDb } from '../testing/test-db.js';
import { createApp } from '../yoga.js';

// Issue "Hardening", item 7: CORS reflected any Origin, a form POST (no preflight) ran login,
// responses had no security headers, and anonymous callers could introspect the schema and
// collect "Did you mean" suggestions.

const SECRET = 'a-test-secret-of-32-characters!!';
const TRUSTED = 'https://dashboard.duaal.example';
const EVIL = 'https://evil.example';
const LOGIN_QUERY = 'mutation { login(email: "admin@duaal.test", password: "duaal-demo") { token } }';

let db: Db;
let server: Server;
let base: string;

beforeAll(async () => {
  db = createTestDb();
  buildRecordsFixture(db);
  await ensureDemoUsers(db);
  const dist = join(mkdtempSync(join(tmpdir(), 'duaal-edges-')), 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>dashboard</title><script type="module" src="/assets/app.js"></script>');
  const started = await startHttpServer({ db, port: 0, host: '127.0.0.1', authSecret: SECRET, suppressionThreshold: 5, webDist: dist, corsOrigins: [TRUSTED] });
  server = started.server;
  base = started.url;
});
afterAll(() => server.close());

const auditCount = () => db.select().from(auditLog).all().length;
const adminToken = () => signToken(db.select().from(users).all().find((u) => u.email === 'admin@duaal.test')!.id, SECRET, new Date());

describe('CORS', () => {
  it('gives an attacker Origin no access-control-allow-origin, on the preflight nor on the POST', async () => {
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${base}/graphql`, { method: 'POST', headers: { origin: EVIL, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows a configured origin (CORS_ORIGINS), by name, without credentials', async () => {
    const preflight = await fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin: TRUSTED, 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(TRUSTED);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins, default none', () => {
    expect(readEnv({}).CORS_ORIGINS).toEqual([]);
    expect(readEnv({ CORS_ORIGINS: `${TRUSTED}, https://b.example` }).CORS_ORIGINS).toEqual([TRUSTED, 'https://b.example']);
    expect(() => readEnv({ CORS_ORIGINS: 'not an origin' })).toThrow(/CORS_ORIGINS/);
    expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(readEnv({}).TRUST_PROXY).toBe(false);
  });
});

describe('CSRF', () => {
  it.each([
    ['a form', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(LOGIN_QUERY)}`],
    ['a text/plain', 'text/plain', JSON.stringify({ query: LOGIN_QUERY })],
    ['a multipart', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: LOGIN_QUERY })}\r\n--x--\r\n`],
  ])('refuses %s POST of login (no preflight) and writes no audit row', async (_kind, contentType, body) => {
    const before = auditCount();
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { origin: EVIL, 'content-type': contentType }, body });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('"token"');
    expect(auditCount()).toBe(before);
  });

  it('still runs login as the dashboard sends it (application/json)', async () => {
    const before = auditCount();
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN_QUERY }) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { login: { token: string } } }).data.login.token.split('.')).toHaveLength(3);
    expect(auditCount()).toBe(before + 1);
  });
});

describe('security headers', () => {
  const expectHardened = (headers: Headers) => {
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  };

  it("are on the dashboard's index.html, on an app route and on the API", async () => {
    for (const path of ['/', '/overzicht']) {
      const page = await fetch(`${base}${path}`);
      expect(await page.text()).toContain('<title>dashboard</title>');
      expectHardened(page.headers);
    }
    const api = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expectHardened(api.headers);
  });
});

describe('introspection and suggestions', () => {
  const INTROSPECTION = '{ __schema { types { name } } }';
  const TYPE = '{ __type(name: "User") { fields { name } } }';
  const MISSPELT = 'mutation { login(emial: "a@b.c", password: "x") { tokn } }';

  async function run(query: string, options: { token?: string; production?: boolean } = {}) {
    const app = createApp({ db, authSecret: SECRET, suppressionThreshold: 5, production: options.production });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await app.fetch('http://test/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: { __schema?: { types: unknown[] } }; errors?: { message: string }[] };
  }

  it('refuses __schema and __type to anonymous callers', async () => {
    for (const query of [INTROSPECTION, TYPE]) {
      const answer = await run(query);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
    }
    // __typename is not introspection of the schema and stays available.
    expect((await run('{ __typename }')).errors).toBeUndefined();
  });

  it('refuses introspection to a bad token as to anonymous callers', async () => {
    const answer = await run(INTROSPECTION, { token: 'not.a.token' });
    expect(answer.data?.__schema).toBeUndefined();
  });

  it('gives anonymous callers no "Did you mean" for a misspelt field or argument', async () => {
    const answer = await run(MISSPELT);
    const messages = answer.errors?.map((e) => e.message) ?? [];
    expect(messages).toEqual(['Unknown argument "emial" on field "Mutation.login".', 'Cannot query field "tokn" on type "LoginPayload".', 'Field "login" argument "email" of type "String!" is required, but it was not provided.']);
  });

  it('keeps introspection and suggestions for signed-in users in development, not in production', async () => {
    const token = await adminToken();
    expect((await run(INTROSPECTION, { token })).data?.__schema?.types.length).toBeGreaterThan(10);
    expect((await run(MISSPELT, { token })).errors?.map((e) => e.message).join(' ')).toContain('Did you mean "email"?');
    expect((await run(INTROSPECTION, { token, production: true })).errors?.[0]?.message).toMatch(/introspection/i);
    expect((await run(MISSPELT, { token, production: true })).errors?.map((e) => e.message).join(' ')).not.toContain('Did you mean');
  });
});
