import type { SQL } from 'drizzle-orm';
import type { AppealOutcome, AppealStatus, AppealType } from '@duaal/shared';
import type { appeals } from '../../db/schema/index.js';
import { appealOfPartnership, scopeCondition, type RecordContext } from '../records/access.js';
import { allOf, onOrAfter, onOrBefore, oneOf, partnershipCodeIn } from '../records/filters.js';

export interface AppealFilter {
  types?: readonly AppealType[] | null;
  statuses?: readonly AppealStatus[] | null;
  outcomes?: readonly AppealOutcome[] | null;
  handlingPartnerships?: readonly string[] | null;
  filedFrom?: string | null;
  filedTo?: string | null;
}

/** Appeals the actor may see that match the filter. */
export function appealCondition(ctx: RecordContext, filter: AppealFilter | null | undefined) {
  return (t: typeof appeals): SQL =>
    allOf([
      scopeCondition(ctx, t, appealOfPartnership),
      oneOf(t.type, filter?.types),
      oneOf(t.status, filter?.statuses),
      oneOf(t.outcome, filter?.outcomes),
      partnershipCodeIn(t.handlingPartnershipId, filter?.handlingPartnerships),
      onOrAfter(t.filedOn, filter?.filedFrom),
      onOrBefore(t.filedOn, filter?.filedTo),
    ]);
}
