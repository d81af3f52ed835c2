import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { schoolYearEnd, schoolYearStart } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import {
  agreements,
  enrolments,
  enterpriseJointCommittees,
  establishments,
  jointCommitteeAssignments,
  municipalities,
  partnerships,
  recognitions,
  trainingProviders,
  trainings,
} from '../../db/schema/index.js';
import { allOf, municipalityMatches } from '../records/filters.js';
import type { TrainingFacts } from './prospect-candidates.js';
import type { ProspectRankingFilter } from './prospect-types.js';

// The signals that rank a prospect, read for all candidates at once in a few grouped queries.

const validOn = (day: string) =>
  sql`${recognitions.approvedOn} is not null and ${recognitions.validFrom} <= ${day} and ${recognitions.validTo} >= ${day} and (${recognitions.endedOn} is null or ${recognitions.endedOn} > ${day})`;

export function prospectSignals(db: Db, args: { facts: TrainingFacts; filter: ProspectRankingFilter; year: string; day: string; candidateIds: number[] }) {
  const { facts, filter, year, day } = args;
  const { training } = facts;
  // The candidates' ids as one JSON parameter: the signal queries start from them.
  const ids = sql`(select value from json_each(${JSON.stringify(args.candidateIds)}))`;

  // PC numbers with the partnership they are assigned to on the reference day.
  const pcs = db
    .select({ enterpriseId: enterpriseJointCommittees.enterpriseId, code: enterpriseJointCommittees.jointCommitteeCode, partnershipId: jointCommitteeAssignments.partnershipId, partnershipName: partnerships.nameNl })
    .from(enterpriseJointCommittees)
    .leftJoin(
      jointCommitteeAssignments,
      and(eq(jointCommitteeAssignments.jointCommitteeCode, enterpriseJointCommittees.jointCommitteeCode), sql`${jointCommitteeAssignments.validFrom} <= ${day} and (${jointCommitteeAssignments.validTo} is null or ${jointCommitteeAssignments.validTo} >= ${day})`),
    )
    .leftJoin(partnerships, eq(partnerships.id, jointCommitteeAssignments.partnershipId))
    .where(sql`${enterpriseJointCommittees.enterpriseId} in ${ids}`)
    .all();

  // Open establishments in the region, with their municipality and province.
  const inRegion = municipalityMatches(establishments.municipalityNisCode, filter);
  const sites = db
    .select({ enterpriseId: establishments.enterpriseId, nis: municipalities.nisCode, municipality: municipalities.nameNl, province: municipalities.provinceCode })
    .from(establishments)
    .innerJoin(municipalities, eq(municipalities.nisCode, establishments.municipalityNisCode))
    .where(allOf([sql`${establishments.enterpriseId} in ${ids}`, sql`(${establishments.closedOn} is null or ${establishments.closedOn} > ${day})`, inRegion]))
    .all();

  // Approved recognitions of this training or a related one, up to the reference day; a revoked
  // one is no reason to come back (the partnership withdrew it), an expired or stopped one is.
  const wanted = [training.id, ...facts.related];
  const recs = db
    .select({
      enterpriseId: establishments.enterpriseId,
      trainingId: recognitions.trainingId,
      adultTrainingId: recognitions.adultTrainingId,
      validTo: recognitions.validTo,
      endedOn: recognitions.endedOn,
      status: recognitions.status,
      valid: sql<number>`${validOn(day)}`,
    })
    .from(recognitions)
    .innerJoin(establishments, eq(establishments.id, recognitions.establishmentId))
    .where(
      allOf([
        sql`${establishments.enterpriseId} in ${ids}`,
        sql`${recognitions.approvedOn} is not null and ${recognitions.approvedOn} <= ${day}`,
        or(inArray(recognitions.trainingId, wanted), inArray(recognitions.adultTrainingId, wanted)),
        sql`not (${recognitions.status} = 'REVOKED' and ${recognitions.endedOn} <= ${day})`,
      ]),
    )
    .all();
  const names = new Map(db.select({ id: trainings.id, name: trainings.nameNl }).from(trainings).where(inArray(trainings.id, wanted)).all().map((r) => [r.id, r.name]));

  // Agreements started up to the reference day (not cancelled before the start), any training.
  const deals = db
    .select({ enterpriseId: establishments.enterpriseId, n: sql<number>`count(*)`, last: sql<string>`max(${agreements.startOn})` })
    .from(agreements)
    .innerJoin(establishments, eq(establishments.id, agreements.establishmentId))
    .where(allOf([sql`${establishments.enterpriseId} in ${ids}`, sql`${agreements.startOn} <= ${day}`, sql`${agreements.status} not in ('NOT_STARTED', 'CANCELLED')`]))
    .groupBy(establishments.enterpriseId)
    .all();

  // Learners enrolled in this training in the school year (1 February), by the provider's
  // municipality. The enrolment data covers the dual trainings only: for a training without any
  // enrolment that year, the learners with an agreement in it running in the school year, by the
  // provider that placed them, stand in for them.
  const demandFrom = (learners: SQL, from: 'enrolments' | 'agreements') => {
    const q = db
      .select({ nis: municipalities.nisCode, municipality: municipalities.nameNl, province: municipalities.provinceCode, learners: sql<number>`${learners}`.mapWith(Number) })
      .from(from === 'enrolments' ? enrolments : agreements);
    return from === 'enrolments'
      ? q
          .innerJoin(trainingProviders, eq(trainingProviders.id, enrolments.providerId))
          .innerJoin(municipalities, eq(municipalities.nisCode, trainingProviders.municipalityNisCode))
          .where(and(eq(enrolments.trainingId, training.id), eq(enrolments.schoolYear, year), sql`${enrolments.learners} > 0`))
          .groupBy(municipalities.nisCode)
          .all()
      : q
          .innerJoin(trainingProviders, eq(trainingProviders.id, agreements.providerId))
          .innerJoin(municipalities, eq(municipalities.nisCode, trainingProviders.municipalityNisCode))
          .where(
            allOf([
              eq(agreements.trainingId, training.id),
              sql`${agreements.status} not in ('NOT_STARTED', 'CANCELLED')`,
              sql`${agreements.startOn} <= ${schoolYearEnd(year)}`,
              sql`coalesce(${agreements.actualEndOn}, ${agreements.plannedEndOn}) >= ${schoolYearStart(year)}`,
            ]),
          )
          .groupBy(municipalities.nisCode)
          .all();
  };
  const enrolled = demandFrom(sql`sum(${enrolments.learners})`, 'enrolments');
  const demand = enrolled.length > 0 ? enrolled : demandFrom(sql`count(distinct ${agreements.learnerPseudonym})`, 'agreements');
  const demandByNis = new Map(demand.map((d) => [d.nis, d]));
  const demandByProvince = new Map<string, number>();
  for (const d of demand) demandByProvince.set(d.province, (demandByProvince.get(d.province) ?? 0) + d.learners);

  return { pcs, sites, recs, names, deals, demandByNis, demandByProvince };
}

export type ProspectSignals = ReturnType<typeof prospectSignals>;
