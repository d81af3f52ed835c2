import { createClock } from '../clock.js';
import type { Db } from '../db/client.js';
import { signToken } from '../modules/auth/tokens.js';
import { createApp } from '../yoga.js';

export const TEST_SECRET = 'test-secret-that-is-long-enough';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Runs one operation through yoga.fetch (no port), as the given user id or anonymously. */
export async function runGraphQL<T = Record<string, unknown>>(
  db: Db,
  query: string,
  variables: Record<string, unknown> = {},
  options: { userId?: number; suppressionThreshold?: number; /** Fixed "today" (default: the system clock). */ today?: string; /** Fixed instant of the clock (tokens, audit rows, expiries). */ now?: Date; /** Send this bearer token instead of signing one for userId. */ token?: string } = {},
): Promise<GraphQLResponse<T>> {
  const fixedNow = options.now;
  const clock = createClock(options.today, fixedNow ? () => fixedNow : undefined);
  const app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: options.suppressionThreshold ?? 5, clock });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  else if (options.userId !== undefined) headers.authorization = `Bearer ${await signToken(options.userId, TEST_SECRET, clock.now())}`;
  const response = await app.fetch('http://test/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLResponse<T>;
}
