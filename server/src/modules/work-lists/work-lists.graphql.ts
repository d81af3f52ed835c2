import type { ObjectRef, SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { badUserInput } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { appendAuditLog } from '../auth/audit.js';
import { ProvinceEnum } from '../geography/geography.graphql.js';
import { MentorTrainingStatusEnum } from '../mentors/mentors.graphql.js';
import { RecognitionStatusEnum } from '../recognitions/recognitions.graphql.js';
import { assertPageSize } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum } from '../records/records.graphql.js';
import {
  ESTABLISHMENT_SORTS,
  establishmentsToFollowUp,
  EXPIRING_RECOGNITION_SORTS,
  expiringRecognitions,
  MENTOR_DUE_SORTS,
  mentorsDue,
  PENDING_APPLICATION_SORTS,
  pendingApplications,
  WORK_LIST_RULES,
  type EstablishmentToFollowUpRow,
  type ExpiringRecognitionRow,
  type MentorDueRow,
  type MentorRecognitionRow,
  type Page,
  type PendingApplicationRow,
  type WorkListFilter,
} from './work-lists.service.js';

// The work lists of the Opvolging page: thin resolvers around work-lists.service.ts.

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

const WorkListFilterInput = builder.inputType('WorkListFilter', {
  fields: (t) => ({
    provinces: t.field({ type: [ProvinceEnum], required: false }),
    jointCommittees: t.stringList({ required: false, description: 'PC numbers.' }),
    trainings: t.stringList({ required: false, description: 'Training codes.' }),
    partnership: t.string({ required: false, description: 'ADMIN and partnership members: the records of this partnership only. Sector staff always see their own.' }),
    schoolYear: t.string({ required: false, description: 'Establishments list: school year of the early terminations (default: the current one).' }),
  }),
});

const global = (type: string, id: number | null) => (id == null ? null : encodeGlobalID(type, id));

const WorkListRecognition = builder.objectRef<MentorRecognitionRow>('WorkListRecognition').implement({
  fields: (t) => ({
    recognitionId: t.id({ resolve: (r) => encodeGlobalID('Recognition', r.recognitionId) }),
    applicationId: t.exposeString('applicationId'),
    establishmentId: t.id({ resolve: (r) => encodeGlobalID('Establishment', r.establishmentId) }),
    establishmentName: t.exposeString('establishmentName'),
    municipality: t.exposeString('municipality', { description: 'Of the establishment: the only address the counter export holds.' }),
    trainingName: t.exposeString('trainingName'),
  }),
});

const PendingApplication = builder.objectRef<PendingApplicationRow>('PendingApplication').implement({
  description: 'An application awaiting a decision, with its automatic-approval or cancellation date.',
  fields: (t) => ({
    recognitionId: t.id({ resolve: (r) => encodeGlobalID('Recognition', r.recognitionId) }),
    applicationId: t.exposeString('applicationId'),
    status: t.expose('status', { type: RecognitionStatusEnum }),
    kind: t.exposeString('kind'),
    submittedOn: t.expose('submittedOn', { type: 'Date' }),
    deadline: t.expose('deadline', { type: 'Date', description: 'Submission + 14 days (automatic approval), or + 60 days for an incomplete dossier (cancellation).' }),
    deadlineKind: t.exposeString('deadlineKind', { description: 'AUTO_APPROVAL or CANCELLATION.' }),
    daysLeft: t.exposeInt('daysLeft', { description: 'Days from today to the deadline; negative when passed.' }),
    establishmentId: t.id({ resolve: (r) => encodeGlobalID('Establishment', r.establishmentId) }),
    establishmentName: t.exposeString('establishmentName'),
    municipality: t.exposeString('municipality'),
    trainingName: t.exposeString('trainingName'),
    jointCommitteeCode: t.exposeString('jointCommitteeCode', { nullable: true }),
    partnershipCode: t.exposeString('partnershipCode'),
  }),
});

const MentorDue = builder.objectRef<MentorDueRow>('MentorDue').implement({
  description: 'A mentor whose training deadline is near or passed, training not completed, exempt or stopped.',
  fields: (t) => ({
    mentorId: t.id({ resolve: (r) => encodeGlobalID('Mentor', r.mentorId) }),
    mentorKey: t.exposeString('mentorKey'),
    name: t.string({
      nullable: true,
      description: 'First and last name: only for roles that may read this mentor\'s personal data (else null).',
      resolve: (r) => (r.personal ? `${r.personal.firstName} ${r.personal.lastName}` : null),
    }),
    firstName: t.string({ nullable: true, description: 'Personal data, same rule as `name`.', resolve: (r) => r.personal?.firstName ?? null }),
    lastName: t.string({ nullable: true, description: 'Personal data, same rule as `name`.', resolve: (r) => r.personal?.lastName ?? null }),
    status: t.expose('status', { type: MentorTrainingStatusEnum, description: 'As of today: PENDING past its deadline is NOT_COMPLETED.' }),
    exportedStatus: t.expose('exportedStatus', { type: MentorTrainingStatusEnum, description: 'As exported by the counter.' }),
    deadline: t.expose('deadline', { type: 'Date' }),
    daysLeft: t.exposeInt('daysLeft'),
    overdue: t.exposeBoolean('overdue'),
    partnershipCode: t.exposeString('partnershipCode'),
    partnershipName: t.exposeString('partnershipName'),
    establishmentId: t.id({ nullable: true, description: 'Where to record a follow-up action: the establishment of the recognition that set the deadline.', resolve: (r) => global('Establishment', r.establishmentId) }),
    recognitions: t.field({ type: [WorkListRecognition], description: 'Recognitions naming the mentor (not removed) that the caller may see.', resolve: (r) => r.recognitions }),
  }),
});

