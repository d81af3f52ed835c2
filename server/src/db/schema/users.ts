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
});

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
  (t) => [index('audit_log_at_idx').on(t.at)],
);
