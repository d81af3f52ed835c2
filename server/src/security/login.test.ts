import type { IncomingMessage } from 'node:http';
import { SignJWT } from 'jose';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClock } from '../clock.js';
import type { Db } from '../db/client.js';
import { auditLog, users } from '../db/schema/index.js';
import { clientAddress } from '../http-server.js';
import { ensureDemoUsers } from '../modules/auth/demo-users.js';
import { LoginLimiter } from '../modules/auth/login-limiter.js';
import * as passwords from '../modules/auth/passwords.js';
import { signToken, TOKEN_LIFETIME_SECONDS } from '../modules/auth/tokens.js';
import { TEST_SECRET } from '../testing/graphql-client.js';
import { buildRecordsFixture } from '../testing/records-fixture.js';
import { createTestDb } from '../testing/test-db.js';
import { createApp } from '../yoga.js';

// Issue "Hardening", item 4: 603 wrong passwords in 15 s were all checked; an unknown email
// answered 13× faster than a known one; a 10 MB email was stored in the audit log; tokens
// without exp, or signed HS384, were accepted.

vi.mock('../modules/auth/passwords.js', async (original) => {
  const actual = await original<typeof import('../modules/auth/passwords.js')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const START = new Date('2026-11-29T09:00:00Z');

interface Answer {
  status: number;
  retryAfterHeader: string | null;
  data?: { login: { token: string } } | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

let db: Db;
let now: Date;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  db = createTestDb();
  buildRecordsFixture(db);
  await ensureDemoUsers(db);
  now = START;
  // One app for the whole test: the limiter lives as long as the app (one process).
  app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: 5, clock: createClock('2026-11-29', () => now) });
  vi.mocked(passwords.verifyPassword).mockClear();
});

async function login(email: string, password: string, client = '203.0.113.7'): Promise<Answer> {
  const response = await app.fetch(
    'http://test/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { email, password } }) },
    { clientAddress: client },
  );
  return { status: response.status, retryAfterHeader: response.headers.get('retry-after'), ...((await response.json()) as object) };
}

const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code ?? 'OK';
const seconds = (s: number) => (now = new Date(now.getTime() + s * 1000));
const auditRows = () => db.select().from(auditLog).all();

