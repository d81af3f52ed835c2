import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { PartnershipRef } from '../partnerships/partnerships.graphql.js';
import { auditActions, queryAuditLog, type AuditLogRow } from './audit-log.service.js';
import { LoginPayload, RoleEnum } from './auth.graphql.js';
import { partnershipOf } from './auth.service.js';
import { acceptInvitation, INVITATION_DAYS, inviteUser, listUsers, setUserActive, statusOf, type UserListRow } from './user-admin.service.js';
import { UserInputError } from './users.service.js';

// The Beheer page (ADMIN): users and the audit log. The one anonymous field is acceptInvitation.

const UserStatusEnum = builder.enumType('UserStatus', {
  values: {
    ACTIVE: { description: 'May sign in.' },
    INVITED: { description: 'Has not chosen a password yet (the invitation link is open or expired).' },
    DEACTIVATED: { description: 'Cannot sign in; its tokens are refused.' },
  },
});

const ManagedUserRef = builder.objectRef<UserListRow>('ManagedUser').implement({
  description: 'A user as an administrator manages it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    partnership: t.field({ type: PartnershipRef, nullable: true, resolve: (user, _args, ctx) => partnershipOf(ctx.db, user) }),
    status: t.field({ type: UserStatusEnum, resolve: (user) => statusOf(user) }),
    lastSignInAt: t.string({ nullable: true, description: 'ISO instant of the last successful sign-in (audit log).', resolve: (user) => user.lastSignInAt }),
  }),
});

const InvitationPayload = builder
  .objectRef<{ user: UserListRow; code: string; expiresAt: string }>('UserInvitation')
  .implement({
    description: `A new user and its one-time link code, valid ${INVITATION_DAYS} days and usable once. The code is shown only in this answer.`,
    fields: (t) => ({
      user: t.field({ type: ManagedUserRef, resolve: (p) => p.user }),
      code: t.exposeString('code', { description: 'Put it in the link /welkom#code=…; only its hash is stored.' }),
      expiresAt: t.exposeString('expiresAt', { description: 'ISO instant after which the link no longer works.' }),
    }),
  });

const AuditEntryRef = builder.objectRef<AuditLogRow>('AuditEntry').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at', { description: 'ISO instant (UTC).' }),
    userId: t.id({ nullable: true, resolve: (r) => r.userId }),
    userEmail: t.exposeString('userEmail', { nullable: true }),
    userName: t.exposeString('userName', { nullable: true }),
    action: t.exposeString('action', { description: 'e.g. login, login_failed, import, import_failed, user_added, personal_data_download.' }),
    entity: t.exposeString('entity'),
    detail: t.exposeString('detail', { nullable: true, description: 'Free text or JSON, as written by the action.' }),
  }),
});

const AuditLogPage = builder.objectRef<ReturnType<typeof queryAuditLog>>('AuditLogPage').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Rows matching the filter (all pages).' }),
    nodes: t.field({ type: [AuditEntryRef], resolve: (p) => p.nodes }),
    endCursor: t.exposeString('endCursor', { nullable: true }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
  }),
});

const AuditLogFilterInput = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    userId: t.id({ required: false }),
    action: t.string({ required: false }),
    from: t.field({ type: 'Date', required: false, description: 'First day (Europe/Brussels), inclusive.' }),
    to: t.field({ type: 'Date', required: false, description: 'Last day (Europe/Brussels), inclusive.' }),
  }),
});

const AddUserInput = builder.inputType('AddUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    partnershipCode: t.string({ required: false, description: 'Required for SECTOR_STAFF, refused for the other roles.' }),
  }),
});

const idOf = (field: string, id: string | number): number => {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n < 1) throw new UserInputError(field, `${id} is not a user id`);
  return n;
};

const withLastSignIn = (ctx: Context, userId: number): UserListRow => {
  const row = listUsers(ctx.db, userId)[0];
  if (!row) throw new Error(`user ${userId} vanished`);
  return row;
};

builder.queryFields((t) => ({
  users: t.field({
    type: [ManagedUserRef],
    description: 'Every user, by name (ADMIN).',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => listUsers(ctx.db),
  }),
  auditLog: t.field({
    type: AuditLogPage,
    description: 'The audit log, newest first, filtered and paged on the server (ADMIN).',
    authScopes: { admin: true },
    args: {
      filter: t.arg({ type: AuditLogFilterInput, required: false }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      queryAuditLog({
        db: ctx.db,
        first: args.first ?? 50,
        after: args.after,
        filter: args.filter && { ...args.filter, userId: args.filter.userId == null ? null : idOf('filter.userId', args.filter.userId) },
      }),
  }),
  auditActions: t.stringList({
    description: 'The actions present in the audit log (ADMIN), for a filter list.',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => auditActions(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  addUser: t.field({
    type: InvitationPayload,
    description: 'Creates a user without password and returns a one-time link code on which it chooses one (ADMIN).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: AddUserInput, required: true }) },
    resolve: (_r, args, ctx) => {
      const { user, code, expiresAt } = inviteUser({ db: ctx.db, input: args.input, by: ctx.actor.userId, now: ctx.clock.now() });
      return { user: { ...user, lastSignInAt: null }, code, expiresAt };
    },
  }),
  deactivateUser: t.field({
    type: ManagedUserRef,
    description: 'The user can no longer sign in; its tokens and live subscriptions stop at once (ADMIN; not oneself).',
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      withLastSignIn(ctx, setUserActive({ db: ctx.db, actor: ctx.actor, userId: idOf('userId', args.userId), active: false, now: ctx.clock.now() }).id),
  }),
  reactivateUser: t.field({
    type: ManagedUserRef,
    description: 'The user may sign in again; tokens from before stay refused (ADMIN).',
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      withLastSignIn(ctx, setUserActive({ db: ctx.db, actor: ctx.actor, userId: idOf('userId', args.userId), active: true, now: ctx.clock.now() }).id),
  }),
  acceptInvitation: t.field({
    type: LoginPayload,
    description: 'Sets the password of an invited user from its one-time link code and signs it in (anonymous).',
    skipTypeScopes: true,
    args: { code: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const user = await acceptInvitation({ db: ctx.db, input: args, now: ctx.clock.now() });
      return { token: await ctx.issueToken(user.id), user };
    },
  }),
}));
