import { createGraphQLError, createYoga, type Plugin } from 'graphql-yoga';
import { systemClock, type Clock } from './clock.js';
import type { Db } from './db/client.js';
import { schema } from './graphql/schema.js';
import type { Context } from './graphql/context.js';
import { actorFromRequest, signToken } from './modules/auth/tokens.js';
import { formatMegabytes, IMPORT_LIMITS, type ImportLimits } from './modules/imports/import-limits.js';

export interface AppOptions {
  db: Db;
  authSecret: string;
  suppressionThreshold: number;
  /** Default: the system clock in Europe/Brussels. */
  clock?: Clock;
  /** Default: IMPORT_LIMITS (200 MB per upload, 100 MB per file). */
  importLimits?: ImportLimits;
}

/** The header the dashboard's uploader sends, so the import history tells uploads from scripts. */
export const IMPORT_SOURCE_HEADER = 'x-import-source';

/** The GraphQL app, separate from the listener so tests call yoga.fetch without a port. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const importLimits = options.importLimits ?? IMPORT_LIMITS;
  return createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: true,
    plugins: [refuseLargeRequests(importLimits.maxUploadBytes)],
    context: async ({ request }) => ({
      db: options.db,
      today: clock.today(),
      clock,
      actor: await actorFromRequest(options.db, request, options.authSecret),
      suppressionThreshold: options.suppressionThreshold,
      issueToken: (userId: number) => signToken(userId, options.authSecret),
      importLimits,
      importSource: request.headers.get(IMPORT_SOURCE_HEADER) === 'upload' ? 'UPLOAD' : 'API',
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
