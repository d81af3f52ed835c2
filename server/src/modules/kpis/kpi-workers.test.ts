import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { TEST_SECRET } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { signToken } from '../auth/tokens.js';
import { createApp } from '../../yoga.js';
import { createClock } from '../../clock.js';
import { buildKpiFixture, type KpiFixture } from './kpi-fixture.js';
import { KpiInputError, computeKpi } from './kpis.service.js';
import { KpiWorkerPool, QueryTimeoutError } from './kpi-workers.js';

// KPIs in worker threads under a per-request time budget (Hardening, item 3). No wall-clock
// thresholds: the tests assert what is answered, with which code, and in which order.

const Y = '2022-2023';
const TODAY = '2026-01-15';
let db: Db;
let fx: KpiFixture;
let pool: KpiWorkerPool;

beforeAll(async () => {
  db = createTestDb();
  fx = buildKpiFixture(db);
  pool = new KpiWorkerPool({ file: db.sqlite.name, size: 1 });
  await pool.ready();
}, 120_000);
afterAll(() => pool.close());

async function post(app: ReturnType<typeof createApp>, query: string, userId: number) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(userId, TEST_SECRET, new Date())}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, { measure?: string; total?: { value: number | null } }> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

// 100 aliased KPI fields: the 20 KPIs × 5 school years (breadth 200: within the limit of 500).
const IDS = Array.from({ length: 20 }, (_, i) => `K${i + 1}`);
const YEARS = ['2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023'];
const HUNDRED = `{ ${IDS.flatMap((id) => YEARS.map((y) => `${id}_${y.slice(0, 4)}: kpi(id: ${id}, schoolYear: "${y}") { measure }`)).join('\n')} }`;

describe('KPI worker pool', () => {
  it('computes in a worker what the verb computes on this thread', async () => {
    // K1 total of the fixture (kpis.test.ts derives it by hand); compared with the in-process verb.
    const job = { input: { id: 'K1' as const, schoolYear: Y }, actor: { userId: fx.users.admin, role: 'ADMIN' as const, partnershipId: null }, today: TODAY, suppressionThreshold: 5 };
    const inWorker = await pool.compute('kpi', job, { deadline: performance.now() + 60_000, budgetMs: 60_000 });
    const here = computeKpi({ db, ...job });
    expect(inWorker).toEqual(here);
    expect(inWorker.kpi.id).toBe('K1');
  });

  it('warms the jobs asked for lately, once each, and they answer the figures of the new data', async () => {
    const actor = { userId: fx.users.admin, role: 'ADMIN' as const, partnershipId: null };
    const budget = () => ({ deadline: performance.now() + 60_000, budgetMs: 60_000 });
    const k19 = { input: { id: 'K19' as const, measure: 'actions', schoolYear: Y }, actor, today: TODAY, suppressionThreshold: 5 };
    // Asked twice: one job to warm, as is the K1 job of the first test.
    const before = (await pool.compute('kpi', k19, budget())).total.value as number;
    await pool.compute('kpi', k19, budget());
    db.sqlite
      .prepare("insert into follow_up_actions (action_key, partnership_id, establishment_id, type, performed_on) values ('WARM-1', ?, ?, 'SITE_VISIT', '2023-02-01')")
      .run(fx.partnerships.BOUW, fx.establishments.ES1a);
    expect(await pool.warm(60_000)).toBeGreaterThanOrEqual(2);
    // One more action in Y (F1–F3 of the fixture + this one).
    expect((await pool.compute('kpi', k19, budget())).total.value).toBe(before + 1);
  });

  it('under overload serves the four oldest requests in turns, and the others only after them', async () => {
    // Ten requests of three KPI jobs each arrive at once (request i has the i-th earliest deadline).
    const actor = { userId: fx.users.admin, role: 'ADMIN' as const, partnershipId: null };
    const events: string[] = [];
    const requests = Array.from({ length: 10 }, (_, i) => {
      const budget = { deadline: performance.now() + 60_000 + i, budgetMs: 60_000 };
      const jobs = ['K1', 'K3', 'K12'].map((id) =>
        pool.compute('kpi', { input: { id: id as 'K1', schoolYear: Y }, actor, today: TODAY, suppressionThreshold: 5 }, budget).then(() => events.push(`job ${i}`)),
      );
      return Promise.all(jobs).then(() => events.push(`done ${i}`));
    });
    await Promise.all(requests);
    // Four requests at a time share the worker in turns: request 9 gets its first job only once
    // six older ones have had all theirs (five of them done). With turns among all ten, it would
    // get it before any request was done.
    const firstOfLast = events.indexOf('job 9');
    expect(events.slice(0, firstOfLast).filter((e) => e.startsWith('done')).length).toBeGreaterThanOrEqual(5);
    expect(events.filter((e) => e.startsWith('done'))).toHaveLength(10);
  });

  it('answers an input error from the worker as the same KpiInputError', async () => {
    const job = { input: { id: 'K1' as const, schoolYear: '2022' }, actor: { userId: null, role: 'ADMIN' as const, partnershipId: null }, today: TODAY, suppressionThreshold: 5 };
    const error = await pool.compute('kpi', job, { deadline: performance.now() + 60_000, budgetMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiInputError);
    expect((error as KpiInputError).argument).toBe('schoolYear');
  });

  it('answers { __typename } while 100 aliased KPI fields are computed, and completes them or refuses them with QUERY_TIMEOUT', async () => {
    const app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: 5, clock: createClock(TODAY), kpiPool: pool, queryBudgetMs: 30_000 });
    const order: string[] = [];
    let settled = false;
    const heavy = post(app, HUNDRED, fx.users.admin).then((body) => (order.push('kpis'), (settled = true), body));
    // Ask for __typename once the pool is computing the heavy request's first KPI. On the request
    // thread (no pool) the thread would be busy until all 100 were done, and 'kpis' would come first.
    while (pool.running === 0 && !settled) await new Promise((done) => setTimeout(done, 1));
    const light = post(app, '{ __typename }', fx.users.admin).then((body) => (order.push('typename'), body));
    const [kpis, typename] = await Promise.all([heavy, light]);
    expect(kpis.errors?.filter((e) => e.extensions?.code !== 'QUERY_TIMEOUT') ?? []).toEqual([]);
    expect(order).toEqual(['typename', 'kpis']);
    expect(typename).toEqual({ data: { __typename: 'Query' } });
    const codes = new Set((kpis.errors ?? []).map((e) => e.extensions?.code));
    if (kpis.errors) {
      // Refused: every error is the budget's, named as such.
      expect([...codes]).toEqual(['QUERY_TIMEOUT']);
    } else {
      expect(Object.keys(kpis.data ?? {})).toHaveLength(100);
      expect(kpis.data?.K1_2022).toEqual({ measure: 'recognitions' });
    }
  }, 120_000);
});

