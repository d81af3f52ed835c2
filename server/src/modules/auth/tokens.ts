import { eq } from 'drizzle-orm';
import { SignJWT, jwtVerify } from 'jose';
import { createGraphQLError } from 'graphql-yoga';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { ANONYMOUS, type Actor } from './actor.js';

const ISSUER = 'duaal-monitor';
/** A working day: a stolen token is useless by the next morning. */
export const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;
const key = (secret: string) => new TextEncoder().encode(secret);

/** Signs an HS256 token for a user, issued at `now` (the caller's clock) and valid for `lifetimeSeconds`. */
export async function signToken(userId: number, secret: string, now: Date, lifetimeSeconds = TOKEN_LIFETIME_SECONDS): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(key(secret));
}

const invalidToken = () => createGraphQLError('Invalid or expired token', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** `iat` is in whole seconds: a token of the same second as the change still counts as after it. */
export const issuedAfterAccessChange = (issuedAt: number, accessChangedAt: string | null): boolean =>
  accessChangedAt === null || issuedAt >= Math.floor(Date.parse(accessChangedAt) / 1000);

/**
 * The actor of a request, from its bearer token. The role and partnership are read from the
 * users table (one primary-key lookup per request, none per resolver), so a changed role, a
 * deactivation or a reactivation takes effect at once. No token: anonymous; a bad token: error.
 * Only HS256 with an expiry is accepted: a token without `exp` would be valid for ever, and any
 * other algorithm is not one we sign with.
 */
export async function actorFromRequest(db: Db, request: Request, secret: string, now: Date): Promise<Actor> {
  const header = request.headers.get('authorization');
  if (!header) return ANONYMOUS;
  const token = header.replace(/^Bearer\s+/i, '');
  let userId: number;
  let issuedAt: number;
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'iat'], currentDate: now });
    userId = Number(payload.sub);
    issuedAt = payload.iat!;
  } catch {
    throw invalidToken();
  }
  if (!Number.isSafeInteger(userId)) throw invalidToken();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw createGraphQLError('Unknown user', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  // The same row tells whether the user is still active and whether this token predates the last
  // deactivation or reactivation: a deactivated user's tokens stop working on the next request.
  if (!user.active || !issuedAfterAccessChange(issuedAt, user.accessChangedAt)) throw invalidToken();
  return { userId: user.id, role: user.role, partnershipId: user.partnershipId };
}
