import { APPLICATION_KINDS, MANDATE_TYPES, RECOGNITION_STATUSES, recognitionCalendar, REJECTION_REASONS } from '@duaal/shared';
import { recognitions } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import { ProvinceEnum } from '../geography/geography.graphql.js';
import { LevelEnum, SystemEnum, TrainingRef } from '../trainings/trainings.graphql.js';
import { canSeeRecord } from '../records/access.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum, StatusSourceEnum } from '../records/records.graphql.js';
import { effectiveRecognitionStatus } from '../kpis/index.js';
import { recognitionCondition, recognitionSortKeys, trainingById } from './recognitions.service.js';

export const RecognitionStatusEnum = builder.enumType('RecognitionStatus', { values: RECOGNITION_STATUSES });
export const ApplicationKindEnum = builder.enumType('ApplicationKind', { values: APPLICATION_KINDS });
export const MandateTypeEnum = builder.enumType('MandateType', { values: MANDATE_TYPES });
export const RejectionReasonEnum = builder.enumType('RejectionReason', { values: REJECTION_REASONS });

export const RecognitionStatusEventRef = builder.drizzleObject('recognitionStatusEvents', {
  name: 'RecognitionStatusEvent',
  description: 'One status change of a recognition, with its date.',
  fields: (t) => ({
    status: t.expose('status', { type: RecognitionStatusEnum }),
    occurredOn: t.expose('occurredOn', { type: 'Date' }),
  }),
});

/** The columns the calendar status reads. */
const CALENDAR_COLUMNS = { status: true, submittedOn: true, validTo: true } as const;

