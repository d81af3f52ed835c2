import { index, integer, primaryKey, text, snakeCase } from 'drizzle-orm/sqlite-core';
import { LEGAL_FORMS, SIZE_CLASSES } from '@duaal/shared';
import { municipalities } from './geography.js';
import { jointCommittees, partnerships } from './partnerships.js';

export const enterprises = snakeCase.table('enterprises', {
  id: integer().primaryKey({ autoIncrement: true }),
  /** KBO number, 10 digits without dots. */
  kboNumber: text().notNull().unique(),
  name: text().notNull(),
  legalForm: text({ enum: LEGAL_FORMS }).notNull(),
  sizeClass: text({ enum: SIZE_CLASSES }).notNull(),
  /** Sector declared by an enterprise without a PC number. */
  declaredPartnershipId: integer().references(() => partnerships.id),
  closedOn: text(),
});

export const enterpriseJointCommittees = snakeCase.table(
  'enterprise_joint_committees',
  {
    enterpriseId: integer()
      .notNull()
      .references(() => enterprises.id),
    jointCommitteeCode: text()
      .notNull()
      .references(() => jointCommittees.code),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.jointCommitteeCode] }),
    index('enterprise_joint_committees_code_idx').on(t.jointCommitteeCode),
  ],
);

export const establishments = snakeCase.table(
  'establishments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Establishment-unit number, 10 digits starting with 2–8. */
    establishmentNumber: text().notNull().unique(),
    enterpriseId: integer()
      .notNull()
      .references(() => enterprises.id),
    name: text().notNull(),
    municipalityNisCode: text()
      .notNull()
      .references(() => municipalities.nisCode),
    closedOn: text(),
  },
  (t) => [
    index('establishments_enterprise_id_idx').on(t.enterpriseId),
    index('establishments_municipality_idx').on(t.municipalityNisCode),
  ],
);
