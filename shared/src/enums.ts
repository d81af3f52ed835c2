// Every status, type and reason list of DOMAIN.md, declared once and reused by the database,
// the API, the import validators and the UI. Dutch labels live in labels.ts.

export const SYSTEMS = ['DUAL', 'LEREN_EN_WERKEN'] as const;
export type System = (typeof SYSTEMS)[number];

export const LEVELS = ['SECONDARY', 'ADULT'] as const;
export type Level = (typeof LEVELS)[number];

export const PARTNERSHIP_KINDS = ['SECTOR', 'HANDEL_SUBSECTOR', 'FLEMISH'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export const RECOGNITION_STATUSES = [
  'SUBMITTED',
  'INCOMPLETE',
  'IN_REVIEW',
  'ON_HOLD',
  'CANCELLED',
  'REJECTED',
  'APPROVED',
  'REVOKED',
  'STOPPED',
  'EXPIRED',
] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const APPLICATION_KINDS = ['NEW', 'RENEWAL', 'DUPLICATE'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/** Who submitted: the company itself, or a party holding its mandate (gemachtigde). */
export const MANDATE_TYPES = [
  'NONE',
  'TRAINING_PROVIDER',
  'SECTOR_PARTNERSHIP',
  'WORKPLACE_COUNSELLOR',
  'UNKNOWN',
] as const;
export type MandateType = (typeof MANDATE_TYPES)[number];

export const REJECTION_REASONS = [
  'NOT_IN_ORDER',
  'INSUFFICIENT_EQUIPMENT',
  'INSUFFICIENT_FINANCIAL_CAPACITY',
  'NO_QUALIFIED_MENTOR',
  'CONVICTION',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const MENTOR_TRAINING_STATUSES = [
  'EXEMPT',
  'COMPLETED_SECTOR',
  'COMPLETED_ELSEWHERE',
  'PENDING',
  'NOT_COMPLETED',
  'NOT_APPLICABLE',
  'FOLLOW_UP_STOPPED',
] as const;
export type MentorTrainingStatus = (typeof MENTOR_TRAINING_STATUSES)[number];

export const MENTOR_REMOVAL_REASONS = [
  'TRAINING_NOT_FOLLOWED',
  'CONDUCT',
  'INSUFFICIENT_AVAILABILITY',
  'INSUFFICIENT_AGE',
  'INSUFFICIENT_EXPERIENCE',
  'TASKS_NOT_FULFILLED',
] as const;
export type MentorRemovalReason = (typeof MENTOR_REMOVAL_REASONS)[number];

export const AGREEMENT_TYPES = ['OAO', 'SAO', 'DA', 'DA_SM', 'ODOS', 'ODO', 'ODO_W'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export const SECONDARY_AGREEMENT_TYPES = ['OAO', 'SAO', 'DA', 'DA_SM'] as const satisfies readonly AgreementType[];
export const ADULT_AGREEMENT_TYPES = ['ODOS', 'ODO', 'ODO_W', 'DA_SM'] as const satisfies readonly AgreementType[];

export const AGREEMENT_STATUSES = [
  'NOT_STARTED',
  'CANCELLED',
  'RUNNING',
  'COMPLETED',
  'TERMINATED_EARLY',
  'ARCHIVED',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Early-termination reasons: the 20 of the secondary list (Tabel 8) plus the adult-only ones (Tabel 11). */
export const TERMINATION_REASONS = [
  'MISMATCH',
  'LEARNER_CIRCUMSTANCES',
  'CHANGES_ENTERPRISE',
  'LEARNER_INFRINGEMENT',
  'STOPPED_STUDYING',
  'COMPLETED_SUCCESSFULLY',
  'WORKPLACE_CIRCUMSTANCES',
  'SWITCH_FULL_TIME',
  'POOR_COOPERATION',
  'ENTERPRISE_NOT_RECOGNISED',
  'SWITCH_DUAL',
  'SWITCH_LEREN_EN_WERKEN',
  'TRAINING_DISCONTINUED',
  'REGULAR_CONTRACT_OFFERED_STOPPED',
  'ENTERPRISE_CLOSED',
  'DISCIPLINARY_EXCLUSION',
  'NO_MENTOR',
  'REGULAR_CONTRACT',
  'ENTERPRISE_INFRINGEMENT',
  'HEALTH_NOT_GUARANTEED',
] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const APPEAL_TYPES = ['NON_RECOGNITION', 'TERMINATION_REASON'] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];
export const APPEAL_STATUSES = ['SUBMITTED', 'INADMISSIBLE', 'ADMISSIBLE', 'WITHDRAWN', 'HANDLED'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['CONFIRMED', 'ANNULLED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const FOLLOW_UP_ACTION_TYPES = ['ADMIN_CHECK', 'PHONE_CONTACT', 'SITE_VISIT', 'VIRTUAL_CONTACT'] as const;
export type FollowUpActionType = (typeof FOLLOW_UP_ACTION_TYPES)[number];

export const PROVIDER_TYPES = ['SCHOOL', 'CDO', 'SYNTRA', 'ADULT_EDUCATION_CENTRE'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** Legal-form category: decides the handling partnership when an enterprise has no PC number. */
export const LEGAL_FORMS = [
  'PRIVATE',
  'NON_PROFIT',
  'LOCAL_GOVERNMENT_FLANDERS',
  'LOCAL_GOVERNMENT_BRUSSELS',
  'PUBLIC_BODY',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'UNKNOWN'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const ROLES = ['ADMIN', 'PARTNERSHIP_MEMBER', 'SECTOR_STAFF', 'POLICYMAKER'] as const;
export type Role = (typeof ROLES)[number];

export const PROVINCES = [
  'ANTWERPEN',
  'LIMBURG',
  'OOST_VLAANDEREN',
  'VLAAMS_BRABANT',
  'WEST_VLAANDEREN',
  'BRUSSEL',
  'WALLONIE',
] as const;
export type Province = (typeof PROVINCES)[number];

/** How a counter export reached the import: the dashboard, a script through the API, the CLI, the demo generator. */
export const IMPORT_SOURCES = ['UPLOAD', 'API', 'CLI', 'DEMO'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