export const RecognitionRef = builder.drizzleNode('recognitions', {
  name: 'Recognition',
  description:
    'A recognition application and, once decided, the recognition (erkenning). SECTOR_STAFF see those their partnership handles or that report under it (PC number assigned to it today).',
  id: { column: (r) => r.id },
  authScopes: (recognition, ctx) => canSeeRecord(ctx, 'recognitions', recognition.id),
  fields: (t) => ({
    applicationId: t.exposeString('applicationId'),
    kind: t.expose('kind', { type: ApplicationKindEnum }),
    status: t.expose('status', { type: RecognitionStatusEnum, description: 'The status as the counter exported it.' }),
    effectiveStatus: t.field({
      type: RecognitionStatusEnum,
      description:
        'The status as of today: APPROVED past its validity end is EXPIRED; an undecided application (SUBMITTED, IN_REVIEW, ON_HOLD) from autoApprovalOn on is APPROVED (automatically); an INCOMPLETE dossier from cancellationOn on is CANCELLED. The statuses filter uses it.',
      select: { columns: CALENDAR_COLUMNS },
      resolve: (r, _args, ctx) => recognitionCalendar(r, ctx.today).status,
    }),
    statusSource: t.field({
      type: StatusSourceEnum,
      description: 'CALENDAR when effectiveStatus is derived from the dates, EXPORT when it is the exported status.',
      select: { columns: CALENDAR_COLUMNS },
      resolve: (r, _args, ctx) => recognitionCalendar(r, ctx.today).source,
    }),
    autoApprovalOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Undecided application: the day it is (or was) approved automatically, submission + 14 days. Null for any other exported status.',
      select: { columns: CALENDAR_COLUMNS },
      resolve: (r, _args, ctx) => recognitionCalendar(r, ctx.today).autoApprovalOn,
    }),
    cancellationOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'INCOMPLETE dossier: the day it is (or was) cancelled without a decision, submission + 60 days. Null for any other exported status.',
      select: { columns: CALENDAR_COLUMNS },
      resolve: (r, _args, ctx) => recognitionCalendar(r, ctx.today).cancellationOn,
    }),
    effectiveAutomaticApproval: t.boolean({
      description: 'Approved automatically: as exported (automaticApproval), or by the calendar (effectiveStatus APPROVED derived from autoApprovalOn).',
      select: { columns: { ...CALENDAR_COLUMNS, automaticApproval: true } },
      resolve: (r, _args, ctx) => r.automaticApproval || recognitionCalendar(r, ctx.today).automaticApproval,
    }),
    mandateType: t.expose('mandateType', { type: MandateTypeEnum }),
    jointCommitteeCode: t.exposeString('jointCommitteeCode', { nullable: true, description: 'The PC number it was assigned under.' }),
    submittedOn: t.expose('submittedOn', { type: 'Date' }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true }),
    approvedOn: t.expose('approvedOn', { type: 'Date', nullable: true }),
    automaticApproval: t.exposeBoolean('automaticApproval'),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true, description: 'First transition to REVOKED or STOPPED.' }),
    establishment: t.relation('establishment'),
    training: t.relation('training'),
    adultTraining: t.field({
      type: TrainingRef,
      nullable: true,
      description: 'The adult-education training (same professional qualification) this secondary recognition is also declared valid for.',
      select: { columns: { adultTrainingId: true } },
      resolve: (recognition, _args, ctx) => (recognition.adultTrainingId == null ? null : trainingById(ctx, recognition.adultTrainingId)),
    }),
    handlingPartnership: t.relation('handlingPartnership'),
    previousRecognition: t.relation('previousRecognition', {
      nullable: true,
      description: 'The recognition this one renews or duplicates (FORBIDDEN when it belongs to another partnership).',
    }),
    statusHistory: t.relation('statusEvents', {
      description: 'Every status change, oldest first.',
      query: { orderBy: { occurredOn: 'asc', id: 'asc' } },
    }),
    rejectionReasons: t.field({
      type: [RejectionReasonEnum],
      select: { with: { rejectionReasons: { columns: { reason: true } } } },
      resolve: (recognition) => recognition.rejectionReasons.map((r) => r.reason).sort(),
    }),
    mentors: t.relatedConnection('mentors', {
      description: 'The mentors named on it, with the dates they were added and removed.',
      totalCount: true,
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const RecognitionOrderField = builder.enumType('RecognitionOrderField', {
  values: ['SUBMITTED_ON', 'APPLICATION_ID', 'STATUS', 'ESTABLISHMENT_NAME', 'MUNICIPALITY', 'TRAINING_NAME', 'VALID_FROM'] as const,
});
const RecognitionOrder = builder.inputType('RecognitionOrder', {
  fields: (t) => ({
    field: t.field({ type: RecognitionOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const RecognitionFilter = builder.inputType('RecognitionFilter', {
  fields: (t) => ({
    statuses: t.field({
      type: [RecognitionStatusEnum],
      required: false,
      description: 'Effective statuses as of today (Recognition.effectiveStatus): EXPIRED includes APPROVED past the validity end, and so on.',
    }),
    kinds: t.field({ type: [ApplicationKindEnum], required: false }),
    handlingPartnerships: t.stringList({ required: false, description: 'Partnership codes.' }),
    reportingPartnerships: t.stringList({
      required: false,
      description:
        "Partnership codes of the reporting partnership, as in the KPIs: the partnership of the recognition's PC number on the last day of validInSchoolYear (absent: of today's school year), else its handling partnership.",
    }),
    jointCommittees: t.stringList({ required: false, description: 'PC numbers it was assigned under.' }),
    trainings: t.stringList({
      required: false,
      description: 'Training codes: its training, or the adult training it is also declared valid for (as K1 counts it).',
    }),
    systems: t.field({ type: [SystemEnum], required: false, description: 'System of its training or of its adult training (as K1).' }),
    levels: t.field({ type: [LevelEnum], required: false, description: 'Level of its training or of its adult training (as K1).' }),
    provinces: t.field({ type: [ProvinceEnum], required: false, description: 'Province of the establishment.' }),
    municipalities: t.stringList({ required: false, description: 'NIS code of the establishment.' }),
    submittedFrom: t.field({ type: 'Date', required: false }),
    submittedTo: t.field({ type: 'Date', required: false }),
    automaticApproval: t.boolean({ required: false, description: 'Recognition.effectiveAutomaticApproval: also undecided applications past their autoApprovalOn.' }),
    validInSchoolYear: t.string({
      required: false,
      description:
        'School year ("2022-2023"): approved and valid on at least one day of it, duplicates included — the recognitions K1 counts. With reportingPartnerships, trainings, systems or levels, the list matches kpi(id: K1) for the same filter.',
    }),
  }),
});

const ORDER_COLUMNS = { SUBMITTED_ON: 'submittedOn', APPLICATION_ID: 'applicationId' } as const;
/** Orders on a value outside the row (or a nullable one), computed as the extra `sortKey`. */
const ORDER_KEYS = {
  ESTABLISHMENT_NAME: recognitionSortKeys.establishmentName,
  MUNICIPALITY: recognitionSortKeys.municipalityName,
  TRAINING_NAME: recognitionSortKeys.trainingName,
  VALID_FROM: recognitionSortKeys.validFrom,
} as const;

builder.queryFields((t) => ({
  recognitions: t.drizzleConnection({
    type: 'recognitions',
    description: 'Recognitions and applications (record readers; SECTOR_STAFF: their partnership). Default order: newest submission first.',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: RecognitionFilter, required: false }), orderBy: t.arg({ type: RecognitionOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(recognitions, recognitionCondition(ctx, args.filter)(recognitions));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = recognitionCondition(ctx, args.filter);
      const where = { RAW: (r: typeof recognitions) => condition(r) };
      const field = args.orderBy?.field;
      if (field && (field in ORDER_KEYS || field === 'STATUS')) {
        // The status column shows the effective status, so it sorts by it too.
        const sortKey = field === 'STATUS' ? (r: typeof recognitions) => effectiveRecognitionStatus(r.id, ctx.today) : ORDER_KEYS[field as keyof typeof ORDER_KEYS];
        return ctx.db.query.recognitions.findMany(
          query({ where, extras: { sortKey: (r) => sortKey(r) }, orderBy: { sortKey: direction(args.orderBy?.direction) } }),
        );
      }
      const orderBy = field ? { [ORDER_COLUMNS[field as keyof typeof ORDER_COLUMNS]]: direction(args.orderBy?.direction) } : { submittedOn: 'desc' as const };
      return ctx.db.query.recognitions.findMany(query({ where, orderBy }));
    },
  }),
}));

