import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { OIDC_CALLBACK_PATH, OIDC_LOGIN_PATH, oidcRedirectUri, type Env } from '../../env.js';
import { appendAuditLog } from './audit.js';
import type { LoginLimiter } from './login-limiter.js';
import { SsoRefusal, type ClaimNames } from './oidc-claims.js';
import { cookieOf, describeFailure, OIDC_COOKIE, pendingCookie, refusalPage } from './oidc-responses.js';
import { PENDING_SIGN_IN_SECONDS, PendingSignIns, type SignInCodes } from './oidc-sessions.js';
import { auditSsoFailure, signInWithClaims } from './oidc-sign-in.service.js';

// Single sign-on with OpenID Connect (authorization code flow with PKCE) through openid-client;
// docs/single-sign-on.md explains the flow and its security choices.

export interface OidcSettings extends ClaimNames {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  /** "Aanmelden met <label>". */
  label: string;
}

export const OIDC_DEFAULTS = { roleClaim: 'role', partnershipClaim: 'partnership', scopes: 'openid profile email', label: 'ACM/IDM' } as const;

/** The settings of single sign-on, or null when it is off (deploymentProblem refuses half of them). */
export function oidcSettings(env: Env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUri: oidcRedirectUri(env),
    roleClaim: env.OIDC_ROLE_CLAIM ?? OIDC_DEFAULTS.roleClaim,
    partnershipClaim: env.OIDC_PARTNERSHIP_CLAIM ?? OIDC_DEFAULTS.partnershipClaim,
    scopes: env.OIDC_SCOPES ?? OIDC_DEFAULTS.scopes,
    label: env.OIDC_LABEL ?? OIDC_DEFAULTS.label,
  };
}

// Kept importable from here (the listener, the context and the tests import them from oidc.js).
export { OIDC_COOKIE, describeFailure } from './oidc-responses.js';
export { PENDING_SIGN_IN_SECONDS, PendingSignIns, SIGN_IN_CODE_SECONDS, SignInCodes } from './oidc-sessions.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The two routes of single sign-on, for the HTTP listener: `GET /auth/oidc/login` sends the
 * browser to the provider, `GET /auth/oidc/callback` takes its answer, signs the user in and
 * hands a one-time code to the dashboard (`/#sso=<code>`), which redeems it for our token.
 */
export function oidcRoutes({
  db,
  settings,
  clock,
  codes,
  limiter,
  clientOf,
}: {
  db: Db;
  settings: OidcSettings;
  clock: Clock;
  codes: SignInCodes;
  /** The sign-in limiter of the app: refused callbacks count per client like wrong passwords. */
  limiter: LoginLimiter;
  clientOf: (req: IncomingMessage) => string;
}) {
  const pending = new PendingSignIns();
  const secureCookie = new URL(settings.redirectUri).protocol === 'https:';
  const issuer = new URL(settings.issuer);
  let configuration: Promise<client.Configuration> | undefined;
  // Discovered on the first sign-in (the server starts even when the provider is down), and again
  // after a failure. Plain http only for a provider on this machine (tests, local trials).
  const config = () => {
    configuration ??= client
      .discovery(issuer, settings.clientId, settings.clientSecret, undefined, LOCAL_HOSTS.has(issuer.hostname) ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  // Anyone can call the callback: its refusals are counted per client (as `oidc:<address>` and
  // under the address itself), so a flood of forged callbacks cannot fill the audit log.
  const limiterKeys = (req: IncomingMessage) => {
    const client = clientOf(req);
    return { account: `oidc:${client}`, client };
  };
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, reason: string, email: string | null) => {
    const now = clock.now();
    const keys = limiterKeys(req);
    auditSsoFailure(db, reason, email, now);
    if (limiter.fail(keys, now)) appendAuditLog(db, { userId: null, action: 'login_locked', entity: 'users', detail: `oidc from ${keys.client}` }, now);
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': pendingCookie('', 0, secureCookie) });
    res.end(refusalPage(reason));
  };

  async function login(res: ServerResponse) {
    let conf: client.Configuration;
    try {
      conf = await config();
    } catch (error) {
      console.error('single sign-on: the provider could not be reached:', error);
      res.writeHead(502, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(refusalPage(`the sign-in provider ${issuer.origin} cannot be reached; try again later`));
      return;
    }
    const started = pending.begin(clock.now());
    const url = client.buildAuthorizationUrl(conf, {
      redirect_uri: settings.redirectUri,
      scope: settings.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(started.codeVerifier),
      code_challenge_method: 'S256',
      state: started.state,
      nonce: started.nonce,
    });
    res.writeHead(302, { location: url.href, 'cache-control': 'no-store', 'set-cookie': pendingCookie(started.id, PENDING_SIGN_IN_SECONDS, secureCookie) });
    res.end();
  }

  async function callback(req: IncomingMessage, res: ServerResponse) {
    const retryAfter = limiter.retryAfter(limiterKeys(req), clock.now());
    if (retryAfter > 0) {
      res.writeHead(429, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(retryAfter) });
      res.end(refusalPage(`too many failed sign-ins from this address: try again in ${retryAfter} seconds`));
      return;
    }
    const id = cookieOf(req, OIDC_COOKIE);
    const started = id ? pending.take(id, clock.now()) : null;
    if (!started) return refuse(req, res, 400, 'no sign-in in progress in this browser, or it took longer than 10 minutes; start again', null);
    // The URL the provider redirected to, as registered (behind a proxy req.url has our host, not the public one).
    const query = new URL(req.url ?? '', 'http://callback').search;
    const currentUrl = new URL(settings.redirectUri);
    currentUrl.search = query;
    let claims: Record<string, unknown>;
    try {
      const conf = await config();
      const tokens = await client.authorizationCodeGrant(conf, currentUrl, {
        pkceCodeVerifier: started.codeVerifier,
        expectedState: started.state,
        expectedNonce: started.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      claims = { ...idToken };
      // In the code flow OIDC Core puts the scopes' claims at the userinfo endpoint, and a provider
      // may leave them out of the ID token: then they are fetched there, for the same subject.
      if ((claims.email === undefined || claims[settings.roleClaim] === undefined) && conf.serverMetadata().userinfo_endpoint) {
        const userInfo = await client.fetchUserInfo(conf, tokens.access_token, idToken.sub);
        claims = { ...userInfo, ...claims };
      }
    } catch (error) {
      return refuse(req, res, 400, `the provider's answer was refused: ${describeFailure(error)}`, null);
    }
    try {
      const { userId } = signInWithClaims({ db, claims, names: settings, now: clock.now() });
      const code = codes.issue(userId, clock.now());
      res.writeHead(302, { location: `/#sso=${code}`, 'cache-control': 'no-store', 'set-cookie': pendingCookie('', 0, secureCookie) });
      res.end();
    } catch (error) {
      if (!(error instanceof SsoRefusal)) throw error;
      refuse(req, res, 403, error.message, error.email);
    }
  }

  /** Answers the request when it is one of ours; false otherwise. */
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== OIDC_LOGIN_PATH && path !== OIDC_CALLBACK_PATH) return false;
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' });
      res.end();
      return true;
    }
    await (path === OIDC_LOGIN_PATH ? login(res) : callback(req, res));
    return true;
  };
}