const ExpiringRecognition = builder.objectRef<ExpiringRecognitionRow>('ExpiringRecognition').implement({
  fields: (t) => ({
    recognitionId: t.id({ resolve: (r) => encodeGlobalID('Recognition', r.recognitionId) }),
    applicationId: t.exposeString('applicationId'),
    kind: t.exposeString('kind', { description: 'EXPIRING (within 6 months, no renewal filed) or EXPIRED (last 6 months, agreements running).' }),
    validTo: t.expose('validTo', { type: 'Date' }),
    daysLeft: t.exposeInt('daysLeft'),
    runningAgreements: t.exposeInt('runningAgreements'),
    establishmentId: t.id({ resolve: (r) => encodeGlobalID('Establishment', r.establishmentId) }),
    establishmentName: t.exposeString('establishmentName'),
    municipality: t.exposeString('municipality'),
    trainingName: t.exposeString('trainingName'),
    jointCommitteeCode: t.exposeString('jointCommitteeCode', { nullable: true }),
    partnershipCode: t.exposeString('partnershipCode'),
  }),
});

const EstablishmentToFollowUp = builder.objectRef<EstablishmentToFollowUpRow>('EstablishmentToFollowUp').implement({
  fields: (t) => ({
    establishmentId: t.id({ resolve: (r) => encodeGlobalID('Establishment', r.establishmentId) }),
    establishmentName: t.exposeString('establishmentName'),
    enterpriseName: t.exposeString('enterpriseName'),
    municipality: t.exposeString('municipality'),
    reason: t.exposeString('reason', { description: 'UNUSED (recognised > 1 year, never an agreement) or TERMINATIONS (early terminations in the school year).' }),
    recognisedSince: t.expose('recognisedSince', { type: 'Date', nullable: true }),
    earlyTerminations: t.exposeInt('earlyTerminations'),
    terminationReasons: t.stringList({ resolve: (r) => (r.terminationReasons ? r.terminationReasons.split(',').sort() : []) }),
  }),
});

function pageType<T>(name: string, node: ObjectRef<Types, T>, rule: string) {
  return builder.objectRef<Page<T>>(name).implement({
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      hasNextPage: t.boolean({ resolve: (p) => p.offset + p.rows.length < p.totalCount }),
      endCursor: t.string({
        nullable: true,
        description: 'Pass as `after` for the next page (null on an empty page).',
        resolve: (p) => (p.rows.length === 0 ? null : cursorOf(p.offset + p.rows.length)),
      }),
      rule: t.string({ description: 'How the list is computed, in Dutch (one line).', resolve: () => rule }),
      nodes: t.field({ type: [node], resolve: (p) => p.rows }),
    }),
  });
}

const PendingApplicationPage = pageType<PendingApplicationRow>('PendingApplicationPage', PendingApplication, WORK_LIST_RULES.applications);
const MentorDuePage = pageType<MentorDueRow>('MentorDuePage', MentorDue, WORK_LIST_RULES.mentors);
const ExpiringRecognitionPage = pageType<ExpiringRecognitionRow>('ExpiringRecognitionPage', ExpiringRecognition, WORK_LIST_RULES.recognitions);
const EstablishmentToFollowUpPage = pageType<EstablishmentToFollowUpRow>('EstablishmentToFollowUpPage', EstablishmentToFollowUp, WORK_LIST_RULES.establishments);

const sortEnum = <K extends string>(name: string, sorts: Record<K, string>) => builder.enumType(name, { values: Object.keys(sorts) as [K, ...K[]] });
const PendingApplicationSort = sortEnum('PendingApplicationSort', PENDING_APPLICATION_SORTS);
const MentorDueSort = sortEnum('MentorDueSort', MENTOR_DUE_SORTS);
const ExpiringRecognitionSort = sortEnum('ExpiringRecognitionSort', EXPIRING_RECOGNITION_SORTS);
const EstablishmentSort = sortEnum('EstablishmentToFollowUpSort', ESTABLISHMENT_SORTS);

// A work-list cursor is the number of rows before it: the lists are ordered on a unique key (their
// sort, then the row id), so "after the n-th row" is the same row set as "offset n".
const CURSOR_PREFIX = 'WorkList:';
const cursorOf = (offset: number) => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64');
function offsetOf(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString();
  const n = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(n) || n < 0) throw badUserInput(`"after": not a cursor of this list: ${JSON.stringify(cursor)}`);
  return n;
}

