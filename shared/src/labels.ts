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

// Dutch labels as printed in the annual reports; the UI shows these, code uses the keys.

export const SYSTEM_LABELS: Record<System, string> = { DUAL: 'Duaal Leren', LEREN_EN_WERKEN: 'Leren en Werken' };
export const LEVEL_LABELS: Record<Level, string> = { SECONDARY: 'Secundair onderwijs', ADULT: 'Volwassenenonderwijs' };

export const RECOGNITION_STATUS_LABELS: Record<RecognitionStatus, string> = {
  SUBMITTED: 'Ingediend',
  INCOMPLETE: 'Dossier onvolledig',
  IN_REVIEW: 'In behandeling',
  ON_HOLD: 'In wacht',
  CANCELLED: 'Geannuleerd',
  REJECTED: 'Afgekeurd',
  APPROVED: 'Goedgekeurd',
  REVOKED: 'Opgeheven',
  STOPPED: 'Stopgezet',
  EXPIRED: 'Afgelopen',
};

export const APPLICATION_KIND_LABELS: Record<ApplicationKind, string> = {
  NEW: 'Nieuwe aanvraag',
  RENEWAL: 'Hernieuwing',
  DUPLICATE: 'Duplicaat',
};

export const MANDATE_TYPE_LABELS: Record<MandateType, string> = {
  NONE: 'Zonder machtiging',
  TRAINING_PROVIDER: 'Opleidingsinstelling',
  SECTOR_PARTNERSHIP: 'Sectoraal Partnerschap',
  WORKPLACE_COUNSELLOR: 'Werkplekbegeleider',
  UNKNOWN: 'Onbekend',
};

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  NOT_IN_ORDER: 'Aanvraag administratief niet in orde',
  INSUFFICIENT_EQUIPMENT: 'Bedrijfsuitrusting onvoldoende',
  INSUFFICIENT_FINANCIAL_CAPACITY: 'Financiële draagkracht onvoldoende',
  NO_QUALIFIED_MENTOR: 'Geen mentor die aan criteria voldoet',
  CONVICTION: 'Organisatie heeft veroordeling opgelopen',
};

export const MENTOR_TRAINING_STATUS_LABELS: Record<MentorTrainingStatus, string> = {
  EXEMPT: 'Vrijgesteld',
  COMPLETED_SECTOR: 'Bij de sector gevolgd',
  COMPLETED_ELSEWHERE: 'Elders gevolgd',
  PENDING: 'Op te volgen',
  NOT_COMPLETED: 'Niet tijdig gevolgd',
  NOT_APPLICABLE: 'Niet behandeld',
  FOLLOW_UP_STOPPED: 'Opvolging stopgezet',
};

export const MENTOR_REMOVAL_REASON_LABELS: Record<MentorRemovalReason, string> = {
  TRAINING_NOT_FOLLOWED: 'Mentoropleiding niet gevolgd',
  CONDUCT: 'Niet van onberispelijk gedrag',
  INSUFFICIENT_AVAILABILITY: 'Onvoldoende beschikbaar',
  INSUFFICIENT_AGE: 'Onvoldoende leeftijd',
  INSUFFICIENT_EXPERIENCE: 'Onvoldoende praktijkervaring',
  TASKS_NOT_FULFILLED: 'Vervult taken niet',
};

export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = {
  OAO: 'OAO',
  SAO: 'SAO',
  DA: 'DA',
  DA_SM: 'DA-SM',
  ODOS: 'ODOS',
  ODO: 'ODO',
  ODO_W: 'ODO(W)',
};

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  NOT_STARTED: 'Niet gestart',
  CANCELLED: 'Geannuleerd',
  RUNNING: 'Lopend',
  COMPLETED: 'Beëindigd',
  TERMINATED_EARLY: 'Vroegtijdig beëindigd',
  ARCHIVED: 'Gearchiveerd',
};

