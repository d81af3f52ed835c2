import { sql } from 'drizzle-orm';
import { addMonths, schoolYearEnd, schoolYearOf, schoolYearStart } from '@duaal/shared';
import { agreementOfPartnership, type RecordContext } from '../records/access.js';
import { col, and, inProvinces, ofTrainings, ofJointCommittees, recognitionInScope, dir, listScope, page, type WorkListFilter, type Paging, type Page } from './work-list-query.js';

// Work list 4: establishments to follow up.

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
