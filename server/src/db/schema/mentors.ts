import { index, integer, text, uniqueIndex, snakeCase } from 'drizzle-orm/sqlite-core';
import { MENTOR_REMOVAL_REASONS, MENTOR_TRAINING_STATUSES } from '@duaal/shared';
import { partnerships } from './partnerships.js';
import { recognitions } from './recognitions.js';

/** A mentor without personal data: KPIs and aggregates only ever touch this table. */
export const mentors = snakeCase.table('mentors', {
  id: integer().primaryKey({ autoIncrement: true }),
  /** Pseudonymous key from the counter export. */
  mentorKey: text().notNull().unique(),
});

/** Personal data (GDPR), in a table of its own so that only authorised reads join it. */
export const mentorPersonalData = snakeCase.table('mentor_personal_data', {
  mentorId: integer()
    .primaryKey()
    .references(() => mentors.id),
  firstName: text().notNull(),
  lastName: text().notNull(),
  nationalNumber: text().notNull(),
  birthDate: text().notNull(),
});

export const recognitionMentors = snakeCase.table(
  'recognition_mentors',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recognitionId: integer()
      .notNull()
      .references(() => recognitions.id),
    mentorId: integer()
      .notNull()
      .references(() => mentors.id),
    addedOn: text().notNull(),
    removedOn: text(),
    removalReason: text({ enum: MENTOR_REMOVAL_REASONS }),
  },
  (t) => [
    uniqueIndex('recognition_mentors_recognition_mentor_idx').on(t.recognitionId, t.mentorId),
    // K9: a mentor's recognitions with the dates, read from the index alone (also lookups by mentor).
    index('recognition_mentors_mentor_dates_idx').on(t.mentorId, t.recognitionId, t.addedOn, t.removedOn),
    index('recognition_mentors_removed_on_idx').on(t.removedOn),
    // K9: mentors of the valid recognitions, read from the index alone.
    index('recognition_mentors_recognition_dates_idx').on(t.recognitionId, t.addedOn, t.removedOn, t.mentorId),
  ],
);

/** Mentor-training follow-up, one record per mentor and following-up partnership. */
export const mentorTrainings = snakeCase.table(
  'mentor_trainings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    mentorId: integer()
      .notNull()
      .references(() => mentors.id),
    partnershipId: integer()
      .notNull()
      .references(() => partnerships.id),
    /** The recognition whose approval set the deadline. */
    recognitionId: integer().references(() => recognitions.id),
    status: text({ enum: MENTOR_TRAINING_STATUSES }).notNull(),
    deadline: text(),
    /** Date the training was completed or the exemption granted. */
    completedOn: text(),
    /** Date follow-up was stopped. */
    followUpStoppedOn: text(),
    location: text(),
  },
  (t) => [
    uniqueIndex('mentor_trainings_mentor_partnership_idx').on(t.mentorId, t.partnershipId),
    // K10: mentors due in a school year with their status at the deadline, read from the index alone.
    index('mentor_trainings_deadline_dims_idx').on(
      t.deadline,
      t.status,
      t.completedOn,
      t.followUpStoppedOn,
      t.mentorId,
      t.recognitionId,
      t.partnershipId,
    ),
  ],
);
