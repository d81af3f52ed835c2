import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import { startHttpServer, type RunningServer } from '../../http-server.js';
import { createFactories } from '../../testing/factories.js';
import { TEST_SECRET } from '../../testing/graphql-client.js';
import { FetchBrowser, formOf } from '../../testing/oidc-browser.js';
import { startTestProvider, type TestProvider } from '../../testing/oidc-test-provider.js';
import { createTestDb } from '../../testing/test-db.js';
import { hashPassword } from './passwords.js';

// Single sign-on against a real OpenID provider (oidc-provider) started here: the browser's
// redirects are followed with fetch, the provider's login and consent forms are posted, and the
// one-time code the callback hands to the dashboard is redeemed for our token.

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let db: Db;
let provider: TestProvider;
let product: RunningServer;
let base: string;
let bouwId: number;
let localAdminId: number;

beforeAll(async () => {
  db = createTestDb();
  const f = createFactories(db);
  bouwId = f.partnership({ code: 'BOUW', nameNl: 'Bouw' });
  f.partnership({ code: 'HORECA', nameNl: 'Horeca' });
  localAdminId = db
    .insert(users)
    .values({ email: 'chef@vlaanderen.test', name: 'Chef', role: 'ADMIN', partnershipId: null, passwordHash: await hashPassword('a-local-password') })
    .returning({ id: users.id })
    .get().id;
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({
    redirectUris: [`${base}/auth/oidc/callback`],
    accounts: {
      // ACM/IDM style: "<role>:<organisation code>", the partnership in lower case.
      bouw: { email: 'An.Bouw@Vlaanderen.test', name: 'An Bouw', role: 'DuaalMonitor-Sectormedewerker:OVO000123', partnership: 'bouw' },
      chef: { email: 'chef@vlaanderen.test', role: ['beleidsmedewerker'] },
      norole: { email: 'niemand@vlaanderen.test' },
      strange: { email: 'vreemd@vlaanderen.test', role: 'Koning' },
      nopartnership: { email: 'ergens@vlaanderen.test', role: 'SECTOR_STAFF', partnership: 'NOPE' },
    },
  });
  product = await startHttpServer({
    db,
    port,
    host: '127.0.0.1',
    authSecret: TEST_SECRET,
    suppressionThreshold: 5,
    clock: createClock('2026-11-29'),
    kpiWorkers: 0,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUri: `${base}/auth/oidc/callback`,
      roleClaim: 'role',
      partnershipClaim: 'partnership',
      scopes: 'openid profile email',
      label: 'Testaanmelding',
    },
  });
}, 30_000);

afterAll(async () => {
  await product?.stop();
  await provider?.stop();
});

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

const REDEEM = `mutation($code: String!) { redeemSignInCode(code: $code) { token user { email } } }`;
const ME = `{ me { email name role partnership { code } } }`;

/**
 * Starts at our /auth/oidc/login and signs in at the provider as `login`, posting its login form
 * and its consent form; stops at the dashboard's `/#sso=` (or at the page that refused it).
 * `rewrite` may tamper with any redirect on the way.
 */