function paging(args: { first?: number | null; offset?: number | null; after?: string | null }) {
  assertPageSize({ first: args.first });
  if (args.after != null && args.offset) throw badUserInput('Give "after" or "offset", not both');
  const offset = args.after != null ? offsetOf(args.after) : (args.offset ?? 0);
  if (offset < 0) throw badUserInput(`"offset" must be 0 or more, got ${offset}`);
  return { limit: args.first ?? 50, offset };
}

/** The GraphQL input as the service's filter (the Province enum is already validated by GraphQL). */
const filterOf = (f: { provinces?: string[] | null } & Omit<WorkListFilter, 'provinces'> | null | undefined) => f as WorkListFilter | null | undefined;

builder.queryFields((t) => {
  const common = {
    filter: t.arg({ type: WorkListFilterInput, required: false }),
    direction: t.arg({ type: SortDirectionEnum, required: false, description: 'Default: most urgent first.' }),
    first: t.arg.int({ required: false, defaultValue: 50 }),
    offset: t.arg.int({ required: false, defaultValue: 0 }),
    after: t.arg.string({ required: false, description: 'The endCursor of the previous page (instead of offset).' }),
  };
  return {
    pendingApplications: t.field({
      type: PendingApplicationPage,
      authScopes: RECORD_READERS,
      description: 'Work list: applications awaiting a decision, the earliest automatic approval or cancellation first.',
      args: { ...common, sort: t.arg({ type: PendingApplicationSort, required: false }) },
      resolve: (_r, args, ctx) => pendingApplications(ctx, { filter: filterOf(args.filter), sort: args.sort, direction: args.direction, ...paging(args) }),
    }),
    mentorsDue: t.field({
      type: MentorDuePage,
      authScopes: RECORD_READERS,
      description:
        'Mentors to follow up (training not completed, exempt or stopped): with `withinDays` (30, 60 or 90) those whose deadline falls within that many days or has passed (Opvolging); without it, every open follow-up (Mentoren). `filter.schoolYear` keeps deadlines in that school year.',
      args: {
        ...common,
        withinDays: t.arg.int({ required: false, description: '30, 60 or 90; absent or null: any deadline.' }),
        sort: t.arg({ type: MentorDueSort, required: false }),
      },
      resolve: (_r, args, ctx) =>
        mentorsDue(ctx, { filter: filterOf(args.filter), withinDays: args.withinDays ?? null, sort: args.sort, direction: args.direction, ...paging(args) }),
    }),
    expiringRecognitions: t.field({
      type: ExpiringRecognitionPage,
      authScopes: RECORD_READERS,
      description: 'Work list: recognitions expiring within 6 months without a renewal, and those expired in the last 6 months with agreements running.',
      args: { ...common, sort: t.arg({ type: ExpiringRecognitionSort, required: false }) },
      resolve: (_r, args, ctx) => expiringRecognitions(ctx, { filter: filterOf(args.filter), sort: args.sort, direction: args.direction, ...paging(args) }),
    }),
    establishmentsToFollowUp: t.field({
      type: EstablishmentToFollowUpPage,
      authScopes: RECORD_READERS,
      description: 'Work list: establishments recognised for over a year without any agreement, and those with early terminations in the school year.',
      args: { ...common, sort: t.arg({ type: EstablishmentSort, required: false }) },
      resolve: (_r, args, ctx) => establishmentsToFollowUp(ctx, { filter: filterOf(args.filter), sort: args.sort, direction: args.direction, ...paging(args) }),
    }),
  };
});

const PersonalDataDownloadKind = builder.enumType('PersonalDataDownloadKind', {
  values: {
    MENTOR_REMINDERS: { description: 'The mentor reminders CSV of Opvolging.' },
    MENTOR_WORK_LIST: { description: 'The Opvolging mentor list exported with names.' },
    MENTOR_LIST: { description: 'The mentor list of Mentoren exported with names.' },
    AUDIT_LOG: { description: 'The audit log exported on Beheer (e-mail addresses).' },
  },
});
/** The table whose personal data the download holds. */
const DOWNLOAD_ENTITY = { MENTOR_REMINDERS: 'mentor_personal_data', MENTOR_WORK_LIST: 'mentor_personal_data', MENTOR_LIST: 'mentor_personal_data', AUDIT_LOG: 'audit_log' } as const;

builder.mutationFields((t) => ({
  recordPersonalDataDownload: t.boolean({
    authScopes: RECORD_READERS,
    description: 'Writes a download of personal data (mentor names, the audit log) to the audit log; the dashboard calls it whenever it makes such a file.',
    args: { kind: t.arg({ type: PersonalDataDownloadKind, required: true }), rows: t.arg.int({ required: true }) },
    resolve: (_r, args, ctx: Context) => {
      if (args.rows < 0) throw badUserInput('rows: must be 0 or more', { field: 'rows' });
      appendAuditLog(ctx.db, { userId: ctx.actor.userId, action: 'personal_data_download', entity: DOWNLOAD_ENTITY[args.kind], detail: `${args.kind} ${args.rows} rows` }, ctx.clock.now());
      return true;
    },
  }),
}));
