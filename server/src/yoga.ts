import { createYoga } from 'graphql-yoga';
import { systemClock, type Clock } from './clock.js';
import type { Db } from './db/client.js';
import { schema } from './graphql/schema.js';
import type { Context } from './graphql/context.js';
import { actorFromRequest, signToken } from './modules/auth/tokens.js';

export interface AppOptions {
  db: Db;
  authSecret: string;
  suppressionThreshold: number;
  /** Default: the system clock in Europe/Brussels. */
  clock?: Clock;
}

/** The GraphQL app, separate from the listener so tests call yoga.fetch without a port. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
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
    }),
  });
}
