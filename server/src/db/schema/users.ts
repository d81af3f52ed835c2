import { index, integer, text, snakeCase } from 'drizzle-orm/sqlite-core';
import { ROLES } from '@duaal/shared';
import { partnerships } from './partnerships.js';

export const users = snakeCase.table('users', {
  id: integer().primaryKey({ autoIncrement: true }),
  email: text().notNull().unique(),
  name: text().notNull(),
  role: text({ enum: ROLES }).notNull(),
  /** The partnership of a SECTOR_STAFF user. */
  partnershipId: integer().references(() => partnerships.id),
  /** scrypt hash "salt:hash"; null for users who only get tokens from the CLI. */
  passwordHash: text(),
  /** A deactivated user cannot sign in, and its tokens are refused at once. */
  active: integer({ mode: 'boolean' }).notNull().default(true),
  /** ISO instant of the last deactivation or reactivation: tokens issued before it are refused. */
  accessChangedAt: text(),
});

/**
 * One-time links on which a new user chooses a password. Only the SHA-256 of the code is kept;
 * a link works once (`usedAt`) and until `expiresAt` (ISO instants from the server's clock).
 */
export const userInvitations = snakeCase.table(
  'user_invitations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull().unique(),
    createdAt: text().notNull(),
    expiresAt: text().notNull(),
    usedAt: text(),
  },
  (t) => [index('user_invitations_user_id_idx').on(t.userId)],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = snakeCase.table(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    userId: integer().references(() => users.id),
    action: text().notNull(),
    entity: text().notNull(),
    detail: text(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_user_id_at_idx').on(t.userId, t.at), index('audit_log_action_at_idx').on(t.action, t.at)],
);
