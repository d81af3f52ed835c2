import { sql } from 'drizzle-orm';
import { index, integer, text, snakeCase } from 'drizzle-orm/sqlite-core';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  APPEAL_OUTCOMES,
  APPEAL_STATUSES,
  APPEAL_TYPES,
  FOLLOW_UP_ACTION_TYPES,
  TERMINATION_REASONS,
} from '@duaal/shared';
import { establishments } from './enterprises.js';
import { mentors } from './mentors.js';
import { partnerships } from './partnerships.js';
import { recognitions } from './recognitions.js';
import { trainingProviders, trainings } from './trainings.js';
import { users } from './users.js';

export const agreements = snakeCase.table(
  'agreements',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    agreementNumber: text().notNull().unique(),
    type: text({ enum: AGREEMENT_TYPES }).notNull(),
    /** Pseudonym of the learner (personal data). */
    learnerPseudonym: text().notNull(),
    establishmentId: integer()
      .notNull()
      .references(() => establishments.id),
    trainingId: integer()
      .notNull()
      .references(() => trainings.id),
    providerId: integer()
      .notNull()
      .references(() => trainingProviders.id),
    /** The recognition approved and valid on the start date: the agreement reports through it. */
    recognitionId: integer().references(() => recognitions.id),
    startOn: text().notNull(),
    plannedEndOn: text().notNull(),
    actualEndOn: text(),
    status: text({ enum: AGREEMENT_STATUSES }).notNull(),
    terminationReason: text({ enum: TERMINATION_REASONS }),
  },
  (t) => [
    // K12/K13/K15/K17: agreements started or running in a school year, read from the index alone.
    index('agreements_start_on_dims_idx').on(
      t.startOn,
      t.status,
      t.actualEndOn,
      t.plannedEndOn,
      t.recognitionId,
      t.establishmentId,
      t.trainingId,
    ),
    // K13/K15/K17: agreements running in a school year, found by their end (actual, else planned).
    index('agreements_end_dims_idx').on(
      sql`coalesce(${t.actualEndOn}, ${t.plannedEndOn})`,
      t.startOn,
      t.status,
      t.recognitionId,
      t.establishmentId,
      t.trainingId,
    ),
    index('agreements_recognition_id_idx').on(t.recognitionId),
    index('agreements_establishment_id_idx').on(t.establishmentId),
    index('agreements_training_id_idx').on(t.trainingId),
    index('agreements_actual_end_on_idx').on(t.actualEndOn),
  ],
);

export const followUpActions = snakeCase.table(
  'follow_up_actions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actionKey: text().notNull().unique(),
    partnershipId: integer()
      .notNull()
      .references(() => partnerships.id),
    establishmentId: integer()
      .notNull()
      .references(() => establishments.id),
    recognitionId: integer().references(() => recognitions.id),
    type: text({ enum: FOLLOW_UP_ACTION_TYPES }).notNull(),
    performedOn: text().notNull(),
    /** The mentor the action was about, when recorded in the product. */
    mentorId: integer().references(() => mentors.id),
    /** A short note by the staff member (product only; the counter export has none). */
    note: text(),
    /** Who recorded it in the product and when (ISO instant); null for rows of the counter export. */
    recordedByUserId: integer().references(() => users.id),
    recordedAt: text(),
  },
  (t) => [
    index('follow_up_actions_performed_on_idx').on(t.performedOn),
    index('follow_up_actions_establishment_idx').on(t.establishmentId, t.performedOn),
    index('follow_up_actions_mentor_idx').on(t.mentorId, t.performedOn),
  ],
);

export const appeals = snakeCase.table(
  'appeals',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    appealKey: text().notNull().unique(),
    type: text({ enum: APPEAL_TYPES }).notNull(),
    recognitionId: integer().references(() => recognitions.id),
    agreementId: integer().references(() => agreements.id),
    handlingPartnershipId: integer()
      .notNull()
      .references(() => partnerships.id),
    filedOn: text().notNull(),
    status: text({ enum: APPEAL_STATUSES }).notNull(),
    outcome: text({ enum: APPEAL_OUTCOMES }),
    decidedOn: text(),
  },
  (t) => [index('appeals_filed_on_idx').on(t.filedOn)],
);
