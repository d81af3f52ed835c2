import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { OIDC_CALLBACK_PATH, OIDC_LOGIN_PATH, oidcRedirectUri, type Env } from '../../env.js';
import { appendAuditLog } from './audit.js';
import type { LoginLimiter } from './login-limiter.js';
import { SsoRefusal, type ClaimNames } from './oidc-claims.js';
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

const random = () => randomBytes(32).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value).digest();

/** A sign-in started at the provider: what the callback must find again. */
interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

/** How long a user may take at the provider's sign-in page. */
export const PENDING_SIGN_IN_SECONDS = 10 * 60;
/** How long the dashboard has to redeem the one-time code of a finished sign-in. */
export const SIGN_IN_CODE_SECONDS = 60;
/** Anonymous requests start sign-ins: the memory they may hold is bounded. */
const MAX_PENDING = 10_000;

/**
 * Sign-ins in progress, in memory (one process), keyed by a random id that only the browser's
 * cookie holds. Each is taken once: a second callback with the same cookie finds nothing.
 */
export class PendingSignIns {
  private readonly entries = new Map<string, PendingSignIn>();

  begin(now: Date): { id: string } & PendingSignIn {
    this.purge(now);
    if (this.entries.size >= MAX_PENDING) this.entries.delete(this.entries.keys().next().value!);
    const id = random();
    const entry = { state: random(), nonce: random(), codeVerifier: client.randomPKCECodeVerifier(), expiresAt: now.getTime() + PENDING_SIGN_IN_SECONDS * 1000 };
    this.entries.set(id, entry);
    return { id, ...entry };
  }

  take(id: string, now: Date): PendingSignIn | null {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry && entry.expiresAt > now.getTime() ? entry : null;
  }

  private purge(now: Date) {
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(id);
  }
}

/**
 * One-time codes that hand a finished sign-in to the dashboard. Only a hash is kept; a code is
 * redeemed once, within a minute, for the user it was issued to.
 */
export class SignInCodes {
  private readonly entries = new Map<string, { digest: Buffer; userId: number; expiresAt: number }>();

  issue(userId: number, now: Date): string {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(key);
    const code = random();
    const hash = digest(code);
    this.entries.set(hash.toString('hex'), { digest: hash, userId, expiresAt: now.getTime() + SIGN_IN_CODE_SECONDS * 1000 });
    return code;
  }

  redeem(code: string, now: Date): number | null {
    if (code.length > 100) return null;
    const hash = digest(code);
    const key = hash.toString('hex');
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (!entry || !timingSafeEqual(entry.digest, hash) || entry.expiresAt <= now.getTime()) return null;
    return entry.userId;
  }
}

export const OIDC_COOKIE = 'duaal_oidc';

function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (sent on the provider's top-level redirect back,
 * not on cross-site subrequests), scoped to the callback's folder, Secure behind https.
 */
function pendingCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${OIDC_COOKIE}=${value}`, 'Path=/auth/oidc', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// Element content only: quotes need no escaping there.
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One line on why openid-client refused an answer: its message and those of the errors it wraps
 * (e.g. `unexpected "state" response parameter value`), the provider's error code, and the ID
 * token claim at fault (nonce, aud, iss).
 */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (e instanceof client.ResponseBodyError || e instanceof client.AuthorizationResponseError) {
      parts.push(`${e.error}${e.error_description ? ` (${e.error_description})` : ''}`);
    } else if (e instanceof Error) {
      parts.push(e.message);
    } else if (typeof e === 'object' && 'claim' in e && typeof e.claim === 'string') {
      parts.push(`ID token claim "${e.claim}"`);
    }
    e = typeof e === 'object' && e !== null && 'cause' in e ? e.cause : undefined;
  }
  return [...new Set(parts)].join(': ') || String(error);
}

/** The page of a refused sign-in: Dutch and English (no script: the CSP allows none inline). */
function refusalPage(reason: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmelden mislukt - Duaal Monitor</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}code{background:#f2f2f2;padding:.1rem .3rem;word-break:break-word}a{color:#05c}</style></head>
<body><main>
<h1>Aanmelden mislukt</h1>
<p>Je bent bij de aanmeldpagina aangemeld, maar Duaal Monitor kan je niet binnenlaten. Er is niets opgeslagen.</p>
<p>Reden: <code>${escapeHtml(reason)}</code></p>
<p>Vraag je beheerder van het toegangsbeheer om je rol (en voor sectormedewerkers je partnerschap) na te kijken.</p>
<p><a href="/">Terug naar aanmelden</a></p>
<hr>
<section lang="en"><h2>Sign-in refused</h2>
<p>You signed in at the provider, but Duaal Monitor cannot let you in; nothing was saved. Ask the access-management administrator to check your role (and, for sector staff, your partnership).</p>
<p><a href="/">Back to sign in</a></p></section>
</main></body></html>`;
}

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
