import { AGREEMENT_STATUSES, AGREEMENT_TYPES, agreementCalendar, TERMINATION_REASONS } from '@duaal/shared';
import { agreements } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import { ProvinceEnum } from '../geography/geography.graphql.js';
import { LevelEnum, SystemEnum } from '../trainings/trainings.graphql.js';
import { canReadLearnerPseudonym, canSeeRecord } from '../records/access.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum, StatusSourceEnum } from '../records/records.graphql.js';
import { agreementCondition } from './agreements.service.js';

export const AgreementTypeEnum = builder.enumType('AgreementType', { values: AGREEMENT_TYPES });
export const AgreementStatusEnum = builder.enumType('AgreementStatus', { values: AGREEMENT_STATUSES });
export const TerminationReasonEnum = builder.enumType('TerminationReason', { values: TERMINATION_REASONS });

/** The columns the calendar status reads. */
const CALENDAR_COLUMNS = { status: true, startOn: true, plannedEndOn: true, actualEndOn: true } as const;

export const AgreementRef = builder.drizzleNode('agreements', {
  name: 'Agreement',
  description: 'An agreement (overeenkomst) of a learner at a recognised establishment. It reports through its recognition.',
  id: { column: (a) => a.id },
  authScopes: (agreement, ctx) => canSeeRecord(ctx, 'agreements', agreement.id),
  fields: (t) => ({
    agreementNumber: t.exposeString('agreementNumber'),
    type: t.expose('type', { type: AgreementTypeEnum }),
    learnerPseudonym: t.exposeString('learnerPseudonym', {
      nullable: true,
      description:
        'Pseudonym of the learner. Personal data (GDPR): resolves only for ADMIN and for SECTOR_STAFF of the partnership handling the agreement\'s recognition; for everyone else this field is null with an error whose extensions.code is FORBIDDEN.',
      authScopes: (agreement, _args, ctx) => canReadLearnerPseudonym(ctx, agreement.recognitionId),
    }),
    status: t.expose('status', { type: AgreementStatusEnum, description: 'The status as the counter exported it.' }),
    effectiveStatus: t.field({
      type: AgreementStatusEnum,
      description:
        'The status as of today: NOT_STARTED from its start day on is RUNNING; RUNNING (or started) without an actual end, after its planned end, is COMPLETED. The statuses filter and the KPI STATUS dimension use it.',
      select: { columns: CALENDAR_COLUMNS },
      resolve: (a, _args, ctx) => agreementCalendar(a, ctx.today).status,
    }),
    statusSource: t.field({
      type: StatusSourceEnum,
      description: 'CALENDAR when effectiveStatus is derived from the dates, EXPORT when it is the exported status.',
      select: { columns: CALENDAR_COLUMNS },
      resolve: (a, _args, ctx) => agreementCalendar(a, ctx.today).source,
    }),
    terminationReason: t.expose('terminationReason', { type: TerminationReasonEnum, nullable: true }),
    startOn: t.expose('startOn', { type: 'Date' }),
    plannedEndOn: t.expose('plannedEndOn', { type: 'Date' }),
    actualEndOn: t.expose('actualEndOn', { type: 'Date', nullable: true }),
    establishment: t.relation('establishment'),
    training: t.relation('training'),
    provider: t.relation('provider'),
    recognition: t.relation('recognition', { nullable: true }),
  }),
});

const AgreementOrderField = builder.enumType('AgreementOrderField', {
  values: ['START_ON', 'PLANNED_END_ON', 'AGREEMENT_NUMBER'] as const,
});
const AgreementOrder = builder.inputType('AgreementOrder', {
  fields: (t) => ({
    field: t.field({ type: AgreementOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const AgreementFilter = builder.inputType('AgreementFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [AgreementStatusEnum], required: false, description: 'Effective statuses as of today (Agreement.effectiveStatus).' }),
    types: t.field({ type: [AgreementTypeEnum], required: false }),
    terminationReasons: t.field({ type: [TerminationReasonEnum], required: false }),
    partnerships: t.stringList({ required: false, description: "Codes of the partnership handling the agreement's recognition." }),
    trainings: t.stringList({ required: false, description: 'Training codes.' }),
    systems: t.field({ type: [SystemEnum], required: false }),
    levels: t.field({ type: [LevelEnum], required: false }),
    provinces: t.field({ type: [ProvinceEnum], required: false, description: 'Province of the establishment.' }),
    municipalities: t.stringList({ required: false, description: 'NIS code of the establishment.' }),
    startFrom: t.field({ type: 'Date', required: false }),
    startTo: t.field({ type: 'Date', required: false }),
  }),
});

const ORDER_COLUMNS = { START_ON: 'startOn', PLANNED_END_ON: 'plannedEndOn', AGREEMENT_NUMBER: 'agreementNumber' } as const;

builder.queryFields((t) => ({
  agreements: t.drizzleConnection({
    type: 'agreements',
    description: 'Agreements (record readers; SECTOR_STAFF: those on their recognitions). Default order: newest start first.',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: AgreementFilter, required: false }), orderBy: t.arg({ type: AgreementOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(agreements, agreementCondition(ctx, args.filter)(agreements));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = agreementCondition(ctx, args.filter);
      const orderBy = args.orderBy ? { [ORDER_COLUMNS[args.orderBy.field]]: direction(args.orderBy.direction) } : { startOn: 'desc' as const };
      return ctx.db.query.agreements.findMany(query({ where: { RAW: (a) => condition(a) }, orderBy }));
    },
  }),
}));
