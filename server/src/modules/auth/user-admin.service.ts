import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { ROLES } from '@duaal/shared';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { userInvitations, users } from '../../db/schema/index.js';
import type { Actor } from './actor.js';
import { appendAuditLog } from './audit.js';
import { MAX_PASSWORD_LENGTH, type UserRow } from './auth.service.js';
import { notifyAccessChange } from './access-changes.js';
import { hashPassword } from './passwords.js';
import { insertUser, UserInputError } from './users.service.js';

// Administration of accounts by an ADMIN (the dashboard's Beheer page): invite, deactivate,
// reactivate. Every verb validates, writes in one transaction and audits in it.

/** An invitation link works this long after it was made (the server's clock). */
export const INVITATION_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 12;

const inviteSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254, { message: 'is longer than 254 characters' }).email({ message: 'is not an e-mail address' }),
    name: z.string().trim().min(1, { message: 'is required' }).max(200, { message: 'is longer than 200 characters' }),
    role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
    partnershipCode: z
      .string()
      .trim()
      .max(64)
      .optional()
      .nullable()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((u, ctx) => {
    if (u.role === 'SECTOR_STAFF' && !u.partnershipCode) ctx.addIssue({ code: 'custom', path: ['partnershipCode'], message: 'is required for SECTOR_STAFF' });
    if (u.role !== 'SECTOR_STAFF' && u.partnershipCode) ctx.addIssue({ code: 'custom', path: ['partnershipCode'], message: `is only for SECTOR_STAFF, not for ${u.role}` });
  });

export type InviteInput = z.input<typeof inviteSchema>;

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new UserInputError(issue?.path.join('.') || 'input', issue?.message ?? 'invalid');
}

/** The code in the link: 32 random bytes; the database keeps only its SHA-256. */
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/**
 * Creates a user without a password and a one-time invitation (valid INVITATION_DAYS from `now`).
 * Returns the code once: it is never stored, only its hash.
 */
export function inviteUser({ db, input, by, now }: { db: Db; input: InviteInput; by: number | null; now: Date }): { user: UserRow; code: string; expiresAt: string } {
  const user = parseOrThrow(inviteSchema, input);
  const code = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const row = db.transaction((tx) => {
    const { id } = insertUser(tx, user, null);
    tx.insert(userInvitations).values({ userId: id, codeHash: hashCode(code), createdAt: now.toISOString(), expiresAt }).run();
    appendAuditLog(tx, { userId: by, action: 'user_added', entity: 'users', detail: JSON.stringify({ userId: id, email: user.email, role: user.role, partnership: user.partnershipCode ?? null, invitationExpiresAt: expiresAt }) }, now);
    return tx.select().from(users).where(eq(users.id, id)).get()!;
  });
  return { user: row, code, expiresAt };
}

const acceptSchema = z.object({
  code: z.string().min(1, { message: 'is required' }).max(200, { message: 'is not a valid invitation code' }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH, { message: `is longer than ${MAX_PASSWORD_LENGTH} characters` }),
});

/** One answer for an unknown, used or expired link, or a deactivated user: nothing to learn from it. */
export const INVALID_INVITATION = 'this link is unknown, used already or expired: ask an administrator for a new one';

/**
 * Sets the password of an invited user from the one-time code, marks the link used and audits
 * it, all in one transaction; the caller then issues a token (the user is signed in).
 */
export async function acceptInvitation({ db, input, now }: { db: Db; input: { code: string; password: string }; now: Date }): Promise<UserRow> {
  const { code, password } = parseOrThrow(acceptSchema, input);
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const invitation = tx.select().from(userInvitations).where(eq(userInvitations.codeHash, hashCode(code))).get();
    const user = invitation && tx.select().from(users).where(eq(users.id, invitation.userId)).get();
    if (!invitation || !user || invitation.usedAt !== null || invitation.expiresAt <= now.toISOString() || !user.active) {
      throw new UserInputError('code', INVALID_INVITATION);
    }
    // Marked used only if nobody used it in between: a link works once.
    const used = tx
      .update(userInvitations)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(userInvitations.id, invitation.id), isNull(userInvitations.usedAt)))
      .run();
    if (used.changes !== 1) throw new UserInputError('code', INVALID_INVITATION);
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    appendAuditLog(tx, { userId: user.id, action: 'invitation_accepted', entity: 'users', detail: JSON.stringify({ invitationId: invitation.id }) }, now);
    appendAuditLog(tx, { userId: user.id, action: 'login', entity: 'users', detail: JSON.stringify({ email: user.email, via: 'invitation' }) }, now);
    return { ...user, passwordHash };
  });
}

/**
 * Deactivates or reactivates a user. Either way tokens issued before `now` stop working (the
 * request check compares them with `accessChangedAt`), and open live subscriptions end.
 */
export function setUserActive({ db, actor, userId, active, now }: { db: Db; actor: Actor; userId: number; active: boolean; now: Date }): UserRow {
  if (!active && actor.userId === userId) throw new UserInputError('userId', 'an administrator cannot deactivate their own account');
  const row = db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new UserInputError('userId', `no user with id ${userId}`);
    if (user.active === active) throw new UserInputError('userId', `user ${user.email} is ${active ? 'active' : 'deactivated'} already`);
    tx.update(users).set({ active, accessChangedAt: now.toISOString() }).where(eq(users.id, userId)).run();
    appendAuditLog(tx, { userId: actor.userId, action: active ? 'user_reactivated' : 'user_deactivated', entity: 'users', detail: JSON.stringify({ userId, email: user.email }) }, now);
    return { ...user, active, accessChangedAt: now.toISOString() };
  });
  notifyAccessChange(db, userId);
  return row;
}

export type UserStatus = 'ACTIVE' | 'INVITED' | 'DEACTIVATED';
export const statusOf = (user: UserRow): UserStatus => (!user.active ? 'DEACTIVATED' : user.passwordHash === null ? 'INVITED' : 'ACTIVE');

export interface UserListRow extends UserRow {
  lastSignInAt: string | null;
}

/** Every user (or the one of `onlyId`), by name, with its last successful sign-in (from the audit log). */
export function listUsers(db: Db, onlyId?: number): UserListRow[] {
  return db
    .select({
      user: users,
      lastSignInAt: sql<string | null>`(select max(a.at) from audit_log a where a.user_id = "users"."id" and a.action = 'login')`,
    })
    .from(users)
    .where(onlyId === undefined ? undefined : eq(users.id, onlyId))
    .orderBy(sql`${users.name} collate nocase`, users.id)
    .all()
    .map((r) => ({ ...r.user, lastSignInAt: r.lastSignInAt }));
}
