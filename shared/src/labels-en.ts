import type { StatusSource } from './calendar-status.js';
import type {
  AgreementStatus,
  AgreementType,
  AppealOutcome,
  AppealStatus,
  AppealType,
  ApplicationKind,
  FollowUpActionType,
  Level,
  MandateType,
  MentorRemovalReason,
  MentorTrainingStatus,
  Province,
  RecognitionStatus,
  RejectionReason,
  Role,
  System,
  TerminationReason,
} from './enums.js';

// English labels beside the Dutch ones of labels.ts, for the dashboard's English mode (issue 11:
// no role or status left in Dutch). One map per list, typed by its enum, so a new value without
// an English label does not compile.

export const SYSTEM_LABELS_EN: Record<System, string> = { DUAL: 'Dual learning', LEREN_EN_WERKEN: 'Learning and Working' };
export const LEVEL_LABELS_EN: Record<Level, string> = { SECONDARY: 'Secondary education', ADULT: 'Adult education' };

export const RECOGNITION_STATUS_LABELS_EN: Record<RecognitionStatus, string> = {
  SUBMITTED: 'Submitted',
  INCOMPLETE: 'Incomplete dossier',
  IN_REVIEW: 'In review',
  ON_HOLD: 'On hold',
  CANCELLED: 'Cancelled',
  REJECTED: 'Rejected',
  APPROVED: 'Approved',
  REVOKED: 'Revoked',
  STOPPED: 'Stopped',
  EXPIRED: 'Expired',
};

export const APPLICATION_KIND_LABELS_EN: Record<ApplicationKind, string> = { NEW: 'New application', RENEWAL: 'Renewal', DUPLICATE: 'Duplicate' };

export const MANDATE_TYPE_LABELS_EN: Record<MandateType, string> = {
  NONE: 'No mandate',
  TRAINING_PROVIDER: 'Training provider',
  SECTOR_PARTNERSHIP: 'Sector partnership',
  WORKPLACE_COUNSELLOR: 'Workplace counsellor',
  UNKNOWN: 'Unknown',
};

export const REJECTION_REASON_LABELS_EN: Record<RejectionReason, string> = {
  NOT_IN_ORDER: 'Application not administratively in order',
  INSUFFICIENT_EQUIPMENT: 'Insufficient company equipment',
  INSUFFICIENT_FINANCIAL_CAPACITY: 'Insufficient financial capacity',
  NO_QUALIFIED_MENTOR: 'No mentor who meets the criteria',
  CONVICTION: 'The organisation has been convicted',
};

export const MENTOR_TRAINING_STATUS_LABELS_EN: Record<MentorTrainingStatus, string> = {
  EXEMPT: 'Exempt',
  COMPLETED_SECTOR: 'Completed with the sector',
  COMPLETED_ELSEWHERE: 'Completed elsewhere',
  PENDING: 'Pending',
  NOT_COMPLETED: 'Not completed in time',
  NOT_APPLICABLE: 'Not handled',
  FOLLOW_UP_STOPPED: 'Follow-up stopped',
};

export const MENTOR_REMOVAL_REASON_LABELS_EN: Record<MentorRemovalReason, string> = {
  TRAINING_NOT_FOLLOWED: 'Mentor training not completed',
  CONDUCT: 'Conduct not beyond reproach',
  INSUFFICIENT_AVAILABILITY: 'Not available enough',
  INSUFFICIENT_AGE: 'Not old enough',
  INSUFFICIENT_EXPERIENCE: 'Not enough practical experience',
  TASKS_NOT_FULFILLED: 'Does not fulfil the tasks',
};

/** Agreement types are the legal abbreviations, the same in both languages. */
export const AGREEMENT_TYPE_LABELS_EN: Record<AgreementType, string> = {
  OAO: 'OAO',
  SAO: 'SAO',
  DA: 'DA',
  DA_SM: 'DA-SM',
  ODOS: 'ODOS',
  ODO: 'ODO',
  ODO_W: 'ODO(W)',
};

export const AGREEMENT_STATUS_LABELS_EN: Record<AgreementStatus, string> = {
  NOT_STARTED: 'Not started',
  CANCELLED: 'Cancelled',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  TERMINATED_EARLY: 'Terminated early',
  ARCHIVED: 'Archived',
};

export const TERMINATION_REASON_LABELS_EN: Record<TerminationReason, string> = {
  MISMATCH: 'Mismatch between learner and enterprise',
  LEARNER_CIRCUMSTANCES: 'Circumstances of the learner (force majeure, move, health, home situation, suspension over 60 days, ...) seriously hinder the agreement',
  CHANGES_ENTERPRISE: 'The learner changes enterprise',
  LEARNER_INFRINGEMENT: 'The learner commits (serious) breaches of the agreement',
  STOPPED_STUDYING: 'The learner left the training early and stopped studying altogether',
  COMPLETED_SUCCESSFULLY: 'The learner completed the training successfully',
  WORKPLACE_CIRCUMSTANCES: 'Circumstances (force majeure, move, change of activities, ...) seriously hinder the training at the workplace',
  SWITCH_FULL_TIME: 'The learner left the training early to switch to a full-time training',
  POOR_COOPERATION: 'Cooperation between enterprise and training provider is not going well',
  ENTERPRISE_NOT_RECOGNISED: 'The enterprise is no longer recognised',
  SWITCH_DUAL: 'The learner left the training early to switch to another dual training',
  SWITCH_LEREN_EN_WERKEN: 'The learner left the training early to switch to another Learning and Working training',
  TRAINING_DISCONTINUED: 'The training itself is no longer offered',
  REGULAR_CONTRACT_OFFERED_STOPPED: 'The learner left the training early because the enterprise offered a regular employment contract',
  ENTERPRISE_CLOSED: 'The enterprise was taken over, closed or went bankrupt',
  DISCIPLINARY_EXCLUSION: 'The learner is excluded permanently as a disciplinary measure',
  NO_MENTOR: 'There is no mentor any more',
  REGULAR_CONTRACT: 'The enterprise concludes a regular employment contract with the learner',
  ENTERPRISE_INFRINGEMENT: 'The enterprise commits (serious) breaches of the agreement',
  HEALTH_NOT_GUARANTEED: "The enterprise cannot guarantee the learner's physical and mental health",
};

