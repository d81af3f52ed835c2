import { index, integer, text, uniqueIndex, snakeCase } from 'drizzle-orm/sqlite-core';
import { LEVELS, PROVIDER_TYPES, SYSTEMS } from '@duaal/shared';
import { municipalities } from './geography.js';

export const trainings = snakeCase.table(
  'trainings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    code: text().notNull().unique(),
    nameNl: text().notNull(),
    system: text({ enum: SYSTEMS }).notNull(),
    level: text({ enum: LEVELS }).notNull(),
    studyArea: text(),
    /** Secondary dual trainings rest on a standard trajectory (standaardtraject). */
    standardTrajectory: text(),
  },
  (t) => [index('trainings_system_level_idx').on(t.system, t.level)],
);

export const EQUIVALENCE_KINDS = ['LEREN_EN_WERKEN_TO_DUAL', 'SECONDARY_TO_ADULT'] as const;

export const trainingEquivalences = snakeCase.table(
  'training_equivalences',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    fromTrainingId: integer()
      .notNull()
      .references(() => trainings.id),
    toTrainingId: integer()
      .notNull()
      .references(() => trainings.id),
    kind: text({ enum: EQUIVALENCE_KINDS }).notNull(),
  },
  (t) => [uniqueIndex('training_equivalences_from_to_idx').on(t.fromTrainingId, t.toTrainingId)],
);

export const trainingProviders = snakeCase.table('training_providers', {
  id: integer().primaryKey({ autoIncrement: true }),
  code: text().notNull().unique(),
  name: text().notNull(),
  type: text({ enum: PROVIDER_TYPES }).notNull(),
  municipalityNisCode: text().references(() => municipalities.nisCode),
});

/** Learners enrolled on 1 February of the school year: the demand side. */
export const enrolments = snakeCase.table(
  'enrolments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    trainingId: integer()
      .notNull()
      .references(() => trainings.id),
    providerId: integer()
      .notNull()
      .references(() => trainingProviders.id),
    schoolYear: text().notNull(),
    learners: integer().notNull(),
  },
  (t) => [
    uniqueIndex('enrolments_training_provider_year_idx').on(t.trainingId, t.providerId, t.schoolYear),
    index('enrolments_school_year_idx').on(t.schoolYear),
  ],
);
