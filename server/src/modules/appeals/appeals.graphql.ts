import { APPEAL_OUTCOMES, APPEAL_STATUSES, APPEAL_TYPES } from '@duaal/shared';
import { appeals } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import { canSeeRecord } from '../records/access.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum } from '../records/records.graphql.js';
import { appealCondition } from './appeals.service.js';

export const AppealTypeEnum = builder.enumType('AppealType', { values: APPEAL_TYPES });
export const AppealStatusEnum = builder.enumType('AppealStatus', { values: APPEAL_STATUSES });
export const AppealOutcomeEnum = builder.enumType('AppealOutcome', { values: APPEAL_OUTCOMES });

export const AppealRef = builder.drizzleNode('appeals', {
  name: 'Appeal',
  description: 'An appeal (beroep): type 1 against non-recognition, revocation or exclusion; type 2 against a termination reason.',
  id: { column: (a) => a.id },
  authScopes: (appeal, ctx) => canSeeRecord(ctx, 'appeals', appeal.id),
  fields: (t) => ({
    appealKey: t.exposeString('appealKey'),
    type: t.expose('type', { type: AppealTypeEnum }),
    status: t.expose('status', { type: AppealStatusEnum }),
    outcome: t.expose('outcome', { type: AppealOutcomeEnum, nullable: true }),
    filedOn: t.expose('filedOn', { type: 'Date' }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true }),
    handlingPartnership: t.relation('handlingPartnership'),
    recognition: t.relation('recognition', { nullable: true }),
  }),
});

const AppealFilter = builder.inputType('AppealFilter', {
  fields: (t) => ({
    types: t.field({ type: [AppealTypeEnum], required: false }),
    statuses: t.field({ type: [AppealStatusEnum], required: false }),
    outcomes: t.field({ type: [AppealOutcomeEnum], required: false }),
    handlingPartnerships: t.stringList({ required: false, description: 'Partnership codes.' }),
    filedFrom: t.field({ type: 'Date', required: false }),
    filedTo: t.field({ type: 'Date', required: false }),
  }),
});

builder.queryFields((t) => ({
  appeals: t.drizzleConnection({
    type: 'appeals',
    description: 'Appeals by filing date (record readers; SECTOR_STAFF: their partnership).',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: AppealFilter, required: false }), direction: t.arg({ type: SortDirectionEnum, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(appeals, appealCondition(ctx, args.filter)(appeals));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = appealCondition(ctx, args.filter);
      return ctx.db.query.appeals.findMany(query({ where: { RAW: (a) => condition(a) }, orderBy: { filedOn: direction(args.direction ?? 'DESC') } }));
    },
  }),
}));
