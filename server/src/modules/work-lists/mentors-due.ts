import { sql, type SQL } from 'drizzle-orm';
import { addDays, isSchoolYear, schoolYearEnd, schoolYearStart, type MentorTrainingStatus, type Province } from '@duaal/shared';
import { partnerships } from '../../db/schema/index.js';
import { effectiveMentorTrainingStatus } from '../kpis/index.js';
import { mentorsWithReadablePersonalData, mentorTrainingOfPartnership, recordScope, type RecordContext } from '../records/access.js';
import { col, list, and, recognitionMatches, recognitionInScope, dir, listScope, page, WorkListError, MENTOR_DUE_WINDOWS, type WorkListFilter, type Paging, type Page } from './work-list-query.js';

// Work list 2: mentors due (work-lists.service.ts describes the four lists).

export interface MentorDueRow {
  mentorTrainingId: number;
  mentorId: number;
  mentorKey: string;
  /** The status as of today: PENDING past its deadline is NOT_COMPLETED (calendar rule, DOMAIN.md §3). */
  status: MentorTrainingStatus;
  /** The status as exported by the counter. */
  exportedStatus: MentorTrainingStatus;
  deadline: string;
  daysLeft: number;
  overdue: boolean;
  partnershipCode: string;
  partnershipName: string;
  /** The establishment of the recognition that set the deadline (else of any recognition naming the mentor). */
  establishmentId: number | null;
  /** First and last name when the caller may read them (canReadMentorPersonalData), else null. */
  personal: { firstName: string; lastName: string } | null;
  /** The recognitions naming the mentor (not removed) that the caller may see. */
  recognitions: MentorRecognitionRow[];
}

export const MENTOR_DUE_SORTS = { DEADLINE: 'deadline', MENTOR_KEY: 'mentorKey', STATUS: 'status', PARTNERSHIP: 'partnershipCode' } as const;

/** Mentor-training statuses that end the follow-up: trained, exempt, stopped, or never followed up. */
const MENTOR_DONE = sql`('EXEMPT', 'COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE', 'FOLLOW_UP_STOPPED', 'NOT_APPLICABLE')`;

/**
 * The mentors to follow up: training not completed, not exempt, not stopped. One list serves the
 * Opvolging page (`withinDays` 30 / 60 / 90: deadline within that many days, or passed) and the
 * Mentoren page (`withinDays` null: every open follow-up, whatever its deadline). The filter's
 * school year keeps the mentors whose deadline falls in it (1 Sept – 31 Aug, both included); its
 * province, PC number and training those named on a recognition (not removed, in the scope) that
 * matches. One row per training record (a mentor followed up by two partnerships appears twice).
 */
