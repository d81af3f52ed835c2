import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';
import { unauthenticated } from '../records/errors.js';
import type { Actor } from './actor.js';
import { appendAuditLog } from './audit.js';
import { verifyPassword } from './passwords.js';

export type UserRow = typeof users.$inferSelect;

/**
 * Checks email and password and returns a signed token. Success and failure both write an audit
 * row; the error does not say which of the two was wrong.
 */
export async function login({
  db,
  input,
  issueToken,
}: {
  db: Db;
  input: { email: string; password: string };
  issueToken: (userId: number) => Promise<string>;
}): Promise<{ token: string; user: UserRow }> {
  const email = input.email.trim().toLowerCase();
  const user = db.select().from(users).where(eq(users.email, email)).get();
  if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
    appendAuditLog(db, { userId: user?.id ?? null, action: 'login_failed', entity: 'users', detail: email });
    throw unauthenticated('Unknown email or wrong password');
  }
  const token = await issueToken(user.id);
  appendAuditLog(db, { userId: user.id, action: 'login', entity: 'users', detail: email });
  return { token, user };
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
