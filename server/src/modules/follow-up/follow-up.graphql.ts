import { eq } from 'drizzle-orm';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { FOLLOW_UP_ACTION_TYPES } from '@duaal/shared';
import { establishments, mentors, partnerships, users } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { EstablishmentRef } from '../enterprises/enterprises.graphql.js';
import { MentorRef } from '../mentors/mentors.graphql.js';
import { RecognitionRef } from '../recognitions/recognitions.graphql.js';
import { assertPageSize } from '../records/filters.js';
import {
  correctFollowUpAction,
  deleteFollowUpAction,
  EDIT_WINDOW_MS,
  listFollowUpActions,
  recordFollowUpAction,
  type FollowUpActionRow,
} from './follow-up.service.js';

// K19 actions recorded in the monitor: thin resolvers around the verbs of follow-up.service.ts.

export const FollowUpActionTypeEnum = builder.enumType('FollowUpActionType', { values: FOLLOW_UP_ACTION_TYPES });

const verbContext = (ctx: Context) => ({ db: ctx.db, actor: ctx.actor, today: ctx.today, now: ctx.clock.now() });

export const FollowUpActionRef = builder.objectRef<FollowUpActionRow>('FollowUpAction').implement({
  description: 'A follow-up action (K19): from the counter export, or recorded in the monitor by sector staff.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.expose('type', { type: FollowUpActionTypeEnum }),
    performedOn: t.expose('performedOn', { type: 'Date' }),
    note: t.exposeString('note', { nullable: true }),
    partnershipCode: t.string({
      resolve: (a, _args, ctx) => ctx.db.select({ code: partnerships.code }).from(partnerships).where(eq(partnerships.id, a.partnershipId)).get()?.code ?? '',
    }),
    establishmentId: t.id({ description: 'Global id of the establishment.', resolve: (a) => encodeGlobalID('Establishment', a.establishmentId) }),
    establishmentName: t.string({
      resolve: (a, _args, ctx) => ctx.db.select({ name: establishments.name }).from(establishments).where(eq(establishments.id, a.establishmentId)).get()?.name ?? '',
    }),
    mentorKey: t.string({
      nullable: true,
      resolve: (a, _args, ctx) => (a.mentorId == null ? null : (ctx.db.select({ key: mentors.mentorKey }).from(mentors).where(eq(mentors.id, a.mentorId)).get()?.key ?? null)),
    }),
    recordedBy: t.string({
      nullable: true,
      description: 'Name of the staff member who recorded it; null for actions of the counter export.',
      resolve: (a, _args, ctx) => (a.recordedByUserId == null ? null : (ctx.db.select({ name: users.name }).from(users).where(eq(users.id, a.recordedByUserId)).get()?.name ?? null)),
    }),
    recordedAt: t.exposeString('recordedAt', { nullable: true, description: 'ISO instant of recording in the monitor.' }),
    editable: t.boolean({
      description: 'The signed-in user recorded it less than a day ago and may still correct or delete it.',
      resolve: (a, _args, ctx) =>
        a.recordedByUserId != null && a.recordedByUserId === ctx.actor.userId && ctx.clock.now().getTime() - Date.parse(a.recordedAt ?? '') <= EDIT_WINDOW_MS,
    }),
  }),
});

const FollowUpDetailsInput = builder.inputType('FollowUpActionDetails', {
  fields: (t) => ({
    type: t.field({ type: FollowUpActionTypeEnum, required: true }),
    performedOn: t.field({ type: 'Date', required: true, description: 'Not after today, at most a year before.' }),
    note: t.string({ required: false, description: 'At most 1000 characters.' }),
  }),
});

const RecordFollowUpInput = builder.inputType('RecordFollowUpActionInput', {
  fields: (t) => ({
    establishmentId: t.globalID({ required: true, for: EstablishmentRef }),
    mentorId: t.globalID({ required: false, for: MentorRef }),
    recognitionId: t.globalID({ required: false, for: RecognitionRef }),
    type: t.field({ type: FollowUpActionTypeEnum, required: true }),
    performedOn: t.field({ type: 'Date', required: true, description: 'Not after today, at most a year before.' }),
    note: t.string({ required: false, description: 'At most 1000 characters.' }),
    partnershipCode: t.string({ required: false, description: 'ADMIN only: the partnership the action is recorded for. Sector staff record for their own.' }),
  }),
});

builder.queryFields((t) => ({
  followUpActions: t.field({
    type: [FollowUpActionRef],
    description: 'Follow-up actions on an establishment or about a mentor, newest first. Sector staff see those of their partnership.',
    args: {
      establishmentId: t.arg.globalID({ required: false, for: EstablishmentRef }),
      mentorId: t.arg.globalID({ required: false, for: MentorRef }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
    },
    resolve: (_root, args, ctx) => {
      assertPageSize({ first: args.first });
      return listFollowUpActions({
        db: ctx.db,
        actor: ctx.actor,
        today: ctx.today,
        establishmentId: args.establishmentId ? Number(args.establishmentId.id) : null,
        mentorId: args.mentorId ? Number(args.mentorId.id) : null,
        limit: args.first ?? 50,
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  recordFollowUpAction: t.field({
    type: FollowUpActionRef,
    description: 'Records a phone contact, site visit, virtual contact or admin check (K19). SECTOR_STAFF for their partnership, ADMIN for a named one.',
    args: { input: t.arg({ type: RecordFollowUpInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordFollowUpAction({
        ...verbContext(ctx),
        input: {
          establishmentId: Number(input.establishmentId.id),
          mentorId: input.mentorId ? Number(input.mentorId.id) : null,
          recognitionId: input.recognitionId ? Number(input.recognitionId.id) : null,
          type: input.type,
          performedOn: input.performedOn,
          note: input.note,
          partnershipCode: input.partnershipCode,
        },
      }),
  }),
  correctFollowUpAction: t.field({
    type: FollowUpActionRef,
    description: 'Corrects an action the signed-in user recorded less than a day ago.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: FollowUpDetailsInput, required: true }) },
    resolve: (_root, args, ctx) => correctFollowUpAction({ ...verbContext(ctx), id: Number(args.id), input: args.input }),
  }),
  deleteFollowUpAction: t.id({
    description: 'Deletes an action the signed-in user recorded less than a day ago; returns its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => deleteFollowUpAction({ ...verbContext(ctx), id: Number(args.id) }),
  }),
}));