async function signIn(browser: FetchBrowser, login: string, rewrite?: (location: URL) => URL) {
  const atDashboard = (u: URL) => u.origin === base && u.pathname === '/';
  let step = await browser.follow(`${base}/auth/oidc/login`, { rewrite, stop: atDashboard });
  let callbackUrl: string | undefined;
  for (let i = 0; i < 3 && step.response.status === 200 && step.url.startsWith(provider.issuer); i++) {
    const form = formOf(await step.response.text(), step.url);
    if ('login' in form.fields) Object.assign(form.fields, { login, password: 'any password' });
    step = await browser.follow(form.action, {
      form: form.fields,
      rewrite: (u) => {
        const next = rewrite ? rewrite(u) : u;
        if (next.pathname === '/auth/oidc/callback') callbackUrl = next.href;
        return next;
      },
      stop: atDashboard,
    });
  }
  const code = new URL(step.url).hash.match(/^#sso=(.+)$/)?.[1];
  return { ...step, code, callbackUrl, body: code ? '' : await step.response.text() };
}

const userByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get();
const auditOf = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();

describe('single sign-on (OpenID Connect, code flow with PKCE)', () => {
  it('tells the sign-in page that both ways exist', async () => {
    const r = await graphql<{ authMethods: { local: boolean; oidc: { label: string; loginUrl: string } | null } }>(`{ authMethods { local oidc { label loginUrl } } }`);
    expect(r.data?.authMethods).toEqual({ local: true, oidc: { label: 'Testaanmelding', loginUrl: '/auth/oidc/login' } });
  });

  it('sends the browser to the provider with state, nonce and an S256 PKCE challenge, in an HttpOnly SameSite=Lax cookie', async () => {
    const browser = new FetchBrowser();
    const res = await browser.request(`${base}/auth/oidc/login`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('redirect_uri')).toBe(`${base}/auth/oidc/callback`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const param of ['state', 'nonce', 'code_challenge']) expect(location.searchParams.get(param)?.length).toBeGreaterThanOrEqual(43);
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^duaal_oidc=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    // The cookie holds only a random key: none of the secrets of the flow travel in it.
    expect(cookie).not.toContain(location.searchParams.get('state')!);
  });

  it('creates a SECTOR_STAFF user of Bouw on the first sign-in, with the role of the claim and no password', async () => {
    const auditBefore = auditOf('login').length;
    const { code } = await signIn(new FetchBrowser(), 'bouw');
    expect(code).toBeDefined();
    const redeemed = await graphql<{ redeemSignInCode: { token: string; user: { email: string } } }>(REDEEM, { code });
    const token = redeemed.data!.redeemSignInCode.token;
    const me = await graphql<{ me: { email: string; name: string; role: string; partnership: { code: string } | null } }>(ME, {}, token);
    // "DuaalMonitor-Sectormedewerker:OVO000123" → SECTOR_STAFF; "bouw" → partnership BOUW; the e-mail in lower case.
    expect(me.data?.me).toEqual({ email: 'an.bouw@vlaanderen.test', name: 'An Bouw', role: 'SECTOR_STAFF', partnership: { code: 'BOUW' } });
    const user = userByEmail('an.bouw@vlaanderen.test')!;
    expect(user.passwordHash).toBeNull();
    expect(user.partnershipId).toBe(bouwId);
    // One audited sign-in more, naming the way and the person.
    const logins = auditOf('login');
    expect(logins.length).toBe(auditBefore + 1);
    expect(logins.at(-1)).toMatchObject({ userId: user.id, detail: 'oidc an.bouw@vlaanderen.test' });

    // The code is spent: a second redemption (a replayed URL) gets nothing.
    const again = await graphql(REDEEM, { code });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives an existing user the role of the claim at the next sign-in, and keeps their id', async () => {
    const { code } = await signIn(new FetchBrowser(), 'chef');
    const token = (await graphql<{ redeemSignInCode: { token: string } }>(REDEEM, { code })).data!.redeemSignInCode.token;
    const me = await graphql<{ me: { role: string; partnership: null } }>(ME, {}, token);
    expect(me.data?.me.role).toBe('POLICYMAKER');
    expect(userByEmail('chef@vlaanderen.test')!.id).toBe(localAdminId);
    expect(auditOf('user_updated').at(-1)?.detail).toBe(`${localAdminId} ADMIN -> POLICYMAKER (oidc)`);
  });

  it.each([
    ['norole', 'niemand@vlaanderen.test', /role: the ID token of niemand@vlaanderen\.test has no role/],
    ['strange', 'vreemd@vlaanderen.test', /role: no role of Duaal Monitor in claim "role" of vreemd@vlaanderen\.test: \["Koning"\]/],
    ['nopartnership', 'ergens@vlaanderen.test', /partnership: no partnership with code NOPE/],
  ])('refuses %s with a page naming the claim, writes no user, audits the failure', async (login, email, reason) => {
    const failedBefore = auditOf('login_failed').length;
    const result = await signIn(new FetchBrowser(), login);
    expect(result.code).toBeUndefined();
    expect(result.response.status).toBe(403);
    expect(result.body).toContain('Aanmelden mislukt');
    expect(result.body).toMatch(reason);
    expect(userByEmail(email)).toBeUndefined();
    const failed = auditOf('login_failed');
    expect(failed.length).toBe(failedBefore + 1);
    expect(failed.at(-1)?.detail).toMatch(reason);
  });

  it('refuses a callback whose state is not the one it sent', async () => {
    const result = await signIn(new FetchBrowser(), 'bouw', (u) => {
      if (u.pathname === '/auth/oidc/callback') u.searchParams.set('state', 'a-state-of-someone-else');
      return u;
    });
    expect(result.code).toBeUndefined();
    expect(result.response.status).toBe(400);
    expect(result.body).toMatch(/state/);
    expect(auditOf('login_failed').at(-1)?.detail).toMatch(/^oidc: the provider's answer was refused: .*state/);
  });

  it('refuses an ID token whose nonce is not the one it sent', async () => {
    const result = await signIn(new FetchBrowser(), 'bouw', (u) => {
      if (u.origin === provider.issuer && u.pathname === '/auth') u.searchParams.set('nonce', 'a-nonce-of-an-attacker');
      return u;
    });
    expect(result.code).toBeUndefined();
    expect(result.response.status).toBe(400);
    expect(result.body).toMatch(/nonce/);
  });

  it('refuses a replayed callback, and a used code under a new sign-in', async () => {
    const browser = new FetchBrowser();
    const first = await signIn(browser, 'bouw');
    expect(first.code).toBeDefined();
    expect(first.callbackUrl).toBeDefined();
    // The same callback again: the sign-in it belonged to is spent.
    const replay = await browser.request(first.callbackUrl!);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('no sign-in in progress');
    // A new sign-in in this browser, answered with the old code (and the new state): the provider refuses the code.
    const started = await browser.request(`${base}/auth/oidc/login`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const forged = new URL(first.callbackUrl!);
    forged.searchParams.set('state', state);
    const reused = await browser.request(forged.href);
    expect(reused.status).toBe(400);
    expect(await reused.text()).toMatch(/invalid_grant/);
  });

  it('refuses a callback in a browser that started no sign-in (a link planted by someone else)', async () => {
    const attacker = new FetchBrowser();
    const { callbackUrl } = await signIn(attacker, 'bouw', (u) => u);
    const victim = new FetchBrowser();
    const res = await victim.request(callbackUrl!);
    expect(res.status).toBe(400);
  });

  // Last: it locks this test's address out of the callback for a minute.
  it('stops auditing forged callbacks from one address after 10 refusals in a minute: 429 with Retry-After', async () => {
    const forged = () => fetch(`${base}/auth/oidc/callback?code=forged&state=forged`, { redirect: 'manual' });
    // The tests above already had some callbacks refused from 127.0.0.1: send until the lockout starts (10 failures per address and minute).
    let res = await forged();
    for (let i = 0; i < 10 && res.status !== 429; i++) res = await forged();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(auditOf('login_locked').at(-1)?.detail).toBe('oidc from 127.0.0.1');
    const failed = auditOf('login_failed').length;
    expect((await forged()).status).toBe(429);
    expect(auditOf('login_failed').length).toBe(failed);
  });

  it('refuses a made-up sign-in code', async () => {
    const r = await graphql(REDEEM, { code: 'made-up' });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
