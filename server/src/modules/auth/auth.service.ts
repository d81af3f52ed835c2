import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';
import { ServiceError } from '../../errors.js';
import { badUserInput, unauthenticated } from '../records/errors.js';
import type { Actor } from './actor.js';
import { appendAuditLog } from './audit.js';
import type { LoginLimiter } from './login-limiter.js';
import type { SignInCodes } from './oidc.js';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords.js';

export type UserRow = typeof users.$inferSelect;

// RFC 5321 caps an address at 254 characters; scrypt on a megabyte password costs the server,
// not the caller, so passwords are capped too. Checked before any lookup or audit write.
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 1024;
const LoginInput = z.object({
  email: z.string().max(MAX_EMAIL_LENGTH, { error: `login: email is longer than ${MAX_EMAIL_LENGTH} characters` }).transform((v) => v.trim().toLowerCase()),
  password: z.string().max(MAX_PASSWORD_LENGTH, { error: `login: password is longer than ${MAX_PASSWORD_LENGTH} characters` }),
});

/** What the audit log keeps of an email nobody has: a short hash, to correlate attempts without storing what was typed. */
export function unknownEmailDigest(email: string): string {
  return `unknown:sha256:${createHash('sha256').update(email).digest('hex').slice(0, 16)}`;
}

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new ServiceError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins: try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });

/**
 * Checks email and password and returns a signed token. Failures are counted per account and per
 * client; after too many, every attempt (even the right password) is refused until the lockout
 * ends, without checking the password. An unknown email costs the same scrypt as a known one.
 * Success and failure both write an audit row; the error does not say which of the two was wrong.
 */
export async function login({
  db,
  input,
  issueToken,
  limiter,
  client,
  now,
}: {
  db: Db;
  input: { email: string; password: string };
  issueToken: (userId: number) => Promise<string>;
  limiter: LoginLimiter;
  /** The caller's address (or "unknown"), for the per-client limit. */
  client: string;
  now: Date;
}): Promise<{ token: string; user: UserRow }> {
  const parsed = LoginInput.safeParse(input);
  if (!parsed.success) throw badUserInput(parsed.error.issues.map((i) => i.message).join('; '));
  const { email, password } = parsed.data;
  const keys = { account: email, client };

  const retryAfter = limiter.retryAfter(keys, now);
  if (retryAfter > 0) throw tooManyAttempts(retryAfter);

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  // A deactivated user gets the answer of a wrong password (no enumeration); the log says why.
  if (!user || !user.passwordHash || !passwordOk || !user.active) {
    const detail = !user ? unknownEmailDigest(email) : user.active ? email : `${email} (deactivated)`;
    const locked = limiter.fail(keys, now);
    db.transaction((tx) => {
      appendAuditLog(tx, { userId: user?.id ?? null, action: 'login_failed', entity: 'users', detail }, now);
      if (locked) appendAuditLog(tx, { userId: user?.id ?? null, action: 'login_locked', entity: 'users', detail: `${detail} from ${client}` }, now);
    });
    throw unauthenticated('Unknown email or wrong password');
  }
  limiter.succeed(keys);
  const token = await issueToken(user.id);
  appendAuditLog(db, { userId: user.id, action: 'login', entity: 'users', detail: email }, now);
  return { token, user };
}

/**
 * The second half of single sign-on: the dashboard brings the one-time code the callback gave it
 * and gets our token. The sign-in itself was audited by the callback; the code is spent here.
 */
export async function redeemSignInCode({
  db,
  code,
  codes,
  issueToken,
  now,
}: {
  db: Db;
  code: string;
  codes: SignInCodes;
  issueToken: (userId: number) => Promise<string>;
  now: Date;
}): Promise<{ token: string; user: UserRow }> {
  const userId = codes.redeem(code, now);
  const user = userId === null ? undefined : db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw unauthenticated('The sign-in code is unknown, used or expired: sign in again');
  return { token: await issueToken(user.id), user };
}

/** The signed-in user. */
export function currentUser({ db, actor }: { db: Db; actor: Actor }): UserRow {
  const user = actor.userId === null ? undefined : db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!user) throw unauthenticated();
  return user;
}

export function partnershipOf(db: Db, user: UserRow) {
  return user.partnershipId === null ? null : (db.select().from(partnerships).where(eq(partnerships.id, user.partnershipId)).get() ?? null);
}
