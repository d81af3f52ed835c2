import { sql, type SQL } from 'drizzle-orm';
import { addDays, addMonths, isSchoolYear, schoolYearEnd, schoolYearOf, schoolYearStart, type MentorTrainingStatus, type Province } from '@duaal/shared';
import { eq } from 'drizzle-orm';
import { partnerships } from '../../db/schema/index.js';
import { ServiceError } from '../../errors.js';
import { effectiveMentorTrainingStatus } from '../kpis/index.js';
import {
  agreementOfPartnership,
  mentorsWithReadablePersonalData,
  mentorTrainingOfPartnership,
  partnershipScope,
  recognitionOfPartnership,
  recordScope,
  type PartnershipScope,
  type RecordContext,
} from '../records/access.js';

/*
 * The four work lists of the Opvolging page (issue "Follow-up", part 1): what sector staff act on
 * this week. Each list is one SQL query over plain dates computed here from `today` (never the
 * system clock); each rule is written once, in the function of its list, and described in Dutch
 * in WORK_LIST_RULES. Scope: the access predicates of records/access.ts (SECTOR_STAFF: their
 * partnership; ADMIN and partnership members: all, or one partnership with the `partnership` filter).
 */

/** A partnership has 14 days to decide; then the application is approved automatically (DOMAIN.md §3). */
export const AUTO_APPROVAL_DAYS = 14;
/** An incomplete dossier without a decision is cancelled automatically 60 days after submission (§3). */
export const AUTO_CANCELLATION_DAYS = 60;
/** Horizon of the expiring-recognitions list and look-back of the recently expired ones. */
export const EXPIRY_WINDOW_MONTHS = 6;
export const MENTOR_DUE_WINDOWS = [30, 60, 90] as const;

/** One line per list: how it is computed, shown above the list. */
export const WORK_LIST_RULES = {
  applications:
    'Aanvragen die ingediend zijn maar nog geen beslissing hebben (ingediend, in behandeling, in wacht: automatisch goedgekeurd 14 dagen na indiening; dossier onvolledig: geannuleerd 60 dagen na indiening), vroegste termijn eerst.',
  mentors:
    'Mentoren van wie de deadline voor de mentoropleiding binnen de gekozen termijn valt of al verstreken is, en die de opleiding niet gevolgd hebben, niet vrijgesteld zijn en niet stopgezet zijn; vroegste deadline eerst.',
  recognitions:
    'Erkenningen die binnen 6 maanden aflopen zonder ingediende hernieuwing, en erkenningen die de laatste 6 maanden afliepen terwijl er nog overeenkomsten lopen (lerenden in gevaar); vroegste einddatum eerst.',
  establishments:
    'Vestigingen die langer dan een jaar erkend zijn zonder ooit een overeenkomst (onbenutte plaatsen), en vestigingen met vroegtijdig beëindigde overeenkomsten in het schooljaar, met de redenen.',
} as const;

export interface WorkListFilter {
  provinces?: readonly Province[] | null;
  jointCommittees?: readonly string[] | null;
  trainings?: readonly string[] | null;
  /** Partnership code: ADMIN and partnership members narrow to the records of one partnership. */
  partnership?: string | null;
  /**
   * School year: of the early terminations in the establishments list (default: today's); in the
   * mentors list, only mentors whose training deadline falls in it (default: any deadline).
   */
  schoolYear?: string | null;
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface Page<T> {
  totalCount: number;
  rows: T[];
  /** Rows skipped before this page (the cursor of its first row is offset + 1). */
  offset: number;
}

export class WorkListError extends ServiceError {
  constructor(code: 'BAD_USER_INPUT' | 'FORBIDDEN', message: string) {
    super(code, message);
  }
}

/** The partnership whose records the list holds, or null for all of Flanders. */
function listScope(ctx: RecordContext, filter: WorkListFilter | null | undefined): PartnershipScope | null {
  const scope = recordScope(ctx);
  if (scope.kind === 'NONE') throw new WorkListError('FORBIDDEN', 'Work lists hold records: not for this role');
  if (scope.kind === 'PARTNERSHIP') return scope;
  if (!filter?.partnership) return null;
  const row = ctx.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.code, filter.partnership)).get();
  if (!row) throw new WorkListError('BAD_USER_INPUT', `filter.partnership: no partnership with code ${filter.partnership}`);
  return partnershipScope(ctx, row.id);
}

