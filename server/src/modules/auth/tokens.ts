import { eq } from 'drizzle-orm';
import { SignJWT, jwtVerify } from 'jose';
import { createGraphQLError } from 'graphql-yoga';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { ANONYMOUS, type Actor } from './actor.js';

const ISSUER = 'duaal-monitor';
const key = (secret: string) => new TextEncoder().encode(secret);

export async function signToken(userId: number, secret: string, expiresIn = '12h'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

/**
 * The actor of a request, from its bearer token. The role and partnership are read from the
 * users table, so a changed role takes effect at once. No token: anonymous; a bad token: error.
 */
export async function actorFromRequest(db: Db, request: Request, secret: string): Promise<Actor> {
  const header = request.headers.get('authorization');
  if (!header) return ANONYMOUS;
  const token = header.replace(/^Bearer\s+/i, '');
  let userId: number;
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER });
    userId = Number(payload.sub);
  } catch {
    throw createGraphQLError('Invalid or expired token', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw createGraphQLError('Unknown user', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  return { userId: user.id, role: user.role, partnershipId: user.partnershipId };
}
