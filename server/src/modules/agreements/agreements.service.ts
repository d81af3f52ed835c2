import { inArray, sql, type SQL } from 'drizzle-orm';
import type { AgreementStatus, AgreementType, Level, Province, System, TerminationReason } from '@duaal/shared';
import { recognitions, type agreements } from '../../db/schema/index.js';
import { effectiveAgreementStatus } from '../kpis/index.js';
import { agreementOfPartnership, scopeCondition, type RecordContext } from '../records/access.js';
import { allOf, establishmentInRegion, onOrAfter, onOrBefore, oneOf, partnershipCodeIn, trainingMatches } from '../records/filters.js';
import { aliased } from '../records/sql-alias.js';

export interface AgreementFilter {
  statuses?: readonly AgreementStatus[] | null;
  types?: readonly AgreementType[] | null;
  terminationReasons?: readonly TerminationReason[] | null;
  /** Codes of the partnership handling the agreement's recognition. */
  partnerships?: readonly string[] | null;
  trainings?: readonly string[] | null;
  systems?: readonly System[] | null;
  levels?: readonly Level[] | null;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  startFrom?: string | null;
  startTo?: string | null;
}

const [aRec, aRecFrom] = aliased(recognitions, 'a_rec');

/** Agreements the actor may see that match the filter. */
export function agreementCondition(ctx: RecordContext, filter: AgreementFilter | null | undefined) {
  return (t: typeof agreements): SQL => {
    const byPartnership = partnershipCodeIn(aRec.handlingPartnershipId, filter?.partnerships);
    return allOf([
      scopeCondition(ctx, t, agreementOfPartnership),
      filter?.statuses?.length ? inArray(effectiveAgreementStatus(t.id, ctx.today), [...filter.statuses]) : undefined,
      oneOf(t.type, filter?.types),
      oneOf(t.terminationReason, filter?.terminationReasons),
      byPartnership ? sql`${t.recognitionId} in (select ${aRec.id} from ${aRecFrom} where ${byPartnership})` : undefined,
      trainingMatches(t.trainingId, filter ?? {}),
      establishmentInRegion(t.establishmentId, filter ?? {}),
      onOrAfter(t.startOn, filter?.startFrom),
      onOrBefore(t.startOn, filter?.startTo),
    ]);
  };
}