const col = (name: string) => sql.raw(name);
const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const and = (conditions: (SQL | undefined)[]) => {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length === 0 ? sql`1 = 1` : sql.join(present.map((c) => sql`(${c})`), sql` and `);
};
const has = (values: readonly string[] | null | undefined): values is readonly string[] => !!values && values.length > 0;

/** Province of an establishment column. */
const inProvinces = (establishmentId: string, provinces: WorkListFilter['provinces']) =>
  has(provinces)
    ? sql`${col(establishmentId)} in (select e.id from establishments e join municipalities m on m.nis_code = e.municipality_nis_code where m.province_code in (${list(provinces)}))`
    : undefined;
const ofTrainings = (trainingId: string, codes: WorkListFilter['trainings']) =>
  has(codes) ? sql`${col(trainingId)} in (select id from trainings where code in (${list(codes)}))` : undefined;
const ofJointCommittees = (code: string, codes: WorkListFilter['jointCommittees']) => (has(codes) ? sql`${col(code)} in (${list(codes)})` : undefined);

/** The filter's province, PC number and training, on recognition alias `a` (a table alias in the query). */
const recognitionMatches = (alias: string, f: WorkListFilter | null | undefined) => [
  inProvinces(`${alias}.establishment_id`, f?.provinces),
  ofJointCommittees(`${alias}.joint_committee_code`, f?.jointCommittees),
  ofTrainings(`${alias}.training_id`, f?.trainings),
];

/** Recognition alias `a` (a table alias in the query) in the scope. */
const recognitionInScope = (alias: string, scope: PartnershipScope | null) =>
  scope ? recognitionOfPartnership({ handlingPartnershipId: col(`${alias}.handling_partnership_id`), jointCommitteeCode: col(`${alias}.joint_committee_code`) }, scope) : undefined;

