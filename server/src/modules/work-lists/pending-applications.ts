import { sql } from 'drizzle-orm';
import { partnerships } from '../../db/schema/index.js';
import type { RecordContext } from '../records/access.js';
import { col, and, recognitionMatches, recognitionInScope, dir, listScope, page, AUTO_APPROVAL_DAYS, AUTO_CANCELLATION_DAYS, type WorkListFilter, type Paging, type Page } from './work-list-query.js';

// Work list 1: applications awaiting a decision (work-lists.service.ts describes the four lists).

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
