import { index, integer, text, snakeCase, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users.js';

/**
 * A view of the dashboard a user named to find it again (issue 11): its path ("mentoren") and
 * query string ("jaar=2024-2025&provincie=LIMBURG"). Each user sees only their own; names are
 * unique per user. Not dashboard data: no figure reads it (change-marks.ts, UNMARKED_TABLES).
 */
export const savedViews = snakeCase.table(
  'saved_views',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    path: text().notNull(),
    query: text().notNull().default(''),
    /** ISO instants from the server's clock. */
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [uniqueIndex('saved_views_user_id_name_idx').on(t.userId, t.name), index('saved_views_user_id_updated_at_idx').on(t.userId, t.updatedAt)],
);
