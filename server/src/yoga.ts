import { createYoga } from 'graphql-yoga';
import { systemClock, type Clock } from './clock.js';
import type { Db } from './db/client.js';
import { schema } from './graphql/schema.js';
import type { Context } from './graphql/context.js';
import { actorFromRequest, signToken } from './modules/auth/tokens.js';
import type { KpiWorkerPool } from './modules/kpis/kpi-workers.js';

export interface AppOptions {
  db: Db;
  authSecret: string;
  suppressionThreshold: number;
  /** Default: the system clock in Europe/Brussels. */
  clock?: Clock;
  /** Computes KPIs off the main thread under a time budget (see kpi-workers.ts). */
  kpiPool?: KpiWorkerPool;
  /** Time budget of one request's KPI computations in the pool, in ms (default 10 s). */
  queryBudgetMs?: number;
}

/** The GraphQL app, separate from the listener so tests call yoga.fetch without a port. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const budgetMs = options.queryBudgetMs ?? 10_000;
  return createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: true,
    context: async ({ request }) => ({
      db: options.db,
      today: clock.today(),
      clock,
      actor: await actorFromRequest(options.db, request, options.authSecret),
      suppressionThreshold: options.suppressionThreshold,
      issueToken: (userId: number) => signToken(userId, options.authSecret),
      kpiPool: options.kpiPool,
      // A monotonic deadline for timers, not a date: the clock stays the only source of "today".
      kpiBudget: { deadline: performance.now() + budgetMs, budgetMs },
    }),
  });
}