describe('time budget', () => {
  let stuck: KpiWorkerPool;
  beforeAll(async () => {
    stuck = new KpiWorkerPool({ file: db.sqlite.name, size: 1, workerUrl: new URL('../../testing/stuck-kpi-worker.ts', import.meta.url) });
    await stuck.ready();
  }, 60_000);
  afterAll(() => stuck.close());
  const job = (measure: string) => ({ input: { id: 'K1' as const, measure, schoolYear: Y }, actor: { userId: null, role: 'ADMIN' as const, partnershipId: null }, today: TODAY, suppressionThreshold: 5 });

  it('stops a computation that outlives the budget, refuses what waits behind it in that request, and serves the next request', async () => {
    const budget = { deadline: performance.now() + 300, budgetMs: 300 };
    const [running, waiting] = await Promise.allSettled([stuck.compute('kpi', job('stuck'), budget), stuck.compute('kpi', job('second'), budget)]);
    expect(running).toMatchObject({ status: 'rejected', reason: expect.any(QueryTimeoutError) });
    expect(waiting).toMatchObject({ status: 'rejected', reason: expect.any(QueryTimeoutError) });
    expect((running as PromiseRejectedResult).reason.code).toBe('QUERY_TIMEOUT');
    // The stuck worker was replaced: a new request is computed (here: refused by the test worker as a bad measure).
    const next = await stuck.compute('kpi', job('next'), { deadline: performance.now() + 60_000, budgetMs: 60_000 }).catch((e: unknown) => e);
    expect(next).toBeInstanceOf(KpiInputError);
    expect((next as Error).message).toBe('measure: next');
  }, 60_000);

  it('answers QUERY_TIMEOUT through GraphQL, naming the budget', async () => {
    const app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: 5, clock: createClock(TODAY), kpiPool: stuck, queryBudgetMs: 300 });
    const body = await post(app, `{ kpi(id: K1, measure: "stuck", schoolYear: "${Y}") { measure } }`, fx.users.admin);
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['QUERY_TIMEOUT', 'The request exceeded its time budget of 300 ms for KPI computations; ask for fewer KPI fields at once.'],
    ]);
  }, 60_000);
});
