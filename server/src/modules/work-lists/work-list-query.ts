import { eq, sql, type SQL } from 'drizzle-orm';
import type { Province } from '@duaal/shared';
import { partnerships } from '../../db/schema/index.js';
import { ServiceError } from '../../errors.js';
import { partnershipScope, recognitionOfPartnership, recordScope, type PartnershipScope, type RecordContext } from '../records/access.js';

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
export function listScope(ctx: RecordContext, filter: WorkListFilter | null | undefined): PartnershipScope | null {
  const scope = recordScope(ctx);
  if (scope.kind === 'NONE') throw new WorkListError('FORBIDDEN', 'Work lists hold records: not for this role');
  if (scope.kind === 'PARTNERSHIP') return scope;
  if (!filter?.partnership) return null;
  const row = ctx.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.code, filter.partnership)).get();
  if (!row) throw new WorkListError('BAD_USER_INPUT', `filter.partnership: no partnership with code ${filter.partnership}`);
  return partnershipScope(ctx, row.id);
}

export const col = (name: string) => sql.raw(name);
export const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
export const and = (conditions: (SQL | undefined)[]) => {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length === 0 ? sql`1 = 1` : sql.join(present.map((c) => sql`(${c})`), sql` and `);
};
export const has = (values: readonly string[] | null | undefined): values is readonly string[] => !!values && values.length > 0;

/** Province of an establishment column. */
export const inProvinces = (establishmentId: string, provinces: WorkListFilter['provinces']) =>
  has(provinces)
    ? sql`${col(establishmentId)} in (select e.id from establishments e join municipalities m on m.nis_code = e.municipality_nis_code where m.province_code in (${list(provinces)}))`
    : undefined;
export const ofTrainings = (trainingId: string, codes: WorkListFilter['trainings']) =>
  has(codes) ? sql`${col(trainingId)} in (select id from trainings where code in (${list(codes)}))` : undefined;
export const ofJointCommittees = (code: string, codes: WorkListFilter['jointCommittees']) => (has(codes) ? sql`${col(code)} in (${list(codes)})` : undefined);

/** The filter's province, PC number and training, on recognition alias `a` (a table alias in the query). */
export const recognitionMatches = (alias: string, f: WorkListFilter | null | undefined) => [
  inProvinces(`${alias}.establishment_id`, f?.provinces),
  ofJointCommittees(`${alias}.joint_committee_code`, f?.jointCommittees),
  ofTrainings(`${alias}.training_id`, f?.trainings),
];

/** Recognition alias `a` (a table alias in the query) in the scope. */
export const recognitionInScope = (alias: string, scope: PartnershipScope | null) =>
  scope ? recognitionOfPartnership({ handlingPartnershipId: col(`${alias}.handling_partnership_id`), jointCommitteeCode: col(`${alias}.joint_committee_code`) }, scope) : undefined;

export function page<T>(ctx: RecordContext, from: SQL, select: SQL, orderBy: SQL, paging: Paging): Page<T> {
  const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from (${from})`);
  const rows = ctx.db.all<T>(sql`select ${select} from (${from}) order by ${orderBy} limit ${paging.limit} offset ${paging.offset}`);
  return { totalCount: total?.n ?? 0, rows, offset: paging.offset };
}

export const dir = (d: 'ASC' | 'DESC' | null | undefined) => sql.raw(d === 'DESC' ? 'desc' : 'asc');
