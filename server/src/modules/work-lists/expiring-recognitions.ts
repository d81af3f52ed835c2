import { sql } from 'drizzle-orm';
import { addMonths } from '@duaal/shared';
import { partnerships } from '../../db/schema/index.js';
import type { RecordContext } from '../records/access.js';
import { col, and, recognitionMatches, recognitionInScope, dir, listScope, page, EXPIRY_WINDOW_MONTHS, type WorkListFilter, type Paging, type Page } from './work-list-query.js';

// Work list 3: recognitions expiring, or recently expired with agreements running.

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