function page<T>(ctx: RecordContext, from: SQL, select: SQL, orderBy: SQL, paging: Paging): Page<T> {
  const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from (${from})`);
  const rows = ctx.db.all<T>(sql`select ${select} from (${from}) order by ${orderBy} limit ${paging.limit} offset ${paging.offset}`);
  return { totalCount: total?.n ?? 0, rows, offset: paging.offset };
}

const dir = (d: 'ASC' | 'DESC' | null | undefined) => sql.raw(d === 'DESC' ? 'desc' : 'asc');

// ---------------------------------------------------------------------------------------------
// 1. Applications awaiting a decision

export interface PendingApplicationRow {
  recognitionId: number;
  applicationId: string;
  status: 'SUBMITTED' | 'INCOMPLETE' | 'IN_REVIEW' | 'ON_HOLD';
  kind: string;
  submittedOn: string;
  /** Automatic approval (submission + 14 days) or, for an incomplete dossier, cancellation (+ 60). */
  deadline: string;
  deadlineKind: 'AUTO_APPROVAL' | 'CANCELLATION';
  daysLeft: number;
  establishmentId: number;
  establishmentName: string;
  municipality: string;
  trainingName: string;
  jointCommitteeCode: string | null;
  partnershipCode: string;
}

export const PENDING_APPLICATION_SORTS = { DEADLINE: 'deadline', SUBMITTED_ON: 'submittedOn', ESTABLISHMENT: 'establishmentName', STATUS: 'status' } as const;

export function pendingApplications(
  ctx: RecordContext,
  args: { filter?: WorkListFilter | null; sort?: keyof typeof PENDING_APPLICATION_SORTS | null; direction?: 'ASC' | 'DESC' | null } & Paging,
): Page<PendingApplicationRow> {
  const scope = listScope(ctx, args.filter);
  const f = args.filter;
  // Deadlines as plain dates: date(submitted, '+14 days') / '+60 days'; days left from today.
  const from = sql`select r.id as recognitionId, r.application_id as applicationId, r.status as status, r.kind as kind,
      r.submitted_on as submittedOn,
      case when r.status = 'INCOMPLETE' then date(r.submitted_on, ${`+${AUTO_CANCELLATION_DAYS} days`})
           else date(r.submitted_on, ${`+${AUTO_APPROVAL_DAYS} days`}) end as deadline,
      case when r.status = 'INCOMPLETE' then 'CANCELLATION' else 'AUTO_APPROVAL' end as deadlineKind,
      e.id as establishmentId, e.name as establishmentName, m.name_nl as municipality, t.name_nl as trainingName,
      r.joint_committee_code as jointCommitteeCode, p.code as partnershipCode
    from recognitions r
    join establishments e on e.id = r.establishment_id
    join municipalities m on m.nis_code = e.municipality_nis_code
    join trainings t on t.id = r.training_id
    join partnerships p on p.id = r.handling_partnership_id
    where ${and([
      sql`r.status in ('SUBMITTED', 'IN_REVIEW', 'ON_HOLD', 'INCOMPLETE')`,
      sql`r.submitted_on <= ${ctx.today}`,
      recognitionInScope('r', scope),
      ...recognitionMatches('r', f),
    ])}`;
  const select = sql`*, cast(julianday(deadline) - julianday(${ctx.today}) as integer) as daysLeft`;
  const key = PENDING_APPLICATION_SORTS[args.sort ?? 'DEADLINE'];
  return page(ctx, from, select, sql`${col(key)} ${dir(args.direction)}, recognitionId asc`, args);
}

// ---------------------------------------------------------------------------------------------
// 2. Mentors due

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

// ---------------------------------------------------------------------------------------------
// 3. Recognitions expiring (no renewal filed) or recently expired with agreements running

export interface ExpiringRecognitionRow {
  recognitionId: number;
  applicationId: string;
  kind: 'EXPIRING' | 'EXPIRED';
  validTo: string;
  daysLeft: number;
  runningAgreements: number;
  establishmentId: number;
  establishmentName: string;
  municipality: string;
  trainingName: string;
  jointCommitteeCode: string | null;
  partnershipCode: string;
}

export const EXPIRING_RECOGNITION_SORTS = { VALID_TO: 'validTo', ESTABLISHMENT: 'establishmentName', RUNNING_AGREEMENTS: 'runningAgreements' } as const;

export function expiringRecognitions(
  ctx: RecordContext,
  args: { filter?: WorkListFilter | null; sort?: keyof typeof EXPIRING_RECOGNITION_SORTS | null; direction?: 'ASC' | 'DESC' | null } & Paging,
): Page<ExpiringRecognitionRow> {
  const scope = listScope(ctx, args.filter);
  const f = args.filter;
  const { today } = ctx;
  const horizon = addMonths(today, EXPIRY_WINDOW_MONTHS);
  const lookBack = addMonths(today, -EXPIRY_WINDOW_MONTHS);
  // Agreements running today at its establishment, on it or on its training (an agreement runs on
  // the recognition of its own establishment, so the establishment key narrows both cases).
  const running = sql`(select count(*) from agreements ag where ag.establishment_id = r.establishment_id
    and (ag.recognition_id = r.id or ag.training_id = r.training_id)
    and ag.status <> 'CANCELLED' and ag.start_on <= ${today} and coalesce(ag.actual_end_on, ag.planned_end_on) >= ${today})`;
  // A renewal is filed: a later RENEWAL application at the same establishment, for the same training (or
  // naming this one as previous), not rejected or cancelled.
  const renewalFiled = sql`exists (select 1 from recognitions n where n.establishment_id = r.establishment_id
      and n.id <> r.id and n.kind = 'RENEWAL' and (n.previous_recognition_id = r.id or n.training_id = r.training_id)
      and n.submitted_on > r.submitted_on and n.status not in ('REJECTED', 'CANCELLED'))`;
  const from = sql`select r.id as recognitionId, r.application_id as applicationId,
      case when r.valid_to >= ${today} then 'EXPIRING' else 'EXPIRED' end as kind, r.valid_to as validTo,
      ${running} as runningAgreements,
      e.id as establishmentId, e.name as establishmentName, m.name_nl as municipality, t.name_nl as trainingName,
      r.joint_committee_code as jointCommitteeCode, p.code as partnershipCode
    from recognitions r
    join establishments e on e.id = r.establishment_id
    join municipalities m on m.nis_code = e.municipality_nis_code
    join trainings t on t.id = r.training_id
    join partnerships p on p.id = r.handling_partnership_id
    where ${and([
      // Approved, never revoked or stopped (expiry applies only to those).
      sql`r.approved_on is not null and r.ended_on is null`,
      sql`r.valid_to between ${lookBack} and ${horizon}`,
      sql`(r.valid_to between ${today} and ${horizon} and not ${renewalFiled})
        or (r.valid_to >= ${lookBack} and r.valid_to < ${today} and ${running} > 0)`,
      recognitionInScope('r', scope),
      ...recognitionMatches('r', f),
    ])}`;
  const select = sql`*, cast(julianday(validTo) - julianday(${today}) as integer) as daysLeft`;
  const key = EXPIRING_RECOGNITION_SORTS[args.sort ?? 'VALID_TO'];
  return page(ctx, from, select, sql`${col(key)} ${dir(args.direction)}, recognitionId asc`, args);
}

// ---------------------------------------------------------------------------------------------
// 4. Establishments to follow up

export interface EstablishmentToFollowUpRow {
  establishmentId: number;
  establishmentName: string;
  enterpriseName: string;
  municipality: string;
  reason: 'UNUSED' | 'TERMINATIONS';
  /** UNUSED: first approval of a recognition still valid today. */
  recognisedSince: string | null;
  earlyTerminations: number;
  /** Distinct termination reasons, comma-separated codes. */
  terminationReasons: string | null;
}

export const ESTABLISHMENT_SORTS = { TERMINATIONS: 'earlyTerminations', ESTABLISHMENT: 'establishmentName', RECOGNISED_SINCE: 'recognisedSince' } as const;

export function establishmentsToFollowUp(
  ctx: RecordContext,
  args: { filter?: WorkListFilter | null; sort?: keyof typeof ESTABLISHMENT_SORTS | null; direction?: 'ASC' | 'DESC' | null } & Paging,
): Page<EstablishmentToFollowUpRow> {
  const scope = listScope(ctx, args.filter);
  const f = args.filter;
  const { today } = ctx;
  const year = f?.schoolYear ?? schoolYearOf(today);
  const yearAgo = addMonths(today, -12);
  const recognitionFilter = (alias: string) =>
    and([
      recognitionInScope(alias, scope),
      ofJointCommittees(`${alias}.joint_committee_code`, f?.jointCommittees),
      ofTrainings(`${alias}.training_id`, f?.trainings),
    ]);
  // Unused places: a recognition valid today (DOMAIN.md §4 day rule), approved more than a year
  // ago, at an establishment that never had an agreement (cancelled ones do not count).
  const unused = sql`select r.establishment_id as establishmentId, 'UNUSED' as reason, min(r.approved_on) as recognisedSince,
      0 as earlyTerminations, null as terminationReasons
    from recognitions r
    where r.approved_on is not null and r.approved_on < ${yearAgo} and r.valid_from <= ${today} and r.valid_to >= ${today}
      and (r.ended_on is null or r.ended_on > ${today})
      and not exists (select 1 from agreements ag where ag.establishment_id = r.establishment_id and ag.status <> 'CANCELLED')
      and ${recognitionFilter('r')}
    group by r.establishment_id`;
  // Early terminations: agreements ended early (end date in the school year), with their reasons.
  const terminations = sql`select ag.establishment_id as establishmentId, 'TERMINATIONS' as reason, null as recognisedSince,
      count(*) as earlyTerminations, group_concat(distinct ag.termination_reason) as terminationReasons
    from agreements ag
    left join recognitions ar on ar.id = ag.recognition_id
    where ag.status = 'TERMINATED_EARLY' and ag.actual_end_on between ${schoolYearStart(year)} and ${schoolYearEnd(year)}
      and ${scope ? agreementOfPartnership({ recognitionId: col('ag.recognition_id') }, scope) : sql`1 = 1`}
      and ${and([ofTrainings('ag.training_id', f?.trainings), ofJointCommittees('ar.joint_committee_code', f?.jointCommittees)])}
    group by ag.establishment_id`;
  const from = sql`select x.*, e.name as establishmentName, en.name as enterpriseName, m.name_nl as municipality
    from (${unused} union all ${terminations}) x
    join establishments e on e.id = x.establishmentId
    join enterprises en on en.id = e.enterprise_id
    join municipalities m on m.nis_code = e.municipality_nis_code
    where ${and([inProvinces('x.establishmentId', f?.provinces)])}`;
  const key = ESTABLISHMENT_SORTS[args.sort ?? 'TERMINATIONS'];
  // Default: most terminations first, then the unused places longest recognised.
  const defaultDirection = args.sort ? args.direction : (args.direction ?? 'DESC');
  return page(ctx, from, sql`*`, sql`${col(key)} ${dir(defaultDirection)}, recognisedSince asc, establishmentId asc`, args);
}
