import { index, integer, text, uniqueIndex, snakeCase } from 'drizzle-orm/sqlite-core';
import { PARTNERSHIP_KINDS } from '@duaal/shared';

/** The 23 reporting units: sector partnerships, the Handel sub-sectors and the Flemish Partnership. */
export const partnerships = snakeCase.table('partnerships', {
  id: integer().primaryKey({ autoIncrement: true }),
  code: text().notNull().unique(),
  nameNl: text().notNull(),
  kind: text({ enum: PARTNERSHIP_KINDS }).notNull(),
  /** "Handel" for the three Handel sub-sectors. */
  sectorGroup: text(),
  /** First day it handled applications (Bedienden: 3 July 2023). */
  activeFrom: text(),
});

/** Joint committees (paritaire comités), keyed by their number as printed: "124", "142.01". */
export const jointCommittees = snakeCase.table('joint_committees', {
  code: text().primaryKey(),
  nameNl: text(),
});

/** Which partnership handles a PC number, with a history (PC 200 moved on 3 July 2023). */
export const jointCommitteeAssignments = snakeCase.table(
  'joint_committee_assignments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    jointCommitteeCode: text()
      .notNull()
      .references(() => jointCommittees.code),
    partnershipId: integer()
      .notNull()
      .references(() => partnerships.id),
    validFrom: text().notNull(),
    /** Last day of the assignment; null while it lasts. */
    validTo: text(),
  },
  (t) => [
    uniqueIndex('joint_committee_assignments_code_from_idx').on(t.jointCommitteeCode, t.validFrom),
    index('joint_committee_assignments_partnership_id_idx').on(t.partnershipId),
  ],
);
