import { eq, sql, type SQL } from 'drizzle-orm';
import type { LegalForm, Province, SizeClass } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import {
  enterpriseJointCommittees,
  enterprises,
  establishments,
  jointCommitteeAssignments,
  recognitions,
  trainings,
} from '../../db/schema/index.js';
import { enterpriseOfPartnership, establishmentOfPartnership, scopeCondition, type RecordContext } from '../records/access.js';
import { notFound } from '../records/errors.js';
import { allOf, municipalityMatches, oneOf } from '../records/filters.js';
import { aliased } from '../records/sql-alias.js';

export interface EnterpriseFilter {
  jointCommittees?: readonly string[] | null;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  legalForms?: readonly LegalForm[] | null;
  sizeClasses?: readonly SizeClass[] | null;
  /** Part of the name, or the KBO number. */
  search?: string | null;
}

export interface EstablishmentFilter {
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  enterpriseKboNumber?: string | null;
  search?: string | null;
}

const [eEjc, eEjcFrom] = aliased(enterpriseJointCommittees, 'e_ejc');
const [eEst, eEstFrom] = aliased(establishments, 'e_est');
const [eEst2, eEst2From] = aliased(establishments, 'e_est2');
const [eRec, eRecFrom] = aliased(recognitions, 'e_rec');
const [eRec2, eRec2From] = aliased(recognitions, 'e_rec2');
const [eJca, eJcaFrom] = aliased(jointCommitteeAssignments, 'e_jca');
const [eEnt, eEntFrom] = aliased(enterprises, 'e_ent');

const like = (value: string) => `%${value.replace(/[%_]/g, '')}%`;

/** Enterprises the actor may see that match the filter. */
export function enterpriseCondition(ctx: RecordContext, filter: EnterpriseFilter | null | undefined) {
  return (t: typeof enterprises): SQL => {
    const inRegion = municipalityMatches(eEst.municipalityNisCode, filter ?? {});
    return allOf([
      scopeCondition(ctx, t, enterpriseOfPartnership),
      filter?.jointCommittees?.length
        ? sql`exists (select 1 from ${eEjcFrom} where ${eEjc.enterpriseId} = ${t.id} and ${oneOf(eEjc.jointCommitteeCode, filter.jointCommittees)})`
        : undefined,
      inRegion ? sql`exists (select 1 from ${eEstFrom} where ${eEst.enterpriseId} = ${t.id} and ${inRegion})` : undefined,
      oneOf(t.legalForm, filter?.legalForms),
      oneOf(t.sizeClass, filter?.sizeClasses),
      filter?.search ? sql`(${t.name} like ${like(filter.search)} or ${t.kboNumber} = ${filter.search.replace(/\D/g, '')})` : undefined,
    ]);
  };
}

/** Establishments the actor may see that match the filter. */
export function establishmentCondition(ctx: RecordContext, filter: EstablishmentFilter | null | undefined) {
  return (t: typeof establishments): SQL =>
    allOf([
      scopeCondition(ctx, t, establishmentOfPartnership),
      municipalityMatches(t.municipalityNisCode, filter ?? {}),
      filter?.enterpriseKboNumber
        ? sql`${t.enterpriseId} in (select ${eEnt.id} from ${eEntFrom} where ${eEnt.kboNumber} = ${filter.enterpriseKboNumber.replace(/\D/g, '')})`
        : undefined,
      filter?.search ? sql`(${t.name} like ${like(filter.search)} or ${t.establishmentNumber} = ${filter.search.replace(/\D/g, '')})` : undefined,
    ]);
}

export interface ProspectInput {
  trainingCode: string;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
}

/**
 * Radar prospecting (K17): enterprises whose PC numbers are assigned today to a partnership that
 * handles recognitions of this training, with an open establishment in the region, that are open
 * themselves and hold no recognition approved and valid today (any training). SECTOR_STAFF see
 * only their own partnership's enterprises.
 */
export function prospectCondition({ db, actor, today, input }: { db: Db; actor: Actor; today: string; input: ProspectInput }) {
  const training = db.select({ id: trainings.id }).from(trainings).where(eq(trainings.code, input.trainingCode)).get();
  if (!training) throw notFound(`No training with code "${input.trainingCode}"`);
  return (t: typeof enterprises): SQL => {
    const inRegion = municipalityMatches(eEst.municipalityNisCode, input);
    return allOf([
      scopeCondition({ db, actor, today }, t, enterpriseOfPartnership),
      sql`${t.closedOn} is null`,
      sql`exists (select 1 from ${eEjcFrom} where ${eEjc.enterpriseId} = ${t.id} and ${eEjc.jointCommitteeCode} in (
        select ${eJca.jointCommitteeCode} from ${eJcaFrom}
        where ${eJca.validFrom} <= ${today} and (${eJca.validTo} is null or ${eJca.validTo} >= ${today})
          and ${eJca.partnershipId} in (select ${eRec.handlingPartnershipId} from ${eRecFrom} where ${eRec.trainingId} = ${training.id})))`,
      sql`exists (select 1 from ${eEstFrom} where ${eEst.enterpriseId} = ${t.id} and ${eEst.closedOn} is null and ${inRegion ?? sql`1 = 1`})`,
      sql`not exists (select 1 from ${eEst2From} join ${eRec2From} on ${eRec2.establishmentId} = ${eEst2.id}
        where ${eEst2.enterpriseId} = ${t.id} and ${eRec2.approvedOn} is not null
          and ${eRec2.validFrom} <= ${today} and ${eRec2.validTo} >= ${today}
          and (${eRec2.endedOn} is null or ${eRec2.endedOn} > ${today}))`,
    ]);
  };
}
