// The counter export: one CSV per entity, UTF-8, comma-separated, header row with these
// columns (docs/import-format.md documents types and codes). Files are imported in this order,
// so every reference points at a file earlier in the list or at reference data.
// Multi-valued cells (PC numbers, rejection reasons) are separated by ";".

export const IMPORT_FILES = {
  training_providers: ['provider_code', 'name', 'type', 'municipality_nis'],
  enterprises: ['kbo_number', 'name', 'legal_form', 'size_class', 'joint_committees', 'declared_partnership', 'closed_on'],
  establishments: ['establishment_number', 'kbo_number', 'name', 'municipality_nis', 'closed_on'],
  recognitions: [
    'application_id',
    'establishment_number',
    'training_code',
    'kind',
    'previous_application_id',
    'joint_committee',
    'handling_partnership',
    'submitter_name',
    'mandate_type',
    'submitted_on',
    'valid_from',
    'valid_to',
    'automatic_approval',
    'rejection_reasons',
    'adult_training_code',
  ],
  recognition_status_events: ['application_id', 'status', 'occurred_on'],
  mentors: ['mentor_key', 'first_name', 'last_name', 'national_number', 'birth_date'],
  recognition_mentors: ['application_id', 'mentor_key', 'added_on', 'removed_on', 'removal_reason'],
  mentor_trainings: [
    'mentor_key',
    'partnership',
    'application_id',
    'status',
    'deadline',
    'completed_on',
    'follow_up_stopped_on',
    'location',
  ],
  agreements: [
    'agreement_number',
    'type',
    'learner_pseudonym',
    'establishment_number',
    'training_code',
    'provider_code',
    'start_on',
    'planned_end_on',
    'actual_end_on',
    'status',
    'termination_reason',
  ],
  enrolments: ['training_code', 'provider_code', 'school_year', 'learners'],
  follow_up_actions: ['action_key', 'partnership', 'establishment_number', 'application_id', 'type', 'performed_on'],
  appeals: [
    'appeal_key',
    'type',
    'application_id',
    'agreement_number',
    'handling_partnership',
    'filed_on',
    'status',
    'outcome',
    'decided_on',
  ],
} as const;

export type ImportFileName = keyof typeof IMPORT_FILES;
export type ImportRow<F extends ImportFileName> = Record<(typeof IMPORT_FILES)[F][number], string>;

/** What an import receives: the rows of each file as strings, exactly as read from the CSV. */
export type ImportBundle = { [F in ImportFileName]?: ImportRow<F>[] };
