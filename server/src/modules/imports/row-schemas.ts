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
  checkEnterpriseNumber,
  checkEstablishmentNumber,
  isIsoDate,
  isSchoolYear,
  type NumberCheck,
} from '@duaal/shared';
import type { IMPORT_FILES, ImportFileName } from './import-files.js';

// One zod schema per file: checks each cell on its own (codes, numbers, dates) and turns the
// strings into values (empty → null, "0123.456.749" → "0123456749"). Checks that need other rows
// or the database live in the validate-*.ts modules.

const required = z.string().min(1, { error: 'is required' });
const optional = z.string().transform((v) => (v === '' ? null : v));

// An export repeats a few thousand distinct dates hundreds of thousands of times: check each once.
const checkedDates = new Map<string, boolean>();
function isDate(value: string): boolean {
  let ok = checkedDates.get(value);
  if (ok === undefined) {
    ok = isIsoDate(value);
    if (checkedDates.size < 100_000) checkedDates.set(value, ok);
  }
  return ok;
}

const isoDate = z.string().refine(isDate, {
  error: (issue) => (issue.input === '' ? 'is required' : `"${String(issue.input)}" is not a date: write YYYY-MM-DD`),
});
const optionalIsoDate = z
  .string()
  .refine((v) => v === '' || isDate(v), { error: (issue) => `"${String(issue.input)}" is not a date: write YYYY-MM-DD` })
  .transform((v) => (v === '' ? null : v));

function unknownCode(values: readonly string[], input: string): string {
  return input === '' ? 'is required' : `unknown code "${input}" (allowed: ${values.join(', ')})`;
}

/** A code of one of the shared lists (enums.ts). */
function code<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => unknownCode(values, String(issue.input)) });
}

function optionalCode<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return z.string().transform((v, ctx): T[number] | null => {
    if (v === '') return null;
    if (!allowed.has(v)) {
      ctx.addIssue({ code: 'custom', message: unknownCode(values, v), input: v });
      return z.NEVER;
    }
    return v;
  });
}

/** A ";"-separated cell. */
const list = z.string().transform((v) => [...new Set(v.split(';').map((s) => s.trim()).filter(Boolean))]);

function codeList<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return list.transform((items, ctx): T[number][] => {
    for (const item of items) {
      if (!allowed.has(item)) ctx.addIssue({ code: 'custom', message: unknownCode(values, item), input: item });
    }
    return items;
  });
}

function identifier(check: (raw: string) => NumberCheck) {
  return z.string().transform((v, ctx) => {
    if (v === '') {
      ctx.addIssue({ code: 'custom', message: 'is required', input: v });
      return z.NEVER;
    }
    const result = check(v);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message, input: v });
      return z.NEVER;
    }
    return result.value;
  });
}
const kboNumber = identifier(checkEnterpriseNumber);
const establishmentNumber = identifier(checkEstablishmentNumber);

/** Rijksregisternummer: 11 digits, written with or without dots and dashes. */
const nationalNumber = z
  .string()
  .transform((v) => v.replace(/[.\-\s]/g, ''))
  .refine((v) => /^\d{11}$/.test(v), { error: 'must have 11 digits (national register number)' });

const flag = z.string().transform((v, ctx) => {
  const value = v.toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  ctx.addIssue({ code: 'custom', message: `"${v}" is not a flag: write true or false`, input: v });
  return z.NEVER;
});

const schoolYear = z.string().refine(isSchoolYear, { error: (issue) => `"${String(issue.input)}" is not a school year: write 2022-2023` });
const count = z
  .string()
  .refine((v) => /^\d+$/.test(v), { error: (issue) => `"${String(issue.input)}" is not a whole number ≥ 0` })
  .transform(Number);

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
