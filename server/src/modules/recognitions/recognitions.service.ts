import { sql, type SQL } from 'drizzle-orm';
import type { ApplicationKind, Level, Province, RecognitionStatus, System } from '@duaal/shared';
import type { recognitions } from '../../db/schema/index.js';
import { recognitionOfPartnership, scopeCondition, type RecordContext } from '../records/access.js';
import { allOf, establishmentInRegion, onOrAfter, onOrBefore, oneOf, partnershipCodeIn, trainingMatches } from '../records/filters.js';

export interface RecognitionFilter {
  statuses?: readonly RecognitionStatus[] | null;
  kinds?: readonly ApplicationKind[] | null;
  handlingPartnerships?: readonly string[] | null;
  jointCommittees?: readonly string[] | null;
  trainings?: readonly string[] | null;
  systems?: readonly System[] | null;
  levels?: readonly Level[] | null;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  submittedFrom?: string | null;
  submittedTo?: string | null;
  automaticApproval?: boolean | null;
}

/** Recognitions the actor may see that match the filter, as one condition on table t. */
export function recognitionCondition(ctx: RecordContext, filter: RecognitionFilter | null | undefined) {
  return (t: typeof recognitions): SQL =>
    allOf([
      scopeCondition(ctx, t, recognitionOfPartnership),
      oneOf(t.status, filter?.statuses),
      oneOf(t.kind, filter?.kinds),
      partnershipCodeIn(t.handlingPartnershipId, filter?.handlingPartnerships),
      oneOf(t.jointCommitteeCode, filter?.jointCommittees),
      trainingMatches(t.trainingId, filter ?? {}),
      establishmentInRegion(t.establishmentId, filter ?? {}),
      onOrAfter(t.submittedOn, filter?.submittedFrom),
      onOrBefore(t.submittedOn, filter?.submittedTo),
      filter?.automaticApproval == null ? undefined : sql`${t.automaticApproval} = ${filter.automaticApproval ? 1 : 0}`,
    ]);
}