describe('login rate limiting', () => {
  it('refuses the 11th wrong password within a minute, and the right one during the lockout, then backs off', async () => {
    // 10 wrong passwords, one per second: each is checked and refused as a wrong password.
    for (let i = 0; i < 10; i++) {
      expect(code(await login('admin@duaal.test', `wrong-${i}`))).toBe('UNAUTHENTICATED');
      seconds(1);
    }
    // The 10th failure (at 09:00:09) started a 60 s lockout until 09:01:09; at 09:00:10 59 s remain.
    const eleventh = await login('admin@duaal.test', 'wrong-10');
    expect(code(eleventh)).toBe('TOO_MANY_ATTEMPTS');
    expect(eleventh.errors?.[0]?.extensions?.retryAfterSeconds).toBe(59);
    expect(eleventh.status).toBe(429);
    expect(eleventh.retryAfterHeader).toBe('59');
    // The right password does not get through the lockout either, and is not even checked.
    const checkedBefore = vi.mocked(passwords.verifyPassword).mock.calls.length;
    expect(code(await login('admin@duaal.test', 'duaal-demo'))).toBe('TOO_MANY_ATTEMPTS');
    expect(vi.mocked(passwords.verifyPassword).mock.calls.length).toBe(checkedBefore);
    // Another account from another client is not affected.
    expect(code(await login('lid@duaal.test', 'duaal-demo', '198.51.100.1'))).toBe('OK');

    // At 09:01:09 the lockout is over; 10 new failures start a second lockout of twice as long.
    seconds(59);
    for (let i = 0; i < 10; i++) expect(code(await login('admin@duaal.test', `again-${i}`))).toBe('UNAUTHENTICATED');
    expect((await login('admin@duaal.test', 'duaal-demo')).errors?.[0]?.extensions?.retryAfterSeconds).toBe(120);
    seconds(120);
    expect(code(await login('admin@duaal.test', 'duaal-demo'))).toBe('OK');

    // Each start of a lockout is audited once; refused attempts are not (no audit flooding).
    expect(auditRows().filter((r) => r.action === 'login_locked').map((r) => r.detail)).toEqual([
      'admin@duaal.test from 203.0.113.7',
      'admin@duaal.test from 203.0.113.7',
    ]);
    expect(auditRows().filter((r) => r.action === 'login_failed')).toHaveLength(20);
  });

  it('does not lock an account for failures spread over more than a minute', async () => {
    // 9 failures, a good login clears them; then 9 more, 61 s apart from the first ones: never 10 in 60 s.
    for (let i = 0; i < 9; i++) expect(code(await login('bouw@duaal.test', 'wrong'))).toBe('UNAUTHENTICATED');
    expect(code(await login('bouw@duaal.test', 'duaal-demo'))).toBe('OK');
    for (let i = 0; i < 9; i++) expect(code(await login('bouw@duaal.test', 'wrong'))).toBe('UNAUTHENTICATED');
    seconds(61);
    for (let i = 0; i < 9; i++) expect(code(await login('bouw@duaal.test', 'wrong'))).toBe('UNAUTHENTICATED');
    expect(code(await login('bouw@duaal.test', 'duaal-demo'))).toBe('OK');
  });

  it('limits one client spraying many emails (30 failures a minute), not the other clients', async () => {
    // 30 different unknown emails, 1 failure each: no account reaches 10, the client reaches 30.
    for (let i = 0; i < 30; i++) expect(code(await login(`user${i}@example.be`, 'guess', '192.0.2.66'))).toBe('UNAUTHENTICATED');
    expect(code(await login('horeca@duaal.test', 'duaal-demo', '192.0.2.66'))).toBe('TOO_MANY_ATTEMPTS');
    expect(code(await login('horeca@duaal.test', 'duaal-demo', '192.0.2.67'))).toBe('OK');
  });

  it('forgets the least recently seen keys when full, so random emails cannot exhaust memory', () => {
    const limiter = new LoginLimiter({ maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.fail({ account: `x${i}`, client: 'c' }, START);
    expect((limiter as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(100);
  });
});

describe('the client address', () => {
  const req = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;

  it('ignores X-Forwarded-For unless a proxy is trusted, then takes the entry our proxy appended', () => {
    // A client that writes its own X-Forwarded-For must not get a fresh limit per request.
    expect(clientAddress(req('203.0.113.7', '10.9.9.9'), false)).toBe('203.0.113.7');
    expect(clientAddress(req('10.0.0.2', '10.9.9.9, 198.51.100.4'), true)).toBe('198.51.100.4');
    expect(clientAddress(req('10.0.0.2'), true)).toBe('10.0.0.2');
  });
});

describe('user enumeration', () => {
  it('verifies the password against a dummy hash when the email is unknown, as costly as a known one', async () => {
    await login('nobody@duaal.test', 'duaal-demo');
    await login('admin@duaal.test', 'wrong');
    const calls = vi.mocked(passwords.verifyPassword).mock.calls;
    // One scrypt each: the unknown email against the dummy hash, the known one against its own.
    expect(calls.map(([, hash]) => hash === passwords.DUMMY_PASSWORD_HASH)).toEqual([true, false]);
    expect(passwords.DUMMY_PASSWORD_HASH).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });
});

describe('the submitted email', () => {
  it('is refused above 254 characters before any lookup or audit row', async () => {
    const before = auditRows().length;
    const huge = `${'a'.repeat(10 * 1024 * 1024)}@duaal.test`;
    const answer = await login(huge, 'x');
    expect(answer.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['login: email is longer than 254 characters', 'BAD_USER_INPUT']]);
    expect(vi.mocked(passwords.verifyPassword)).not.toHaveBeenCalled();
    expect(auditRows().length).toBe(before);
  });

  it('of an unknown account is audited only as a short hash; a known account by its email', async () => {
    const email = `${'b'.repeat(240)}@example.be`; // 251 characters: allowed
    await login(email, 'x');
    await login('admin@duaal.test', 'x');
    const rows = auditRows().filter((r) => r.action === 'login_failed');
    expect(rows[0]!.detail).toMatch(/^unknown:sha256:[0-9a-f]{16}$/);
    expect(rows[1]!.detail).toBe('admin@duaal.test');
  });
});

describe('access tokens', () => {
  const key = new TextEncoder().encode(TEST_SECRET);
  const adminId = () => db.select().from(users).all().find((u) => u.email === 'admin@duaal.test')!.id;
  const me = async (token: string) => {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await response.json()) as Answer & { data?: { me: { email: string } } };
    return body.errors?.[0]?.extensions?.code ?? body.data?.me.email;
  };
  const handMade = (alg: string, withExp: boolean) => {
    const jwt = new SignJWT({}).setProtectedHeader({ alg }).setSubject(String(adminId())).setIssuer('duaal-monitor').setIssuedAt(START);
    return (withExp ? jwt.setExpirationTime(new Date(START.getTime() + 3600_000)) : jwt).sign(key);
  };

  it('are refused without exp or with another algorithm than HS256', async () => {
    expect(await me(await handMade('HS256', true))).toBe('admin@duaal.test'); // the control: same claims, accepted
    expect(await me(await handMade('HS256', false))).toBe('UNAUTHENTICATED');
    expect(await me(await handMade('HS384', true))).toBe('UNAUTHENTICATED');
    expect(await me(await handMade('HS512', true))).toBe('UNAUTHENTICATED');
  });

  it('from login last 8 hours on the server clock', async () => {
    const token = (await login('admin@duaal.test', 'duaal-demo')).data!.login.token;
    seconds(TOKEN_LIFETIME_SECONDS - 60); // 7 h 59 min later: still valid
    expect(await me(token)).toBe('admin@duaal.test');
    seconds(61); // 8 h 1 s after issue: expired
    expect(await me(token)).toBe('UNAUTHENTICATED');
    expect(TOKEN_LIFETIME_SECONDS).toBe(8 * 3600);
  });

  it('signed by signToken carry exp = iat + lifetime', async () => {
    const [, payload] = (await signToken(1, TEST_SECRET, START)).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(8 * 3600);
    expect(claims.iat).toBe(START.getTime() / 1000);
  });
});
