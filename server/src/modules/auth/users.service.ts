import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { ROLES } from '@duaal/shared';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';
import { ServiceError } from '../../errors.js';
import { appendAuditLog } from './audit.js';
import { hashPassword } from './passwords.js';

// Creating accounts outside the demo: the first administrator of a real deployment comes from
// `npm run user:add`, which calls this verb.

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).email({ message: 'is not an e-mail address' }),
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
    partnershipCode: z.string().trim().min(1).max(64).optional(),
  })
  .refine((u) => (u.role === 'SECTOR_STAFF') === (u.partnershipCode !== undefined), {
    message: 'is required for SECTOR_STAFF and only for SECTOR_STAFF',
    path: ['partnershipCode'],
  });

export type NewUser = z.input<typeof newUserSchema>;

/** An input or state the caller got wrong; `field` names the input. */
export class UserInputError extends ServiceError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }
}

/** A one-time password: 24 characters from 18 random bytes (144 bits). */
const oneTimePassword = () => randomBytes(18).toString('base64url');

/**
 * Creates one user with a fresh random password, validated and audited in one transaction;
 * returns the id and the password (shown once, never stored in clear).
 */
export async function addUser({ db, input, by, now }: { db: Db; input: NewUser; by: number | null; now: Date }): Promise<{ id: number; email: string; password: string }> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserInputError(issue?.path.join('.') || 'input', issue?.message ?? 'invalid');
  }
  const user = parsed.data;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const id = db.transaction((tx) => {
    const row = insertUser(tx, { ...user, name: user.name ?? user.email }, passwordHash);
    appendAuditLog(tx, { userId: by, action: 'user_added', entity: 'users', detail: `${row.id} ${user.role}` }, now);
    return row.id;
  });
  return { id, email: user.email, password };
}

/**
 * Inserts one validated user inside the caller's transaction: refuses a taken e-mail and an
 * unknown partnership code, naming the field.
 */
export function insertUser(
  tx: Pick<Db, 'select' | 'insert'>,
  user: { email: string; name: string; role: (typeof ROLES)[number]; partnershipCode?: string },
  passwordHash: string | null,
): { id: number } {
  if (tx.select({ id: users.id }).from(users).where(eq(users.email, user.email)).get()) {
    throw new UserInputError('email', `a user with e-mail ${user.email} exists already`);
  }
  let partnershipId: number | null = null;
  if (user.partnershipCode) {
    const partnership = tx.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.code, user.partnershipCode)).get();
    if (!partnership) throw new UserInputError('partnershipCode', `no partnership with code ${user.partnershipCode}`);
    partnershipId = partnership.id;
  }
  return tx
    .insert(users)
    .values({ email: user.email, name: user.name, role: user.role, partnershipId, passwordHash })
    .returning({ id: users.id })
    .get();
}
