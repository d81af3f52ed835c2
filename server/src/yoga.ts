import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import { systemClock, type Clock } from './clock.js';
import type { Db } from './db/client.js';
import { schema } from './graphql/schema.js';
import type { Context } from './graphql/context.js';
import { actorOf, useActor, useSchemaPrivacy, type SecurityServerContext } from './graphql/security-plugins.js';
import { LoginLimiter } from './modules/auth/login-limiter.js';
import { actorFromRequest, signToken } from './modules/auth/tokens.js';

export interface AppOptions {
  db: Db;
  authSecret: string;
  suppressionThreshold: number;
  /** Default: the system clock in Europe/Brussels. */
  clock?: Clock;
  /** Origins (scheme://host[:port]) other than the dashboard's own that may call the API; default none. */
  corsOrigins?: readonly string[];
  /** Production: no introspection and no field suggestions for anyone. */
  production?: boolean;
  /** Default: a fresh in-memory limiter for this app (one per process). */
  loginLimiter?: LoginLimiter;
}

/** The GraphQL app, separate from the listener so tests call yoga.fetch without a port. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const corsOrigins = options.corsOrigins ?? [];
  const loginLimiter = options.loginLimiter ?? new LoginLimiter();
  return createYoga<SecurityServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    maskedErrors: true,
    // Same origin needs no CORS; another origin only when listed (CORS_ORIGINS). Never reflected.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin && corsOrigins.includes(origin) ? { origin: [origin], credentials: false, methods: ['POST', 'GET', 'OPTIONS'] } : false;
    },
    // Whether introspection is allowed depends on the caller, so validation results are not shared.
    parserAndValidationCache: { validationCache: false },
    plugins: [
      // A form or text/plain POST (no preflight, so any site can send one) needs this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useActor((request) => actorFromRequest(options.db, request, options.authSecret, clock.now())),
      useSchemaPrivacy({ production: options.production ?? false }),
    ],
    context: (serverContext) => ({
      db: options.db,
      today: clock.today(),
      clock,
      actor: actorOf(serverContext),
      suppressionThreshold: options.suppressionThreshold,
      issueToken: (userId: number) => signToken(userId, options.authSecret, clock.now()),
      loginLimiter,
      clientAddress: serverContext.clientAddress ?? 'unknown',
    }),
  });
}