export function mentorsDue(
  ctx: RecordContext,
  args: { filter?: WorkListFilter | null; withinDays: number | null; sort?: keyof typeof MENTOR_DUE_SORTS | null; direction?: 'ASC' | 'DESC' | null } & Paging,
): Page<MentorDueRow> {
  if (args.withinDays !== null && !(MENTOR_DUE_WINDOWS as readonly number[]).includes(args.withinDays)) {
    throw new WorkListError('BAD_USER_INPUT', `withinDays: must be one of ${MENTOR_DUE_WINDOWS.join(', ')} (or absent for every deadline), got ${args.withinDays}`);
  }
  const f = args.filter;
  if (f?.schoolYear && !isSchoolYear(f.schoolYear)) {
    throw new WorkListError('BAD_USER_INPUT', `filter.schoolYear: expected a school year like 2022-2023, got ${JSON.stringify(f.schoolYear)}`);
  }
  const scope = listScope(ctx, f);
  // Province / PC / training: of a recognition naming the mentor (not removed) in the scope.
  const recognitionFilter = recognitionMatches('nr', f).filter((c): c is SQL => c !== undefined);
  const horizon = args.withinDays === null ? null : addDays(ctx.today, args.withinDays);
  const from = sql`select mt.id as mentorTrainingId, mt.mentor_id as mentorId, mn.mentor_key as mentorKey,
      ${effectiveMentorTrainingStatus('mt', ctx.today)} as status, mt.status as exportedStatus,
      mt.deadline as deadline, p.code as partnershipCode, p.name_nl as partnershipName,
      coalesce((select r.establishment_id from recognitions r where r.id = mt.recognition_id),
        (select nr.establishment_id from recognition_mentors nrm join recognitions nr on nr.id = nrm.recognition_id
          where nrm.mentor_id = mt.mentor_id order by nr.id limit 1)) as establishmentId
    from mentor_trainings mt
    join mentors mn on mn.id = mt.mentor_id
    join partnerships p on p.id = mt.partnership_id
    where ${and([
      sql`mt.deadline is not null`,
      horizon ? sql`mt.deadline <= ${horizon}` : undefined,
      f?.schoolYear ? sql`mt.deadline between ${schoolYearStart(f.schoolYear)} and ${schoolYearEnd(f.schoolYear)}` : undefined,
      sql`mt.status not in ${MENTOR_DONE}`,
      scope ? mentorTrainingOfPartnership({ partnershipId: col('mt.partnership_id'), recognitionId: col('mt.recognition_id') }, scope) : undefined,
      recognitionFilter.length > 0
        ? sql`exists (select 1 from recognition_mentors nrm join recognitions nr on nr.id = nrm.recognition_id
            where nrm.mentor_id = mt.mentor_id and nrm.removed_on is null and ${and([recognitionInScope('nr', scope), ...recognitionFilter])})`
        : undefined,
    ])}`;
  const select = sql`*, cast(julianday(deadline) - julianday(${ctx.today}) as integer) as daysLeft, deadline < ${ctx.today} as overdue`;
  const key = MENTOR_DUE_SORTS[args.sort ?? 'DEADLINE'];
  // Ties (same deadline, same status) keep one order on every page: by training record id.
  const result = page<Omit<MentorDueRow, 'overdue' | 'personal' | 'recognitions'> & { overdue: number }>(
    ctx,
    from,
    select,
    sql`${col(key)} ${dir(args.direction)}, mentorTrainingId asc`,
    args,
  );
  // Names and recognitions of the page's mentors in two statements, not two per row (an export
  // reads the list in pages of 200).
  const mentorIds = [...new Set(result.rows.map((r) => r.mentorId))];
  const names = mentorNamesOf(ctx, [...mentorsWithReadablePersonalData(ctx, mentorIds)]);
  const recognitions = recognitionsNamingMentors(ctx, mentorIds);
  return {
    ...result,
    rows: result.rows.map((r) => ({ ...r, overdue: Boolean(r.overdue), personal: names.get(r.mentorId) ?? null, recognitions: recognitions.get(r.mentorId) ?? [] })),
  };
}

function mentorNamesOf(ctx: RecordContext, mentorIds: number[]): Map<number, { firstName: string; lastName: string }> {
  if (mentorIds.length === 0) return new Map();
  const rows = ctx.db.all<{ mentorId: number; firstName: string; lastName: string }>(
    sql`select mentor_id as mentorId, first_name as firstName, last_name as lastName from mentor_personal_data where mentor_id in (${list(mentorIds.map(String))})`,
  );
  return new Map(rows.map(({ mentorId, ...name }) => [mentorId, name]));
}

export interface MentorRecognitionRow {
  recognitionId: number;
  applicationId: string;
  establishmentId: number;
  establishmentName: string;
  /** Municipality of the establishment: the only address the counter export holds. */
  municipality: string;
  trainingName: string;
}

/** The recognitions naming each of these mentors (not removed), within the caller's scope, by mentor. */
export function recognitionsNamingMentors(ctx: RecordContext, mentorIds: number[]): Map<number, MentorRecognitionRow[]> {
  const byMentor = new Map<number, MentorRecognitionRow[]>();
  if (mentorIds.length === 0) return byMentor;
  const scope = recordScope(ctx);
  const partnership = scope.kind === 'PARTNERSHIP' ? scope : null;
  const rows = ctx.db.all<MentorRecognitionRow & { mentorId: number }>(sql`select rm.mentor_id as mentorId, r.id as recognitionId, r.application_id as applicationId,
      e.id as establishmentId, e.name as establishmentName, m.name_nl as municipality, t.name_nl as trainingName
    from recognition_mentors rm join recognitions r on r.id = rm.recognition_id
    join establishments e on e.id = r.establishment_id join trainings t on t.id = r.training_id
    join municipalities m on m.nis_code = e.municipality_nis_code
    where ${and([sql`rm.mentor_id in (${list(mentorIds.map(String))})`, sql`rm.removed_on is null`, recognitionInScope('r', partnership)])}
    order by r.id`);
  for (const { mentorId, ...row } of rows) {
    const known = byMentor.get(mentorId);
    if (known) known.push(row);
    else byMentor.set(mentorId, [row]);
  }
  return byMentor;
}
