import { z } from 'zod';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  APPEAL_OUTCOMES,
  APPEAL_STATUSES,
  APPEAL_TYPES,
  APPLICATION_KINDS,
  FOLLOW_UP_ACTION_TYPES,
  LEGAL_FORMS,
  MANDATE_TYPES,
  MENTOR_REMOVAL_REASONS,
  MENTOR_TRAINING_STATUSES,
  PROVIDER_TYPES,
  RECOGNITION_STATUSES,
  REJECTION_REASONS,
  SIZE_CLASSES,
  TERMINATION_REASONS,
} from '@duaal/shared';
import { code, codeList, count, establishmentNumber, flag, isoDate, kboNumber, list, nationalNumber, optional, optionalCode, optionalIsoDate, required, schoolYear } from './cell-schemas.js';
import type { IMPORT_FILES, ImportFileName } from './import-files.js';

// One zod schema per file: each column of the contract with its kind of cell (cell-schemas.ts).
// Checks that need other rows or the database live in the validate-*.ts modules.

/** The schema of each file has exactly the columns of the contract. */
type Shapes = { [F in ImportFileName]: { [C in (typeof IMPORT_FILES)[F][number]]: z.ZodType<unknown, string> } };

const shapes = {
  training_providers: {
    provider_code: required,
    name: required,
    type: code(PROVIDER_TYPES),
    municipality_nis: optional,
  },
  enterprises: {
    kbo_number: kboNumber,
    name: required,
    legal_form: code(LEGAL_FORMS),
    size_class: code(SIZE_CLASSES),
    joint_committees: list,
    declared_partnership: optional,
    closed_on: optionalIsoDate,
  },
  establishments: {
    establishment_number: establishmentNumber,
    kbo_number: kboNumber,
    name: required,
    municipality_nis: required,
    closed_on: optionalIsoDate,
  },
  recognitions: {
    application_id: required,
    establishment_number: establishmentNumber,
    training_code: required,
    kind: code(APPLICATION_KINDS),
    previous_application_id: optional,
    joint_committee: optional,
    handling_partnership: required,
    submitter_name: optional,
    mandate_type: code(MANDATE_TYPES),
    submitted_on: isoDate,
    valid_from: optionalIsoDate,
    valid_to: optionalIsoDate,
    automatic_approval: flag,
    rejection_reasons: codeList(REJECTION_REASONS),
    adult_training_code: optional,
  },
  recognition_status_events: {
    application_id: required,
    status: code(RECOGNITION_STATUSES),
    occurred_on: isoDate,
  },
  mentors: {
    mentor_key: required,
    first_name: required,
    last_name: required,
    national_number: nationalNumber,
    birth_date: isoDate,
  },
  recognition_mentors: {
    application_id: required,
    mentor_key: required,
    added_on: isoDate,
    removed_on: optionalIsoDate,
    removal_reason: optionalCode(MENTOR_REMOVAL_REASONS),
  },
  mentor_trainings: {
    mentor_key: required,
    partnership: required,
    application_id: optional,
    status: code(MENTOR_TRAINING_STATUSES),
    deadline: optionalIsoDate,
    completed_on: optionalIsoDate,
    follow_up_stopped_on: optionalIsoDate,
    location: optional,
  },
  agreements: {
    agreement_number: required,
    type: code(AGREEMENT_TYPES),
    learner_pseudonym: required,
    establishment_number: establishmentNumber,
    training_code: required,
    provider_code: required,
    start_on: isoDate,
    planned_end_on: isoDate,
    actual_end_on: optionalIsoDate,
    status: code(AGREEMENT_STATUSES),
    termination_reason: optionalCode(TERMINATION_REASONS),
  },
  enrolments: {
    training_code: required,
    provider_code: required,
    school_year: schoolYear,
    learners: count,
  },
  follow_up_actions: {
    action_key: required,
    partnership: required,
    establishment_number: establishmentNumber,
    application_id: optional,
    type: code(FOLLOW_UP_ACTION_TYPES),
    performed_on: isoDate,
  },
  appeals: {
    appeal_key: required,
    type: code(APPEAL_TYPES),
    application_id: optional,
    agreement_number: optional,
    handling_partnership: required,
    filed_on: isoDate,
    status: code(APPEAL_STATUSES),
    outcome: optionalCode(APPEAL_OUTCOMES),
    decided_on: optionalIsoDate,
  },
} satisfies Shapes;

export const ROW_SCHEMAS = {
  training_providers: z.object(shapes.training_providers),
  enterprises: z.object(shapes.enterprises),
  establishments: z.object(shapes.establishments),
  recognitions: z.object(shapes.recognitions),
  recognition_status_events: z.object(shapes.recognition_status_events),
  mentors: z.object(shapes.mentors),
  recognition_mentors: z.object(shapes.recognition_mentors),
  mentor_trainings: z.object(shapes.mentor_trainings),
  agreements: z.object(shapes.agreements),
  enrolments: z.object(shapes.enrolments),
  follow_up_actions: z.object(shapes.follow_up_actions),
  appeals: z.object(shapes.appeals),
};

export type ParsedRow<F extends ImportFileName> = z.output<(typeof ROW_SCHEMAS)[F]>;
