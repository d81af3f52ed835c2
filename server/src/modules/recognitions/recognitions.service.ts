import { inArray, sql, type SQL } from 'drizzle-orm';
import {
  isSchoolYear,
  schoolYearOf,
  type ApplicationKind,
  type Level,
  type Province,
  type RecognitionStatus,
  type System,
} from '@duaal/shared';
import { establishments, municipalities, trainings, type recognitions } from '../../db/schema/index.js';
import { effectiveAutomaticApproval, effectiveRecognitionStatus, factIds, type KpiFilter } from '../kpis/index.js';
import { recognitionOfPartnership, scopeCondition, type RecordContext } from '../records/access.js';
import { badUserInput } from '../records/errors.js';
import { allOf, establishmentInRegion, onOrAfter, onOrBefore, oneOf, partnershipCodeIn } from '../records/filters.js';
import { aliased } from '../records/sql-alias.js';

export interface RecognitionFilter {
  statuses?: readonly RecognitionStatus[] | null;
  kinds?: readonly ApplicationKind[] | null;
  handlingPartnerships?: readonly string[] | null;
  reportingPartnerships?: readonly string[] | null;
  jointCommittees?: readonly string[] | null;
  trainings?: readonly string[] | null;
  systems?: readonly System[] | null;
  levels?: readonly Level[] | null;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  submittedFrom?: string | null;
  submittedTo?: string | null;
  automaticApproval?: boolean | null;
  validInSchoolYear?: string | null;
}

/**
 * The ids of the recognitions K1 counts (DOMAIN.md §4) for the K1-shaped part of the filter: built
 * from K1's own fact source (kpis/index.ts, factIds), so the list and the figure apply one rule. Without
 * validInSchoolYear only the dimensions apply (reporting partnership on the last day of today's
 * school year; training, system and level matching the training or the adult training it is also
 * declared valid for).
 */
function countedByK1(filter: RecognitionFilter, asOf: string): SQL | undefined {
  const year = filter.validInSchoolYear ?? null;
  const kpiFilter: KpiFilter = {
    partnerships: filter.reportingPartnerships,
    trainings: filter.trainings,
    systems: filter.systems,
    levels: filter.levels,
  };
  const dimensionsSet = Object.values(kpiFilter).some((values) => values && values.length > 0);
  if (year === null && !dimensionsSet) return undefined;
  if (year !== null && !isSchoolYear(year)) throw badUserInput(`"validInSchoolYear" must be a school year written as 2022-2023, got "${year}"`);
  return factIds('K1', { schoolYear: year ?? schoolYearOf(asOf), asOf, anyDay: year === null }, kpiFilter);
}

/** Recognitions the actor may see that match the filter, as one condition on table t. */
export function recognitionCondition(ctx: RecordContext, filter: RecognitionFilter | null | undefined) {
  const k1 = countedByK1(filter ?? {}, ctx.today);
  return (t: typeof recognitions): SQL =>
    allOf([
      scopeCondition(ctx, t, recognitionOfPartnership),
      filter?.statuses?.length ? inArray(effectiveRecognitionStatus(t.id, ctx.today), [...filter.statuses]) : undefined,
      oneOf(t.kind, filter?.kinds),
      partnershipCodeIn(t.handlingPartnershipId, filter?.handlingPartnerships),
      oneOf(t.jointCommitteeCode, filter?.jointCommittees),
      k1 && sql`${t.id} in (${k1})`,
      establishmentInRegion(t.establishmentId, filter ?? {}),
      onOrAfter(t.submittedOn, filter?.submittedFrom),
      onOrBefore(t.submittedOn, filter?.submittedTo),
      filter?.automaticApproval == null ? undefined : sql`${effectiveAutomaticApproval(t.id, ctx.today)} = ${filter.automaticApproval ? 1 : 0}`,
    ]);
}

const [oEst, oEstFrom] = aliased(establishments, 'o_est');
const [oMun, oMunFrom] = aliased(municipalities, 'o_mun');
const [oTra, oTraFrom] = aliased(trainings, 'o_tra');

/** Sort keys of the list that live outside the recognition row (never null, so cursors can compare them). */
export const recognitionSortKeys = {
  establishmentName: (t: typeof recognitions): SQL<string> =>
    sql<string>`coalesce((select ${oEst.name} from ${oEstFrom} where ${oEst.id} = ${t.establishmentId}), '')`,
  municipalityName: (t: typeof recognitions): SQL<string> =>
    sql<string>`coalesce((select ${oMun.nameNl} from ${oEstFrom} join ${oMunFrom} on ${oMun.nisCode} = ${oEst.municipalityNisCode}
      where ${oEst.id} = ${t.establishmentId}), '')`,
  trainingName: (t: typeof recognitions): SQL<string> =>
    sql<string>`coalesce((select ${oTra.nameNl} from ${oTraFrom} where ${oTra.id} = ${t.trainingId}), '')`,
  validFrom: (t: typeof recognitions): SQL<string> => sql<string>`coalesce(${t.validFrom}, '')`,
};

const trainingsLoaded = new WeakMap<object, Map<number, typeof trainings.$inferSelect | null>>();

/** A training by id, read once per request (the adult training of the recognitions of a page). */
export async function trainingById(ctx: RecordContext, id: number) {
  let map = trainingsLoaded.get(ctx);
  if (!map) trainingsLoaded.set(ctx, (map = new Map()));
  if (!map.has(id)) map.set(id, (await ctx.db.query.trainings.findFirst({ where: { id } })) ?? null);
  return map.get(id) ?? null;
}
