import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { MentorTrainingStatus } from '@duaal/shared';
import { mentorPersonalData, mentorTrainings, type mentors } from '../../db/schema/index.js';
import { effectiveMentorTrainingStatus } from '../kpis/index.js';
import { canReadMentorPersonalData, mentorOfPartnership, mentorTrainingOfPartnership, scopeCondition, type RecordContext } from '../records/access.js';
import { forbidden } from '../records/errors.js';
import { allOf, onOrAfter, onOrBefore, partnershipCodeIn } from '../records/filters.js';
import { aliased } from '../records/sql-alias.js';

export interface MentorFilter {
  /** Codes of the partnerships following the mentor's training up. */
  partnerships?: readonly string[] | null;
  /** Effective statuses (as of today): a PENDING follow-up past its deadline is NOT_COMPLETED. */
  trainingStatuses?: readonly MentorTrainingStatus[] | null;
  deadlineFrom?: string | null;
  deadlineTo?: string | null;
  mentorKey?: string | null;
}

const [mMt, mMtFrom] = aliased(mentorTrainings, 'm_mt');

/** Mentors the actor may see that match the filter; the training conditions hold on one visible training record. */
export function mentorCondition(ctx: RecordContext, filter: MentorFilter | null | undefined) {
  return (t: typeof mentors): SQL => {
    const trainingConditions = [
      partnershipCodeIn(mMt.partnershipId, filter?.partnerships),
      filter?.trainingStatuses?.length ? inArray(effectiveMentorTrainingStatus('m_mt', ctx.today), [...filter.trainingStatuses]) : undefined,
      onOrAfter(mMt.deadline, filter?.deadlineFrom),
      onOrBefore(mMt.deadline, filter?.deadlineTo),
    ].filter((c): c is SQL => c !== undefined);
    return allOf([
      scopeCondition(ctx, t, mentorOfPartnership),
      filter?.mentorKey ? sql`${t.mentorKey} = ${filter.mentorKey}` : undefined,
      trainingConditions.length > 0
        ? sql`exists (select 1 from ${mMtFrom} where ${mMt.mentorId} = ${t.id} and ${scopeCondition(ctx, mMt, mentorTrainingOfPartnership)} and ${allOf(trainingConditions)})`
        : undefined,
    ]);
  };
}

/** The earliest training deadline of a mentor, for sorting; mentors without one sort last. */
export const nextDeadline = (t: typeof mentors): SQL<string> =>
  sql<string>`coalesce((select min(${mMt.deadline}) from ${mMtFrom} where ${mMt.mentorId} = ${t.id}), '9999-12-31')`;

export type MentorPersonalData = typeof mentorPersonalData.$inferSelect;

const loaded = new WeakMap<object, Map<number, MentorPersonalData | null>>();

/**
 * Name, national number and birth date of a mentor, read only after the access rule allowed it
 * (ADMIN, or SECTOR_STAFF of a partnership handling a recognition naming the mentor).
 */
export function readMentorPersonalData(ctx: RecordContext, mentorId: number): MentorPersonalData | null {
  if (!canReadMentorPersonalData(ctx, mentorId)) throw forbidden('Mentor personal data is restricted to the handling partnership');
  let cache = loaded.get(ctx);
  if (!cache) loaded.set(ctx, (cache = new Map()));
  if (!cache.has(mentorId)) {
    cache.set(mentorId, ctx.db.select().from(mentorPersonalData).where(eq(mentorPersonalData.mentorId, mentorId)).get() ?? null);
  }
  return cache.get(mentorId) ?? null;
}