export const TERMINATION_REASON_LABELS: Record<TerminationReason, string> = {
  MISMATCH: 'Er is een mismatch tussen leerling en onderneming',
  LEARNER_CIRCUMSTANCES:
    'Er zijn omstandigheden (overmacht, verhuis, gezondheid, thuissituatie, schorsing van de overeenkomst van meer dan 60 dagen, ...) bij de leerling die de uitvoering van de overeenkomst ernstig belemmeren',
  CHANGES_ENTERPRISE: 'De leerling verandert van onderneming',
  LEARNER_INFRINGEMENT: 'De leerling pleegt (zware) inbreuken bij de uitvoering van de overeenkomst',
  STOPPED_STUDYING: 'De leerling heeft de opleiding vroegtijdig stopgezet en is volledig gestopt met studeren',
  COMPLETED_SUCCESSFULLY: 'De leerling heeft de opleiding met vrucht beëindigd',
  WORKPLACE_CIRCUMSTANCES:
    'Er zijn omstandigheden (overmacht, verhuis, wijziging van activiteiten, ...) die het verloop van de opleiding op de werkplek ernstig belemmeren',
  SWITCH_FULL_TIME:
    'De leerling heeft de opleiding vroegtijdig stopgezet en wil overschakelen naar een andere opleiding binnen voltijds',
  POOR_COOPERATION: 'De samenwerking tussen onderneming en opleidingsverstrekker verloopt niet goed',
  ENTERPRISE_NOT_RECOGNISED: 'De onderneming is niet (meer) erkend',
  SWITCH_DUAL: 'De leerling heeft de opleiding vroegtijdig stopgezet en wil overschakelen naar een andere opleiding binnen duaal',
  SWITCH_LEREN_EN_WERKEN:
    'De leerling heeft de opleiding vroegtijdig stopgezet en wil overschakelen naar een andere opleiding binnen Leren en Werken',
  TRAINING_DISCONTINUED: 'De opleiding zelf wordt niet meer aangeboden',
  REGULAR_CONTRACT_OFFERED_STOPPED:
    'De leerling heeft de opleiding vroegtijdig stopgezet omdat de onderneming de leerling een reguliere arbeidsovereenkomst heeft aangeboden',
  ENTERPRISE_CLOSED: 'De onderneming is overgenomen, stopgezet of failliet',
  DISCIPLINARY_EXCLUSION: 'De leerling wordt definitief uitgesloten als tuchtmaatregel',
  NO_MENTOR: 'Er is geen mentor meer',
  REGULAR_CONTRACT: 'De onderneming sluit met de leerling een reguliere arbeidsovereenkomst af',
  ENTERPRISE_INFRINGEMENT: 'De onderneming pleegt (zware) inbreuken bij de uitvoering van de overeenkomst',
  HEALTH_NOT_GUARANTEED: 'De onderneming kan de fysieke en geestelijke gezondheid van de leerling niet garanderen',
};

export const APPEAL_TYPE_LABELS: Record<AppealType, string> = {
  NON_RECOGNITION: 'Type 1: niet-erkenning, opheffing of uitsluiting',
  TERMINATION_REASON: 'Type 2: reden van vroegtijdige beëindiging',
};
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  SUBMITTED: 'Ingediend',
  INADMISSIBLE: 'Niet ontvankelijk',
  ADMISSIBLE: 'Ontvankelijk',
  WITHDRAWN: 'Ingetrokken',
  HANDLED: 'Behandeld',
};
export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome, string> = { CONFIRMED: 'Bevestigd', ANNULLED: 'Vernietigd' };

export const FOLLOW_UP_ACTION_TYPE_LABELS: Record<FollowUpActionType, string> = {
  ADMIN_CHECK: 'Administratief onderzoek',
  PHONE_CONTACT: 'Telefonisch contact',
  SITE_VISIT: 'Plaatsbezoek',
  VIRTUAL_CONTACT: 'Virtueel contact',
};

export const PROVINCE_LABELS: Record<Province, string> = {
  ANTWERPEN: 'Antwerpen',
  LIMBURG: 'Limburg',
  OOST_VLAANDEREN: 'Oost-Vlaanderen',
  VLAAMS_BRABANT: 'Vlaams-Brabant',
  WEST_VLAANDEREN: 'West-Vlaanderen',
  BRUSSEL: 'Brussels Hoofdstedelijk Gewest',
  WALLONIE: 'Wallonië',
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Beheerder',
  PARTNERSHIP_MEMBER: 'Lid Vlaams Partnerschap',
  SECTOR_STAFF: 'Medewerker sectoraal partnerschap',
  POLICYMAKER: 'Beleidsmaker',
};

/** Where an effective status comes from (the UI marks CALENDAR as "volgens de kalender"). */
export const STATUS_SOURCE_LABELS: Record<StatusSource, string> = {
  EXPORT: 'Volgens de export',
  CALENDAR: 'Volgens de kalender',
};