export const APPEAL_TYPE_LABELS_EN: Record<AppealType, string> = {
  NON_RECOGNITION: 'Type 1: non-recognition, revocation or exclusion',
  TERMINATION_REASON: 'Type 2: reason for early termination',
};
export const APPEAL_STATUS_LABELS_EN: Record<AppealStatus, string> = {
  SUBMITTED: 'Submitted',
  INADMISSIBLE: 'Inadmissible',
  ADMISSIBLE: 'Admissible',
  WITHDRAWN: 'Withdrawn',
  HANDLED: 'Handled',
};
export const APPEAL_OUTCOME_LABELS_EN: Record<AppealOutcome, string> = { CONFIRMED: 'Confirmed', ANNULLED: 'Annulled' };

export const FOLLOW_UP_ACTION_TYPE_LABELS_EN: Record<FollowUpActionType, string> = {
  ADMIN_CHECK: 'Administrative check',
  PHONE_CONTACT: 'Phone contact',
  SITE_VISIT: 'Site visit',
  VIRTUAL_CONTACT: 'Virtual contact',
};

export const PROVINCE_LABELS_EN: Record<Province, string> = {
  ANTWERPEN: 'Antwerp',
  LIMBURG: 'Limburg',
  OOST_VLAANDEREN: 'East Flanders',
  VLAAMS_BRABANT: 'Flemish Brabant',
  WEST_VLAANDEREN: 'West Flanders',
  BRUSSEL: 'Brussels-Capital Region',
  WALLONIE: 'Wallonia',
};

export const ROLE_LABELS_EN: Record<Role, string> = {
  ADMIN: 'Administrator',
  PARTNERSHIP_MEMBER: 'Member of the Flemish Partnership',
  SECTOR_STAFF: 'Sector partnership staff',
  POLICYMAKER: 'Policymaker',
};

export const STATUS_SOURCE_LABELS_EN: Record<StatusSource, string> = {
  EXPORT: 'According to the export',
  CALENDAR: 'According to the calendar',
};

/** K10's classes of a mentor's status on the deadline (its STATUS dimension), in English. */
export const STATUS_AT_DEADLINE_LABELS_EN: Record<'COMPLETED' | 'EXEMPT' | 'NOT_COMPLETED' | 'FOLLOW_UP_STOPPED' | 'PENDING', string> = {
  COMPLETED: 'Completed',
  EXEMPT: 'Exempt',
  NOT_COMPLETED: MENTOR_TRAINING_STATUS_LABELS_EN.NOT_COMPLETED,
  FOLLOW_UP_STOPPED: MENTOR_TRAINING_STATUS_LABELS_EN.FOLLOW_UP_STOPPED,
  PENDING: 'Pending (deadline not passed)',
};

/**
 * The English label of a KPI row key whose dimension is one of the fixed lists (province, system,
 * level, statuses, reasons, types) or the group without a value (NONE); undefined for names from
 * the data (partnerships, trainings), which stay as the API gives them.
 */
export function englishDimensionLabel(dimension: string, id: string): string | undefined {
  const maps: readonly Record<string, string>[] = DIMENSION_MAPS_EN[dimension] ?? [];
  for (const map of maps) if (id in map) return map[id];
  // The group of units without a value (the engine's NONE key), labelled in Dutch by the API.
  if (id === 'NONE') return NONE_KEY_LABELS_EN[dimension] ?? 'Unknown';
  return undefined;
}

/** The English of the API's labels of the NONE group (server engine/labels.ts). */
const NONE_KEY_LABELS_EN: Record<string, string> = {
  JOINT_COMMITTEE: 'Without joint committee',
  PARTNERSHIP: 'Unknown (no recognition)',
  REASON: 'None',
};

const DIMENSION_MAPS_EN: Record<string, readonly Record<string, string>[]> = {
  PROVINCE: [PROVINCE_LABELS_EN],
  SYSTEM: [SYSTEM_LABELS_EN],
  LEVEL: [LEVEL_LABELS_EN],
  STATUS: [
    STATUS_AT_DEADLINE_LABELS_EN,
    RECOGNITION_STATUS_LABELS_EN,
    AGREEMENT_STATUS_LABELS_EN,
    APPEAL_STATUS_LABELS_EN,
    FOLLOW_UP_ACTION_TYPE_LABELS_EN,
    MENTOR_TRAINING_STATUS_LABELS_EN,
  ],
  REASON: [REJECTION_REASON_LABELS_EN, MENTOR_REMOVAL_REASON_LABELS_EN, TERMINATION_REASON_LABELS_EN, APPEAL_OUTCOME_LABELS_EN],
  AGREEMENT_TYPE: [AGREEMENT_TYPE_LABELS_EN],
  MANDATE_TYPE: [MANDATE_TYPE_LABELS_EN],
  APPLICATION_KIND: [APPLICATION_KIND_LABELS_EN],
};
