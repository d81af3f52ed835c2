import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { auditLog, userInvitations, users } from '../../db/schema/index.js';
import { createFactories } from '../../testing/factories.js';
import { createClock } from '../../clock.js';
import { runGraphQL, TEST_SECRET, type GraphQLResponse } from '../../testing/graphql-client.js';
import { createApp } from '../../yoga.js';
import { signToken } from './tokens.js';
import { createTestDb } from '../../testing/test-db.js';
import { untilAccessChanges } from '../live/live.graphql.js';
import { onAccessChange } from './access-changes.js';
import { appendAuditLog } from './audit.js';
import { brusselsDayStart } from './audit-log.service.js';
import { hashPassword } from './passwords.js';
import { setUserActive } from './user-admin.service.js';

// Issue 9, administration: users and the audit log through the API, on a fresh database with a
// hand-made set of users: one ADMIN, one PARTNERSHIP_MEMBER, the partnership BOUW.

const NOW = new Date('2026-11-29T10:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let db: Db;
let adminId: number;
let memberId: number;
beforeEach(async () => {
  db = createTestDb();
  const f = createFactories(db);
  f.partnership({ code: 'BOUW' });
  adminId = f.user({ role: 'ADMIN', email: 'admin@example.test', name: 'Ada Admin' });
  memberId = f.user({ role: 'PARTNERSHIP_MEMBER', email: 'lid@example.test', name: 'Lid' });
  db.update(users).set({ passwordHash: await hashPassword('member-password') }).where(eq(users.id, memberId)).run();
});

const ADD = `mutation($input: AddUserInput!) { addUser(input: $input) { code expiresAt user { id email name role status partnership { code } lastSignInAt } } }`;
const ACCEPT = `mutation($code: String!, $password: String!) { acceptInvitation(code: $code, password: $password) { token user { email role partnership { code } } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(userId: $id) { id status } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(userId: $id) { id status } }`;
const ME = '{ me { email role } }';

type AddResult = { addUser: { code: string; expiresAt: string; user: { id: string; email: string; status: string } } };
const codes = (r: GraphQLResponse) => r.errors?.map((e) => e.extensions?.code);
const fields = (r: GraphQLResponse) => r.errors?.map((e) => (e.extensions as { field?: string } | undefined)?.field);

async function addStaff(email = 'nieuw@example.test', now = NOW) {
  const r = await runGraphQL<AddResult>(db, ADD, { input: { email, name: 'Nieuwe Medewerker', role: 'SECTOR_STAFF', partnershipCode: 'BOUW' } }, { userId: adminId, now });
  expect(r.errors).toBeUndefined();
  return r.data!.addUser;
}

describe('addUser and the one-time link', () => {
  it('adds a user, whose link sets the password once, signs in, and then login works with it', async () => {
    const added = await addStaff();
    // 7 days after the clock's instant.
    expect(added.expiresAt).toBe('2026-12-06T10:00:00.000Z');
    expect(added.user).toMatchObject({ email: 'nieuw@example.test', status: 'INVITED' });
    // Only the hash of the code is stored.
    const stored = db.select().from(userInvitations).all();
    expect(stored.map((i) => i.codeHash)).toEqual([createHash('sha256').update(added.code).digest('hex')]);
    expect(JSON.stringify(db.select().from(userInvitations).all())).not.toContain(added.code);

    const accepted = await runGraphQL<{ acceptInvitation: { token: string; user: unknown } }>(db, ACCEPT, { code: added.code, password: 'a-long-new-password' }, { now: later(MINUTE) });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toEqual({ email: 'nieuw@example.test', role: 'SECTOR_STAFF', partnership: { code: 'BOUW' } });
    const me = await runGraphQL(db, ME, {}, { token: accepted.data!.acceptInvitation.token, now: later(2 * MINUTE) });
    expect(me.data).toEqual({ me: { email: 'nieuw@example.test', role: 'SECTOR_STAFF' } });

    const login = await runGraphQL(db, LOGIN, { email: 'nieuw@example.test', password: 'a-long-new-password' }, { now: later(3 * MINUTE) });
    expect(login.errors).toBeUndefined();

    // The second use of the same link is refused, naming the field; the password stays the first one.
    const again = await runGraphQL(db, ACCEPT, { code: added.code, password: 'another-password-x' }, { now: later(4 * MINUTE) });
    expect([codes(again), fields(again)]).toEqual([['BAD_USER_INPUT'], ['code']]);
    expect((await runGraphQL(db, LOGIN, { email: 'nieuw@example.test', password: 'another-password-x' }, { now: later(5 * MINUTE) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const list = await runGraphQL<{ users: { email: string; status: string; lastSignInAt: string | null }[] }>(db, '{ users { email status lastSignInAt } }', {}, { userId: adminId });
    // By name: Ada Admin, Lid, Nieuwe Medewerker. The last sign-in is the login at +3 min (the
    // invitation counts as a sign-in at +1 min, the later login wins).
    expect(list.data!.users).toEqual([
      { email: 'admin@example.test', status: 'INVITED', lastSignInAt: null },
      { email: 'lid@example.test', status: 'ACTIVE', lastSignInAt: null },
      { email: 'nieuw@example.test', status: 'ACTIVE', lastSignInAt: later(3 * MINUTE).toISOString() },
    ]);
  });

  it('does not work after 7 days, and refuses a short password', async () => {
    const early = await addStaff('vroeg@example.test');
    const late = await addStaff('laat@example.test');
    const short = await runGraphQL(db, ACCEPT, { code: early.code, password: 'short' }, { now: later(MINUTE) });
    expect([codes(short), fields(short)]).toEqual([['BAD_USER_INPUT'], ['password']]);
    // One second before the 7 days are over: still valid.
    const inTime = await runGraphQL(db, ACCEPT, { code: early.code, password: 'a-long-new-password' }, { now: later(7 * DAY - 1000) });
    expect(inTime.errors).toBeUndefined();
    // At exactly 7 days the link has expired.
    const expired = await runGraphQL(db, ACCEPT, { code: late.code, password: 'a-long-new-password' }, { now: later(7 * DAY) });
    expect([codes(expired), fields(expired)]).toEqual([['BAD_USER_INPUT'], ['code']]);
    expect(db.select().from(users).all().find((u) => u.email === 'laat@example.test')!.passwordHash).toBeNull();
  });

  it.each([
    [{ email: 'not-an-address', name: 'X', role: 'ADMIN' }, 'email'],
    [{ email: 'lid@example.test', name: 'X', role: 'ADMIN' }, 'email'],
    [{ email: 'x@example.test', name: 'X', role: 'SECTOR_STAFF', partnershipCode: 'NOPE' }, 'partnershipCode'],
    [{ email: 'x@example.test', name: 'X', role: 'SECTOR_STAFF' }, 'partnershipCode'],
    [{ email: 'x@example.test', name: 'X', role: 'POLICYMAKER', partnershipCode: 'BOUW' }, 'partnershipCode'],
    [{ email: 'x@example.test', name: ' ', role: 'ADMIN' }, 'name'],
  ])('refuses %j naming the field %s, and writes nothing', async (input, field) => {
    const before = [db.select().from(users).all().length, db.select().from(auditLog).all().length];
    const r = await runGraphQL(db, ADD, { input }, { userId: adminId });
    expect([codes(r), fields(r)]).toEqual([['BAD_USER_INPUT'], [field]]);
    expect(r.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
    expect([db.select().from(users).all().length, db.select().from(auditLog).all().length]).toEqual(before);
  });

  it('refuses an unknown role in GraphQL validation, naming it', async () => {
    const r = await runGraphQL(db, ADD, { input: { email: 'x@example.test', name: 'X', role: 'KING' } }, { userId: adminId });
    expect(r.errors?.[0]?.message).toMatch(/"KING".*role|role.*"KING"/);
  });
});

describe('deactivate and reactivate', () => {
  it('stops the user’s token at the next request and refuses its sign-in like a wrong password', async () => {
    const added = await addStaff();
    const accepted = await runGraphQL<{ acceptInvitation: { token: string } }>(db, ACCEPT, { code: added.code, password: 'a-long-new-password' }, { now: NOW });
    const token = accepted.data!.acceptInvitation.token;
    expect((await runGraphQL(db, ME, {}, { token, now: later(MINUTE) })).data).toEqual({ me: { email: 'nieuw@example.test', role: 'SECTOR_STAFF' } });

    const off = await runGraphQL(db, DEACTIVATE, { id: added.user.id }, { userId: adminId, now: later(2 * MINUTE) });
    expect(off.data).toEqual({ deactivateUser: { id: added.user.id, status: 'DEACTIVATED' } });
    // The same token, still within its 8 hours, is refused on the next request.
    expect(codes(await runGraphQL(db, ME, {}, { token, now: later(3 * MINUTE) }))).toEqual(['UNAUTHENTICATED']);
    // The right password gets the answer of a wrong one.
    const refused = await runGraphQL(db, LOGIN, { email: 'nieuw@example.test', password: 'a-long-new-password' }, { now: later(4 * MINUTE) });
    const wrong = await runGraphQL(db, LOGIN, { email: 'lid@example.test', password: 'not-the-password' }, { now: later(4 * MINUTE) });
    expect(refused.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(wrong.errors?.map((e) => [e.message, e.extensions?.code]));

    // Reactivated: signing in works again, but the token from before the deactivation stays refused.
    const on = await runGraphQL(db, REACTIVATE, { id: added.user.id }, { userId: adminId, now: later(5 * MINUTE) });
    expect(on.data).toEqual({ reactivateUser: { id: added.user.id, status: 'ACTIVE' } });
    expect(codes(await runGraphQL(db, ME, {}, { token, now: later(6 * MINUTE) }))).toEqual(['UNAUTHENTICATED']);
    const back = await runGraphQL<{ login: { token: string } }>(db, LOGIN, { email: 'nieuw@example.test', password: 'a-long-new-password' }, { now: later(6 * MINUTE) });
    expect((await runGraphQL(db, ME, {}, { token: back.data!.login.token, now: later(7 * MINUTE) })).data).toEqual({ me: { email: 'nieuw@example.test', role: 'SECTOR_STAFF' } });

    const actions = db.select().from(auditLog).all().map((r) => [r.action, r.userId]);
    expect(actions).toContainEqual(['user_deactivated', adminId]);
    expect(actions).toContainEqual(['user_reactivated', adminId]);
  });

  it('refuses an administrator deactivating themselves, and an unknown or already active user', async () => {
    const self = await runGraphQL(db, DEACTIVATE, { id: String(adminId) }, { userId: adminId });
    expect([codes(self), fields(self)]).toEqual([['BAD_USER_INPUT'], ['userId']]);
    expect(self.errors![0]!.message).toBe('userId: an administrator cannot deactivate their own account');
    const unknown = await runGraphQL(db, DEACTIVATE, { id: '9999' }, { userId: adminId });
    expect(unknown.errors![0]!.message).toBe('userId: no user with id 9999');
    const active = await runGraphQL(db, REACTIVATE, { id: String(memberId) }, { userId: adminId });
    expect(active.errors![0]!.message).toBe('userId: user lid@example.test is active already');
  });

  it('ends the user’s open dataChanged stream (Server-Sent Events) when it is deactivated', async () => {
    const clock = createClock('2026-11-29', () => NOW);
    const app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: 5, clock });
    const token = await signToken(memberId, TEST_SECRET, NOW);
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'subscription { dataChanged { at } }' }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const read = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return text;
        text += value;
      }
    })();
    // Deactivated after the stream opened: the stream completes without any data event.
    // (A pause for the stream to start pulling, so the subscription is registered: sequencing, not timing.)
    await new Promise((r) => setTimeout(r, 200));
    setUserActive({ db, actor: { userId: adminId, role: 'ADMIN', partnershipId: null }, userId: memberId, active: false, now: later(MINUTE) });
    const text = await read;
    expect(text).toContain('event: complete');
    expect(text).not.toContain('event: next');
  });

  it('ends an open live subscription of the user at once', async () => {
    async function* never() {
      yield* [] as number[];
      await new Promise(() => undefined);
    }
    const stream = untilAccessChanges(never(), (stop) => onAccessChange(db, memberId, stop));
    const next = stream.next();
    setUserActive({ db, actor: { userId: adminId, role: 'ADMIN', partnershipId: null }, userId: memberId, active: false, now: NOW });
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });
});

describe('only for ADMIN', () => {
  it.each([
    ['{ users { email } }', {}],
    ['{ auditLog { totalCount } }', {}],
    ['{ auditActions }', {}],
    [ADD, { input: { email: 'x@example.test', name: 'X', role: 'ADMIN' } }],
    [DEACTIVATE, { id: '1' }],
    [REACTIVATE, { id: '1' }],
  ])('%s is FORBIDDEN for a partnership member and writes nothing', async (query, variables) => {
    const before = [db.select().from(users).all().length, db.select().from(auditLog).all().length];
    const r = await runGraphQL(db, query, variables, { userId: memberId });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect([db.select().from(users).all().length, db.select().from(auditLog).all().length]).toEqual(before);
    expect(db.select().from(users).all().every((u) => u.active)).toBe(true);
  });
});

describe('auditLog', () => {
  type Page = { auditLog: { totalCount: number; nodes: { id: string; action: string; userEmail: string | null }[]; endCursor: string | null; hasNextPage: boolean } };
  const QUERY = `query($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) { totalCount endCursor hasNextPage nodes { id action userEmail } } }`;

  // Five rows around the Brussels day 2026-11-28 (CET, UTC+1: it runs from 27 Nov 23:00 UTC to
  // 28 Nov 23:00 UTC). Rows 1 and 5 fall just outside it, rows 2–4 inside.
  let ids: number[];
  beforeEach(() => {
    const rows: [string, number, string][] = [
      ['2026-11-27T22:59:59.000Z', adminId, 'login'],
      ['2026-11-27T23:00:00.000Z', adminId, 'login_failed'],
      ['2026-11-28T12:00:00.000Z', memberId, 'login'],
      ['2026-11-28T22:59:59.000Z', memberId, 'import'],
      ['2026-11-28T23:00:00.000Z', adminId, 'login'],
    ];
    for (const [at, userId, action] of rows) appendAuditLog(db, { userId, action, entity: 'users' }, new Date(at));
    ids = db.select({ id: auditLog.id }).from(auditLog).all().map((r) => r.id);
  });
  const run = (filter: Record<string, unknown> | null, first = 50, after?: string) => runGraphQL<Page>(db, QUERY, { filter, first, after }, { userId: adminId });
  const rowsOf = (r: GraphQLResponse<Page>) => r.data!.auditLog.nodes.map((n) => Number(n.id));
  const row = (n: number) => ids[n - 1]!;

  it('filters by date range (Brussels days, both ends included), user and action; newest first', async () => {
    expect(rowsOf(await run({ from: '2026-11-28', to: '2026-11-28' }))).toEqual([row(4), row(3), row(2)]);
    expect(rowsOf(await run({ userId: String(adminId) }))).toEqual([row(5), row(2), row(1)]);
    expect(rowsOf(await run({ action: 'login' }))).toEqual([row(5), row(3), row(1)]);
    expect(rowsOf(await run({ userId: String(adminId), action: 'login', from: '2026-11-28' }))).toEqual([row(5)]);
    expect(rowsOf(await run({ to: '2026-11-27' }))).toEqual([row(1)]);
    const all = await run(null);
    expect(all.data!.auditLog.totalCount).toBe(5);
    expect(all.data!.auditLog.nodes[0]).toEqual({ id: String(row(5)), action: 'login', userEmail: 'admin@example.test' });
  });

  it('pages with a total of the whole filter', async () => {
    const p1 = await run(null, 2);
    expect([rowsOf(p1), p1.data!.auditLog.totalCount, p1.data!.auditLog.hasNextPage]).toEqual([[row(5), row(4)], 5, true]);
    const p2 = await run(null, 2, p1.data!.auditLog.endCursor!);
    expect([rowsOf(p2), p2.data!.auditLog.hasNextPage]).toEqual([[row(3), row(2)], true]);
    const p3 = await run(null, 2, p2.data!.auditLog.endCursor!);
    expect([rowsOf(p3), p3.data!.auditLog.hasNextPage]).toEqual([[row(1)], false]);
  });

  it('refuses a range that ends before it starts and a page above the limit, naming the field', async () => {
    expect(fields(await run({ from: '2026-11-28', to: '2026-11-27' }))).toEqual(['filter.to']);
    expect(fields(await run(null, 501))).toEqual(['first']);
  });

  it('lists the actions present', async () => {
    const r = await runGraphQL<{ auditActions: string[] }>(db, '{ auditActions }', {}, { userId: adminId });
    expect(r.data!.auditActions).toEqual(['import', 'login', 'login_failed']);
  });

  it('takes the Brussels offset of the day itself, also on the days the clocks change', () => {
    expect(brusselsDayStart('2026-07-01')).toBe('2026-06-30T22:00:00.000Z'); // CEST, UTC+2
    expect(brusselsDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z'); // midnight still CET
    expect(brusselsDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z'); // midnight still CEST
  });
});

describe('audit coverage', () => {
  it('writes an upload refused before it is read as a failed import', async () => {
    const { importUploadedFiles } = await import('../imports/index.js');
    const actor = { userId: adminId, role: 'ADMIN' as const, partnershipId: null };
    const limits = { maxUploadBytes: 10, maxFileBytes: 10 };
    await expect(importUploadedFiles({ db, actor, input: { files: [] }, at: NOW, source: 'API', limits })).rejects.toThrow(/at least one/);
    const big = new File(['x'.repeat(11)], 'agreements.csv');
    await expect(importUploadedFiles({ db, actor, input: { files: [big] }, at: NOW, source: 'API', limits })).rejects.toThrow(/limit/);
    const rows = db.select().from(auditLog).all();
    expect(rows.map((r) => [r.action, r.userId, r.at])).toEqual([
      ['import_failed', adminId, NOW.toISOString()],
      ['import_failed', adminId, NOW.toISOString()],
    ]);
    expect(JSON.parse(rows[1]!.detail!)).toMatchObject({ files: ['agreements.csv'], errorCount: 1 });
  });

  it.each([
    ['MENTOR_LIST', 'mentor_personal_data'],
    ['MENTOR_WORK_LIST', 'mentor_personal_data'],
    ['AUDIT_LOG', 'audit_log'],
  ])('writes a %s download with the table of its personal data (%s)', async (kind, entity) => {
    const r = await runGraphQL(db, `mutation { recordPersonalDataDownload(kind: ${kind}, rows: 7) }`, {}, { userId: adminId });
    expect(r.errors).toBeUndefined();
    expect(db.select().from(auditLog).all().map((x) => [x.action, x.entity, x.detail, x.userId])).toEqual([['personal_data_download', entity, `${kind} 7 rows`, adminId]]);
  });
});
