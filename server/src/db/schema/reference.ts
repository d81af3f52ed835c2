import { primaryKey, text, snakeCase } from 'drizzle-orm/sqlite-core';

export const REASON_LISTS = ['REJECTION', 'EARLY_TERMINATION', 'MENTOR_REMOVAL', 'APPEAL_OUTCOME'] as const;

/** Every coded reason list with its Dutch label, for joins in exports and reports. */
export const reasonCodes = snakeCase.table(
  'reason_codes',
  {
    list: text({ enum: REASON_LISTS }).notNull(),
    code: text().notNull(),
    labelNl: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);
