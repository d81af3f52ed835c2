import { MENTOR_REMOVAL_REASONS, MENTOR_TRAINING_STATUSES, mentorTrainingCalendar } from '@duaal/shared';
import { mentors } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import {
  canReadMentorPersonalData,
  canSeeRecord,
  mentorTrainingOfPartnership,
  recognitionMentorOfPartnership,
  scopeCondition,
} from '../records/access.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum, StatusSourceEnum } from '../records/records.graphql.js';
import { mentorCondition, nextDeadline, readMentorPersonalData } from './mentors.service.js';

export const MentorTrainingStatusEnum = builder.enumType('MentorTrainingStatus', { values: MENTOR_TRAINING_STATUSES });
export const MentorRemovalReasonEnum = builder.enumType('MentorRemovalReason', { values: MENTOR_REMOVAL_REASONS });

export const RecognitionMentorRef = builder.drizzleObject('recognitionMentors', {
  name: 'RecognitionMentor',
  description: 'A mentor named on a recognition, from addedOn until removedOn (geschrapt, with a reason).',
  fields: (t) => ({
    addedOn: t.expose('addedOn', { type: 'Date' }),
    removedOn: t.expose('removedOn', { type: 'Date', nullable: true }),
    removalReason: t.expose('removalReason', { type: MentorRemovalReasonEnum, nullable: true }),
    mentor: t.relation('mentor'),
    recognition: t.relation('recognition'),
  }),
});

export const MentorTrainingRef = builder.drizzleObject('mentorTrainings', {
  name: 'MentorTraining',
  description: 'Mentor-training follow-up by one partnership: status, deadline and completion.',
  fields: (t) => ({
    partnership: t.relation('partnership'),
    status: t.expose('status', { type: MentorTrainingStatusEnum, description: 'The status as the counter exported it.' }),
    effectiveStatus: t.field({
      type: MentorTrainingStatusEnum,
      description: 'The status as of today: PENDING whose deadline has passed is NOT_COMPLETED. The trainingStatuses filter uses it; K10 applies the same deadline rule.',
      select: { columns: { status: true, deadline: true } },
      resolve: (mt, _args, ctx) => mentorTrainingCalendar(mt, ctx.today).status,
    }),
    statusSource: t.field({
      type: StatusSourceEnum,
      description: 'CALENDAR when effectiveStatus is derived from the deadline, EXPORT when it is the exported status.',
      select: { columns: { status: true, deadline: true } },
      resolve: (mt, _args, ctx) => mentorTrainingCalendar(mt, ctx.today).source,
    }),
    daysToDeadline: t.int({
      nullable: true,
      description:
        'For an open follow-up (effective PENDING or NOT_COMPLETED): days from today to the deadline; 1 = one day left, 0 = the deadline is today, −3 = three days late. Null otherwise.',
      select: { columns: { status: true, deadline: true } },
      resolve: (mt, _args, ctx) => mentorTrainingCalendar(mt, ctx.today).daysToDeadline,
    }),
    deadline: t.expose('deadline', { type: 'Date', nullable: true }),
    completedOn: t.expose('completedOn', { type: 'Date', nullable: true }),
    followUpStoppedOn: t.expose('followUpStoppedOn', { type: 'Date', nullable: true }),
    location: t.exposeString('location', { nullable: true }),
  }),
});

const PERSONAL =
  'Personal data (GDPR). Resolves only for ADMIN and for SECTOR_STAFF of a partnership that handles a recognition naming this mentor; for everyone else this field is null with an error whose extensions.code is FORBIDDEN.';

const personalField = (description: string) => ({
  nullable: true as const,
  description: `${description} ${PERSONAL}`,
  authScopes: (mentor: { id: number }, _args: object, ctx: Parameters<typeof canReadMentorPersonalData>[0]) =>
    canReadMentorPersonalData(ctx, mentor.id),
});

export const MentorRef = builder.drizzleNode('mentors', {
  name: 'Mentor',
  description: 'A mentor, by pseudonymous key. SECTOR_STAFF see the mentors on their recognitions or followed up by them.',
  id: { column: (m) => m.id },
  authScopes: (mentor, ctx) => canSeeRecord(ctx, 'mentors', mentor.id),
  fields: (t) => ({
    mentorKey: t.exposeString('mentorKey'),
    firstName: t.string({ ...personalField('First name.'), resolve: (m, _a, ctx) => readMentorPersonalData(ctx, m.id)?.firstName }),
    lastName: t.string({ ...personalField('Last name.'), resolve: (m, _a, ctx) => readMentorPersonalData(ctx, m.id)?.lastName }),
    nationalNumber: t.string({
      ...personalField('National register number.'),
      resolve: (m, _a, ctx) => readMentorPersonalData(ctx, m.id)?.nationalNumber,
    }),
    birthDate: t.field({
      type: 'Date',
      ...personalField('Birth date.'),
      resolve: (m, _a, ctx) => readMentorPersonalData(ctx, m.id)?.birthDate,
    }),
    recognitions: t.relatedConnection('recognitions', {
      description: 'The recognitions naming this mentor that the caller may see.',
      totalCount: true,
      query: (_args, ctx) => ({
        where: { RAW: (rm) => scopeCondition(ctx, rm, recognitionMentorOfPartnership) },
        orderBy: { id: 'asc' },
      }),
    }),
    trainingRecords: t.relation('trainings', {
      description: 'Mentor-training follow-up records the caller may see.',
      query: (_args, ctx) => ({
        where: { RAW: (mt) => scopeCondition(ctx, mt, mentorTrainingOfPartnership) },
        orderBy: { id: 'asc' },
      }),
    }),
  }),
});

const MentorOrderField = builder.enumType('MentorOrderField', { values: ['MENTOR_KEY', 'NEXT_DEADLINE'] as const });
const MentorOrder = builder.inputType('MentorOrder', {
  fields: (t) => ({
    field: t.field({ type: MentorOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const MentorFilter = builder.inputType('MentorFilter', {
  description: 'Training conditions (partnerships, statuses, deadlines) must hold on one training record.',
  fields: (t) => ({
    partnerships: t.stringList({ required: false, description: 'Codes of the following-up partnership.' }),
    trainingStatuses: t.field({
      type: [MentorTrainingStatusEnum],
      required: false,
      description: 'Effective statuses as of today (MentorTraining.effectiveStatus): NOT_COMPLETED includes PENDING follow-ups past their deadline.',
    }),
    deadlineFrom: t.field({ type: 'Date', required: false }),
    deadlineTo: t.field({ type: 'Date', required: false }),
    mentorKey: t.string({ required: false }),
  }),
});

builder.queryFields((t) => ({
  mentors: t.drizzleConnection({
    type: 'mentors',
    description: 'Mentors (record readers; SECTOR_STAFF: their partnership). Default order: mentor key.',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: MentorFilter, required: false }), orderBy: t.arg({ type: MentorOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(mentors, mentorCondition(ctx, args.filter)(mentors));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = mentorCondition(ctx, args.filter);
      const dir = direction(args.orderBy?.direction);
      return ctx.db.query.mentors.findMany(
        query({
          where: { RAW: (m) => condition(m) },
          extras: { nextDeadline: (m) => nextDeadline(m) },
          orderBy: args.orderBy?.field === 'NEXT_DEADLINE' ? { nextDeadline: dir } : { mentorKey: dir },
        }),
      );
    },
  }),
}));
