import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, createYoga, type Plugin } from 'graphql-yoga';
import { systemClock, type Clock } from './clock.js';
import type { Db } from './db/client.js';
import { schema } from './graphql/schema.js';
import { maskServiceErrors, useServiceErrors } from './graphql/service-errors.js';
import type { Context } from './graphql/context.js';
import { actorOf, useActor, useSchemaPrivacy, type SecurityServerContext } from './graphql/security-plugins.js';
import { LoginLimiter } from './modules/auth/login-limiter.js';
import { actorFromRequest, signToken } from './modules/auth/tokens.js';
import { formatMegabytes, UPLOAD_LIMITS, type UploadLimits } from './modules/imports/index.js';
import type { KpiWorkerPool } from './modules/kpis/index.js';
import type { SignInMethods } from './graphql/context.js';

export interface AppOptions {
  db: Db;
  authSecret: string;
  suppressionThreshold: number;
  /** Default: the system clock in Europe/Brussels. */
  clock?: Clock;
  /** Default: UPLOAD_LIMITS (200 MB per upload, 100 MB per file). */
  importLimits?: UploadLimits;
  /** Origins (scheme://host[:port]) other than the dashboard's own that may call the API; default none. */
  corsOrigins?: readonly string[];
  /** Production: no introspection and no field suggestions for anyone. */
  production?: boolean;
  /** Default: a fresh in-memory limiter for this app (one per process). */
  loginLimiter?: LoginLimiter;
  /** Computes KPIs off the main thread under a time budget (see kpi-workers.ts). */
  kpiPool?: KpiWorkerPool;
  /** Time budget of one request's KPI computations in the pool, in ms (default 10 s). */
  queryBudgetMs?: number;
  /** The ways to sign in (default: local accounts only). */
  signIn?: SignInMethods;
}

const LOCAL_SIGN_IN_ONLY: SignInMethods = { local: true, oidc: null };

/** The header the dashboard's uploader sends, so the import history tells uploads from scripts. */
export const IMPORT_SOURCE_HEADER = 'x-import-source';

/** The GraphQL app, separate from the listener so tests call yoga.fetch without a port. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const importLimits = options.importLimits ?? UPLOAD_LIMITS;
  const corsOrigins = options.corsOrigins ?? [];
  const loginLimiter = options.loginLimiter ?? new LoginLimiter();
  const budgetMs = options.queryBudgetMs ?? 10_000;
  return createYoga<SecurityServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    maskedErrors: { maskError: maskServiceErrors },
    // Same origin needs no CORS; another origin only when listed (CORS_ORIGINS). Never reflected.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin && corsOrigins.includes(origin) ? { origin: [origin], credentials: false, methods: ['POST', 'GET', 'OPTIONS'] } : false;
    },
    // Whether introspection is allowed depends on the caller, so validation results are not shared.
    parserAndValidationCache: { validationCache: false },
    plugins: [
      refuseLargeRequests(importLimits.maxUploadBytes),
      // A form or text/plain POST (no preflight, so any site can send one) needs this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useActor((request) => actorFromRequest(options.db, request, options.authSecret, clock.now())),
      useSchemaPrivacy({ production: options.production ?? false }),
      useServiceErrors(),
    ],
    context: (serverContext) => ({
      db: options.db,
      today: clock.today(),
      clock,
      actor: actorOf(serverContext),
      suppressionThreshold: options.suppressionThreshold,
      issueToken: (userId: number) => signToken(userId, options.authSecret, clock.now()),
      loginLimiter,
      signIn: options.signIn ?? LOCAL_SIGN_IN_ONLY,
      clientAddress: serverContext.clientAddress ?? 'unknown',
      importLimits,
      importSource: serverContext.request.headers.get(IMPORT_SOURCE_HEADER) === 'upload' ? 'UPLOAD' : 'API',
      kpiPool: options.kpiPool,
      // A monotonic deadline for timers, not a date: the clock stays the only source of "today".
      kpiBudget: { deadline: performance.now() + budgetMs, budgetMs },
    }),
  });
}

/** A request body above the upload limit is refused on its declared length, before it is read. */
function refuseLargeRequests(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length <= maxBytes) return;
      const error = createGraphQLError(`The upload is ${formatMegabytes(length)}; the limit is ${formatMegabytes(maxBytes)}`, {
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      });
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error.toJSON()] }), {
          status: 413,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
