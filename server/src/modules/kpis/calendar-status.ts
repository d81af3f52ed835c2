import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { AUTO_APPROVAL_DAYS, AUTO_CANCEL_DAYS, UNDECIDED_RECOGNITION_STATUSES } from '@duaal/shared';
import { withParams } from './engine/bind.js';

// The statuses that follow the calendar (DOMAIN.md §3), as SQL: the same rules as
// shared/src/calendar-status.ts (a test runs both on one grid of cases), written once here and used
// by the record filters and the KPIs. Columns are read through a table alias; @asOf is today.
// Only open statuses are derived: a decided or ended status in the export wins.

const UNDECIDED = UNDECIDED_RECOGNITION_STATUSES.map((s) => `'${s}'`).join(', ');

/** A PENDING follow-up whose deadline has passed (the deadline day itself is still in time). */
export const mentorTrainingOverdue = (mt = 'mt', asOf = '@asOf') => `(${mt}.status = 'PENDING' AND ${mt}.deadline < ${asOf})`;

/** Effective mentor-training status: PENDING past its deadline → NOT_COMPLETED. */
export const mentorTrainingStatusSql = (mt = 'mt', asOf = '@asOf') =>
  `(CASE WHEN ${mentorTrainingOverdue(mt, asOf)} THEN 'NOT_COMPLETED' ELSE ${mt}.status END)`;

/** An APPROVED recognition past its validity end: expired from the day after it. */
export const recognitionExpired = (r = 'r', asOf = '@asOf') => `(${r}.status = 'APPROVED' AND ${r}.valid_to < ${asOf})`;

/** An undecided application on or after submission + 14 days: approved automatically. */
export const recognitionAutoApproved = (r = 'r', asOf = '@asOf') =>
  `(${r}.status IN (${UNDECIDED}) AND date(${r}.submitted_on, '+${AUTO_APPROVAL_DAYS} days') <= ${asOf})`;

/** An incomplete dossier on or after submission + 60 days: cancelled. */
export const recognitionAutoCancelled = (r = 'r', asOf = '@asOf') =>
  `(${r}.status = 'INCOMPLETE' AND date(${r}.submitted_on, '+${AUTO_CANCEL_DAYS} days') <= ${asOf})`;

/** Effective recognition status. */
export const recognitionStatusSql = (r = 'r', asOf = '@asOf') => `(CASE
  WHEN ${recognitionExpired(r, asOf)} THEN 'EXPIRED'
  WHEN ${recognitionAutoApproved(r, asOf)} THEN 'APPROVED'
  WHEN ${recognitionAutoCancelled(r, asOf)} THEN 'CANCELLED'
  ELSE ${r}.status END)`;

/** Approved automatically: as exported, or by the calendar. */
export const recognitionAutomaticSql = (r = 'r', asOf = '@asOf') => `(${r}.automatic_approval = 1 OR ${recognitionAutoApproved(r, asOf)})`;

/** Effective agreement status: started NOT_STARTED → RUNNING; started, no actual end, planned end passed → COMPLETED. */
export const agreementStatusSql = (a = 'a', asOf = '@asOf') => `(CASE
  WHEN (${a}.status = 'RUNNING' OR (${a}.status = 'NOT_STARTED' AND ${a}.start_on <= ${asOf}))
    AND ${a}.actual_end_on IS NULL AND ${a}.planned_end_on < ${asOf} THEN 'COMPLETED'
  WHEN ${a}.status = 'NOT_STARTED' AND ${a}.start_on <= ${asOf} THEN 'RUNNING'
  ELSE ${a}.status END)`;

// The same expressions for drizzle queries, with today bound. A record list's table may be aliased
// by the relational query builder, so the row is looked up again by its primary key.

export const effectiveMentorTrainingStatus = (alias: string, today: string): SQL => withParams(mentorTrainingStatusSql(alias), { asOf: today });

export const effectiveRecognitionStatus = (id: SQLWrapper, today: string): SQL =>
  sql`(select ${withParams(recognitionStatusSql('cs_r'), { asOf: today })} from recognitions cs_r where cs_r.id = ${id})`;

export const effectiveAutomaticApproval = (id: SQLWrapper, today: string): SQL =>
  sql`(select ${withParams(recognitionAutomaticSql('cs_r'), { asOf: today })} from recognitions cs_r where cs_r.id = ${id})`;

export const effectiveAgreementStatus = (id: SQLWrapper, today: string): SQL =>
  sql`(select ${withParams(agreementStatusSql('cs_a'), { asOf: today })} from agreements cs_a where cs_a.id = ${id})`;
