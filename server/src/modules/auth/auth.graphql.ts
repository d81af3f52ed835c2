import { ROLES } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { PartnershipRef } from '../partnerships/partnerships.graphql.js';
import { currentUser, login, partnershipOf, type UserRow } from './auth.service.js';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

export const UserRef = builder.objectRef<UserRow>('User').implement({
  description: 'A user of the monitor. Its role and partnership decide what it may read.',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    partnership: t.field({
      type: PartnershipRef,
      nullable: true,
      description: 'The partnership of a SECTOR_STAFF user.',
      resolve: (user, _args, ctx) => partnershipOf(ctx.db, user),
    }),
  }),
});

export const LoginPayload = builder.objectRef<{ token: string; user: UserRow }>('LoginPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Bearer token for the Authorization header.' }),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: UserRef,
    description: 'The signed-in user.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => currentUser(ctx),
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Signs in with email and password; the only operation open to anonymous callers. Every checked attempt is audited; after 10 failures a minute for one account (30 for one client) attempts are refused with TOO_MANY_ATTEMPTS (extensions.retryAfterSeconds).',
    skipTypeScopes: true,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      login({ db: ctx.db, input: args, issueToken: ctx.issueToken, limiter: ctx.loginLimiter, client: ctx.clientAddress, now: ctx.clock.now() }),
  }),
}));
