import type { AgreementStatus, MentorTrainingStatus, RecognitionStatus } from './enums.js';
import { AUTO_APPROVAL_DAYS, AUTO_CANCEL_DAYS } from './rules.js';
import { addDays, daysBetween } from './school-year.js';

// Statuses that follow the calendar (DOMAIN.md §3): the counter's export gives a status as it stood
// on the export day; as days pass, an open status runs into its date. The effective status is the
// stored one unless an open status has passed its date. A decided or ended status in the export
// always wins: only the open statuses below are ever derived. `today` is the caller's clock (ISO date).
// The server holds the same rules as SQL (server/src/modules/kpis/calendar-status.ts); a test runs
// both on one grid of cases.

/** EXPORT: the stored status; CALENDAR: derived from the dates as of today. */
export const STATUS_SOURCES = ['EXPORT', 'CALENDAR'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/** Undecided applications: the partnership still has to decide, or it is approved automatically. */
export const UNDECIDED_RECOGNITION_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'ON_HOLD'] as const satisfies readonly RecognitionStatus[];

export interface MentorTrainingCalendar {
  status: MentorTrainingStatus;
  source: StatusSource;
  /** deadline − today for an open follow-up (PENDING or NOT_COMPLETED): 1 = one day left, 0 = today, −3 = three days late. */
  daysToDeadline: number | null;
}

/**
 * Mentor training: PENDING (op te volgen) means the deadline has not passed. The deadline day itself
 * still counts as in time (K10: completed "on or before the deadline"), so on day deadline + 1 a
 * PENDING follow-up is NOT_COMPLETED.
 */
export function mentorTrainingCalendar(record: { status: MentorTrainingStatus; deadline: string | null }, today: string): MentorTrainingCalendar {
  const open = record.status === 'PENDING' || record.status === 'NOT_COMPLETED';
  const daysToDeadline = open && record.deadline ? daysBetween(today, record.deadline) : null;
  if (record.status === 'PENDING' && record.deadline && record.deadline < today) {
    return { status: 'NOT_COMPLETED', source: 'CALENDAR', daysToDeadline };
  }
  return { status: record.status, source: 'EXPORT', daysToDeadline };
}

export interface RecognitionCalendar {
  status: RecognitionStatus;
  source: StatusSource;
  /** Set when the effective status is an automatic approval derived from the calendar. */
  automaticApproval: boolean;
  /** Undecided application: the day it is (or was) approved automatically. */
  autoApprovalOn: string | null;
  /** Incomplete dossier: the day it is (or was) cancelled automatically. */
  cancellationOn: string | null;
}

/** Day of automatic approval of an application submitted on `submittedOn`: submitted on day d, approved on d + 14. */
export const autoApprovalDay = (submittedOn: string) => addDays(submittedOn, AUTO_APPROVAL_DAYS);
/** Day of automatic cancellation of an incomplete dossier submitted on `submittedOn`: d + 60. */
export const cancellationDay = (submittedOn: string) => addDays(submittedOn, AUTO_CANCEL_DAYS);

/**
 * Recognition (§3, §4):
 * - APPROVED with validity end < today → EXPIRED: expiry takes effect the day after the validity end.
 *   A revoked or stopped recognition has that status in the export, which wins.
 * - SUBMITTED / IN_REVIEW / ON_HOLD: the partnership has 14 calendar days, counted from the day
 *   after submission (d + 1 … d + 14); an application submitted on day d without a decision is
 *   approved automatically on d + 14 (the counter dates the transition that day, as our generator
 *   does and K18 counts "decided within 14 days" as ≤ 14), so from d + 14 on it is APPROVED (automatic).
 * - INCOMPLETE: cancelled when no decision is registered 60 days after submission: on d + 60,
 *   so from d + 60 on it is CANCELLED.
 */
export function recognitionCalendar(
  record: { status: RecognitionStatus; submittedOn: string; validTo: string | null },
  today: string,
): RecognitionCalendar {
  const undecided = (UNDECIDED_RECOGNITION_STATUSES as readonly string[]).includes(record.status);
  const autoApprovalOn = undecided ? autoApprovalDay(record.submittedOn) : null;
  const cancellationOn = record.status === 'INCOMPLETE' ? cancellationDay(record.submittedOn) : null;
  const base = { autoApprovalOn, cancellationOn, automaticApproval: false };
  if (record.status === 'APPROVED' && record.validTo && record.validTo < today) return { ...base, status: 'EXPIRED', source: 'CALENDAR' };
  if (autoApprovalOn && autoApprovalOn <= today) return { ...base, status: 'APPROVED', source: 'CALENDAR', automaticApproval: true };
  if (cancellationOn && cancellationOn <= today) return { ...base, status: 'CANCELLED', source: 'CALENDAR' };
  return { ...base, status: record.status, source: 'EXPORT' };
}

export interface AgreementCalendar {
  status: AgreementStatus;
  source: StatusSource;
}

/**
 * Agreement (§3, §4: it runs on d when start ≤ d ≤ its actual end, or its planned end while it has
 * none): NOT_STARTED with start ≤ today → RUNNING; RUNNING (or NOT_STARTED and started) with no
 * actual end and planned end < today → COMPLETED ("ran to its planned end"), from the day after the planned end.
 */
export function agreementCalendar(
  record: { status: AgreementStatus; startOn: string; plannedEndOn: string; actualEndOn: string | null },
  today: string,
): AgreementCalendar {
  const started = record.status === 'RUNNING' || (record.status === 'NOT_STARTED' && record.startOn <= today);
  if (!started) return { status: record.status, source: 'EXPORT' };
  if (record.actualEndOn === null && record.plannedEndOn < today) return { status: 'COMPLETED', source: 'CALENDAR' };
  return record.status === 'NOT_STARTED' ? { status: 'RUNNING', source: 'CALENDAR' } : { status: record.status, source: 'EXPORT' };
}
