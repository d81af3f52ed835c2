import { index, integer, primaryKey, text, uniqueIndex, snakeCase } from 'drizzle-orm/sqlite-core';
import { APPLICATION_KINDS, MANDATE_TYPES, RECOGNITION_STATUSES, REJECTION_REASONS } from '@duaal/shared';
import { establishments } from './enterprises.js';
import { jointCommittees, partnerships } from './partnerships.js';
import { trainings } from './trainings.js';

/**
 * A recognition application and, once decided, the recognition. The status history is the
 * truth (recognition_status_events); the date columns below are kept by the same write that
 * stores the events, so KPI queries read one row per recognition.
 */
export const recognitions = snakeCase.table(
  'recognitions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Application id of the digital counter: the natural key. */
    applicationId: text().notNull().unique(),
    establishmentId: integer()
      .notNull()
      .references(() => establishments.id),
    trainingId: integer()
      .notNull()
      .references(() => trainings.id),
    kind: text({ enum: APPLICATION_KINDS }).notNull(),
    /** The recognition this one renews (RENEWAL) or was duplicated from (DUPLICATE). */
    previousRecognitionId: integer(),
    /** The PC number it was assigned under; null when assigned by legal form or declared sector. */
    jointCommitteeCode: text().references(() => jointCommittees.code),
    handlingPartnershipId: integer()
      .notNull()
      .references(() => partnerships.id),
    submitterName: text(),
    mandateType: text({ enum: MANDATE_TYPES }).notNull(),
    submittedOn: text().notNull(),
    status: text({ enum: RECOGNITION_STATUSES }).notNull(),
    /** Date of the transition to APPROVED or REJECTED. */
    decidedOn: text(),
    approvedOn: text(),
    automaticApproval: integer({ mode: 'boolean' }).notNull().default(false),
    validFrom: text(),
    /** Last valid day: validFrom + 5 years − 1 day; a duplicate ends with its original. */
    validTo: text(),
    /** First transition to REVOKED or STOPPED: no longer valid from that day on. */
    endedOn: text(),
    /** Also declared valid for the adult training built on the same qualification. */
    adultTrainingId: integer().references(() => trainings.id),
  },
  (t) => [
    index('recognitions_validity_idx').on(t.validFrom, t.validTo),
    // Also K2/K15/K17: distinct establishments of the valid recognitions, read in establishment order
    // from the index alone.
    index('recognitions_establishment_training_validity_idx').on(
      t.establishmentId,
      t.trainingId,
      t.validTo,
      t.validFrom,
      t.endedOn,
      t.approvedOn,
    ),
    index('recognitions_training_id_idx').on(t.trainingId),
    index('recognitions_handling_partnership_idx').on(t.handlingPartnershipId),
    index('recognitions_joint_committee_idx').on(t.jointCommitteeCode),
    // K3/K4: applications of a school year with their dimensions, read from the index alone.
    index('recognitions_submitted_on_dims_idx').on(
      t.submittedOn,
      t.kind,
      t.mandateType,
      t.establishmentId,
      t.trainingId,
      t.jointCommitteeCode,
      t.handlingPartnershipId,
    ),
    index('recognitions_decided_on_idx').on(t.decidedOn),
    // K1/K2/K8/K9/K15/K17: validity overlapping a school year (and expiries), with the columns of the
    // standard dimensions, read from the index alone.
    index('recognitions_valid_to_dims_idx').on(
      t.validTo,
      t.validFrom,
      t.endedOn,
      t.approvedOn,
      t.establishmentId,
      t.trainingId,
      t.adultTrainingId,
      t.jointCommitteeCode,
      t.handlingPartnershipId,
    ),
    // K9: validity and dimensions of one recognition looked up by id, narrower than the table row.
    index('recognitions_id_validity_dims_idx').on(
      t.id,
      t.validTo,
      t.validFrom,
      t.endedOn,
      t.approvedOn,
      t.establishmentId,
      t.trainingId,
      t.adultTrainingId,
      t.jointCommitteeCode,
      t.handlingPartnershipId,
    ),
  ],
);

export const recognitionStatusEvents = snakeCase.table(
  'recognition_status_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recognitionId: integer()
      .notNull()
      .references(() => recognitions.id),
    status: text({ enum: RECOGNITION_STATUSES }).notNull(),
    occurredOn: text().notNull(),
  },
  (t) => [
    uniqueIndex('recognition_status_events_recognition_status_on_idx').on(t.recognitionId, t.status, t.occurredOn),
    // K5–K8: transitions of a school year with their recognition, read from the index alone.
    index('recognition_status_events_status_on_recognition_idx').on(t.status, t.occurredOn, t.recognitionId),
  ],
);

export const recognitionRejectionReasons = snakeCase.table(
  'recognition_rejection_reasons',
  {
    recognitionId: integer()
      .notNull()
      .references(() => recognitions.id),
    reason: text({ enum: REJECTION_REASONS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recognitionId, t.reason] })],
);
