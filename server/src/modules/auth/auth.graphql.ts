import { ROLES } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { PartnershipRef } from '../partnerships/partnerships.graphql.js';
import { OIDC_LOGIN_PATH } from '../../env.js';
import { unauthenticated } from '../records/errors.js';
import { currentUser, login, partnershipOf, redeemSignInCode, type UserRow } from './auth.service.js';
import { ServiceError } from '../../errors.js';

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

const OidcMethod = builder.objectRef<{ label: string }>('OidcSignIn').implement({
  description: 'Single sign-on with OpenID Connect.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'The provider\'s name, for "Aanmelden met <label>".' }),
    loginUrl: t.string({ description: 'Where the browser goes to sign in (a full page navigation).', resolve: () => OIDC_LOGIN_PATH }),
  }),
});

const AuthMethods = builder.objectRef<{ local: boolean; oidc: { label: string } | null }>('AuthMethods').implement({
  description: 'The ways to sign in on this server.',
  fields: (t) => ({
    local: t.exposeBoolean('local', { description: 'Sign in with e-mail and password (the login mutation).' }),
    oidc: t.field({ type: OidcMethod, nullable: true, description: 'Single sign-on, when configured.', resolve: (m) => m.oidc }),
  }),
});

builder.queryFields((t) => ({
  authMethods: t.field({
    type: AuthMethods,
    description: 'The ways to sign in; open to anonymous callers (the sign-in page asks it).',
    skipTypeScopes: true,
    resolve: (_root, _args, ctx) => ({ local: ctx.signIn.local, oidc: ctx.signIn.oidc ? { label: ctx.signIn.oidc.label } : null }),
  }),
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
    resolve: (_root, args, ctx) => {
      if (!ctx.signIn.local) {
        throw new ServiceError('LOCAL_SIGN_IN_DISABLED', 'Sign-in with e-mail and password is off on this server: use single sign-on');
      }
      return login({ db: ctx.db, input: args, issueToken: ctx.issueToken, limiter: ctx.loginLimiter, client: ctx.clientAddress, now: ctx.clock.now() });
    },
  }),
  redeemSignInCode: t.field({
    type: LoginPayload,
    description: 'Exchanges the one-time code of a finished single sign-on (valid 60 s, once) for a bearer token; open to anonymous callers.',
    skipTypeScopes: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      if (!ctx.signIn.oidc) throw unauthenticated('Single sign-on is not configured on this server');
      return redeemSignInCode({ db: ctx.db, code: args.code, codes: ctx.signIn.oidc.codes, issueToken: ctx.issueToken, now: ctx.clock.now() });
    },
  }),
}));
