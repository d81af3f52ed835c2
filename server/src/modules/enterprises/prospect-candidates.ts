import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { enterpriseJointCommittees, enterprises, establishments, jointCommitteeAssignments, partnerships, recognitions, trainingEquivalences, trainings } from '../../db/schema/index.js';
import { enterpriseOfPartnership, scopeCondition } from '../records/access.js';
import { notFound } from '../records/errors.js';
import { allOf, municipalityMatches, oneOf } from '../records/filters.js';
import { aliased } from '../records/sql-alias.js';
import type { ProspectContext, ProspectRankingFilter } from './prospect-types.js';

// Who is on the prospect list: the training's facts and the one SQL condition over enterprises.

const [pEjc, pEjcFrom] = aliased(enterpriseJointCommittees, 'p_ejc');
const [pJca, pJcaFrom] = aliased(jointCommitteeAssignments, 'p_jca');
const [pEst, pEstFrom] = aliased(establishments, 'p_est');
const [pRec, pRecFrom] = aliased(recognitions, 'p_rec');
const [pEst2, pEst2From] = aliased(establishments, 'p_est2');
const [pPar, pParFrom] = aliased(partnerships, 'p_par');

/** The training, its handling partnerships (with their number of recognitions) and its related trainings. */
export function trainingFacts(db: Db, code: string) {
  const training = db.select().from(trainings).where(eq(trainings.code, code)).get();
  if (!training) throw notFound(`prospectRanking: filter.trainingCode: no training with code "${code}"`);
  const handling = db
    .select({ id: recognitions.handlingPartnershipId, n: sql<number>`count(*)` })
    .from(recognitions)
    .where(eq(recognitions.trainingId, training.id))
    .groupBy(recognitions.handlingPartnershipId)
    .all();
  const most = Math.max(0, ...handling.map((h) => h.n));
  const covering = handling.filter((h) => h.n === most).map((h) => h.id);
  // Related: the counter's equivalences either way (Leren en Werken ↔ duaal, secondary ↔ adult), a
  // training of the same name in another system or level, and a training of the same study area.
  const equivalent = db
    .select({ from: trainingEquivalences.fromTrainingId, to: trainingEquivalences.toTrainingId })
    .from(trainingEquivalences)
    .where(or(eq(trainingEquivalences.fromTrainingId, training.id), eq(trainingEquivalences.toTrainingId, training.id)))
    .all()
    .map((e) => (e.from === training.id ? e.to : e.from));
  const similar = db
    .select({ id: trainings.id })
    .from(trainings)
    .where(training.studyArea ? or(eq(trainings.nameNl, training.nameNl), eq(trainings.studyArea, training.studyArea)) : eq(trainings.nameNl, training.nameNl))
    .all()
    .map((t) => t.id);
  const related = new Set([...equivalent, ...similar]);
  related.delete(training.id);
  return { training, handlingIds: handling.map((h) => h.id), covering, related };
}

export type TrainingFacts = ReturnType<typeof trainingFacts>;

/**
 * Who is on the list: open enterprises the actor may see, with a PC number assigned (on the reference
 * day) to a partnership that handles recognitions of the training, an open establishment in the
 * region, and no recognition for this training valid on the reference day (they are workplaces
 * already). A recognition for another training does not keep an enterprise off the list: it is a
 * reason to rank it higher when that training is related.
 */
export function prospectRankingCondition(ctx: ProspectContext, filter: ProspectRankingFilter, trainingId: number, handlingIds: number[], day: string) {
  return (t: typeof enterprises): SQL => {
    const inRegion = municipalityMatches(pEst.municipalityNisCode, filter);
    const pcFits = allOf([
      sql`${pJca.validFrom} <= ${day} and (${pJca.validTo} is null or ${pJca.validTo} >= ${day})`,
      handlingIds.length ? inArray(pJca.partnershipId, handlingIds) : sql`0 = 1`,
      filter.partnership ? sql`${pJca.partnershipId} in (select ${pPar.id} from ${pParFrom} where ${pPar.code} = ${filter.partnership})` : undefined,
    ]);
    // Semi-joins on subqueries that do not refer to the outer row: SQLite evaluates each once per
    // statement, starting from the region's establishments, instead of probing every enterprise.
    return allOf([
      sql`${t.id} in (select ${pEst.enterpriseId} from ${pEstFrom} where (${pEst.closedOn} is null or ${pEst.closedOn} > ${day}) and ${inRegion ?? sql`1 = 1`})`,
      sql`${t.id} in (select ${pEjc.enterpriseId} from ${pEjcFrom} where ${oneOf(pEjc.jointCommitteeCode, filter.jointCommittees) ?? sql`1 = 1`}
        and ${pEjc.jointCommitteeCode} in (select ${pJca.jointCommitteeCode} from ${pJcaFrom} where ${pcFits}))`,
      sql`(${t.closedOn} is null or ${t.closedOn} > ${day})`,
      sql`${t.id} not in (select ${pEst2.enterpriseId} from ${pRecFrom} join ${pEst2From} on ${pEst2.id} = ${pRec.establishmentId}
        where (${pRec.trainingId} = ${trainingId} or ${pRec.adultTrainingId} = ${trainingId})
          and ${pRec.approvedOn} is not null and ${pRec.validFrom} <= ${day} and ${pRec.validTo} >= ${day}
          and (${pRec.endedOn} is null or ${pRec.endedOn} > ${day}))`,
      scopeCondition(ctx, t, enterpriseOfPartnership),
    ]);
  };
}
