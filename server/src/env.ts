import { isIsoDate } from '@duaal/shared';
import { z } from 'zod';

// The only reader of process.env.

/** The secret of the local demo; a deployment without demo data refuses to start with it. */
export const DEMO_AUTH_SECRET = 'duaal-monitor-local-development-secret';

/** An empty variable (`OIDC_ISSUER=` in a compose file) counts as not set. */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type.optional());

const schema = z.object({
  /** true (default): load the demo history and demo users on an empty database; false: a real deployment. */
  DEMO: z.enum(['true', 'false'], { message: 'DEMO must be true or false' }).default('true').transform((v) => v === 'true'),
  DATABASE_FILE: z.string().default('data/duaal-monitor.sqlite'),
  PORT: z.coerce.number().int().positive().default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Secret that signs access tokens; the default is for local use only. */
  AUTH_SECRET: z.string().min(16).default(DEMO_AUTH_SECRET),
  /** Counts of persons below this are suppressed for policymakers. */
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).default(5),
  /** Folder of the built dashboard, served by the API server when present. */
  WEB_DIST: z.string().default('web/dist'),
  /** Fixed "today" (YYYY-MM-DD) for demos and tests; absent: the calendar day in Europe/Brussels. */
  TODAY: z.string().refine(isIsoDate, { message: 'TODAY must be a date written YYYY-MM-DD' }).optional(),
  /** production: no introspection, no field suggestions, for anyone. */
  NODE_ENV: z.string().default('development'),
  /** Comma-separated origins (https://host[:port]) that may call the API from another site; default none (same origin only). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(z.url({ error: 'CORS_ORIGINS must list origins like https://dashboard.example.be' }))),
  /** "true" behind one reverse proxy that appends the client's address to X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** KPI worker threads (0: compute KPIs on the request thread, without a time budget). */
  KPI_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  /** Time budget of one request's KPI computations, in ms; past it the request gets QUERY_TIMEOUT. */
  QUERY_BUDGET_MS: z.coerce.number().int().min(100).default(10_000),
  /** The address users reach the dashboard at (default http://HOST:PORT); the OIDC redirect URI is built from it. */
  PUBLIC_URL: optional(z.url({ error: 'PUBLIC_URL must be a URL like https://monitor.example.be' })),
  // Single sign-on (OpenID Connect, docs/single-sign-on.md): all of issuer, client id and secret, or none.
  OIDC_ISSUER: optional(z.url({ error: 'OIDC_ISSUER must be the issuer URL of the OpenID provider' })),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  /** Default: PUBLIC_URL + /auth/oidc/callback. */
  OIDC_REDIRECT_URI: optional(z.url({ error: 'OIDC_REDIRECT_URI must be a URL ending in /auth/oidc/callback' })),
  /** The ID-token claim holding the role (values mapped in modules/auth/oidc-claims.ts). */
  OIDC_ROLE_CLAIM: optional(z.string().min(1)),
  /** The ID-token claim holding the partnership code of a SECTOR_STAFF user. */
  OIDC_PARTNERSHIP_CLAIM: optional(z.string().min(1)),
  OIDC_SCOPES: optional(z.string().min(1)),
  /** Shown on the sign-in page as "Aanmelden met <label>". */
  OIDC_LABEL: optional(z.string().min(1).max(60)),
  DEMO_SEED: z.coerce.number().int().default(2023),
  DEMO_SCALE: z.coerce.number().positive().default(1),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return schema.parse(source);
}

/** Why these settings may not serve real users, or null when they may. */
export function deploymentProblem(env: Env): string | null {
  if (!env.DEMO && env.AUTH_SECRET === DEMO_AUTH_SECRET) {
    return 'DEMO=false needs a secret of its own: set AUTH_SECRET to a random value of at least 16 characters (e.g. `openssl rand -base64 32`); the built-in one is public and for the demo only.';
  }
  return oidcProblem(env);
}

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
const OIDC_OPTIONAL = ['OIDC_REDIRECT_URI', 'OIDC_ROLE_CLAIM', 'OIDC_PARTNERSHIP_CLAIM', 'OIDC_SCOPES', 'OIDC_LABEL'] as const;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Single sign-on is on with all of issuer, client id and secret, off with none; anything in
 * between is a half-done configuration that would silently leave users without a way in.
 */
function oidcProblem(env: Env): string | null {
  const set = [...OIDC_REQUIRED, ...OIDC_OPTIONAL].filter((name) => env[name] !== undefined);
  if (set.length === 0) return null;
  const missing = OIDC_REQUIRED.filter((name) => env[name] === undefined);
  if (missing.length > 0) {
    return `single sign-on is half configured: ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Set all of ${OIDC_REQUIRED.join(', ')} (docs/single-sign-on.md), or none to sign in with local accounts only.`;
  }
  const issuer = new URL(env.OIDC_ISSUER!);
  if (issuer.protocol !== 'https:' && !LOCAL_HOSTS.has(issuer.hostname)) {
    return `OIDC_ISSUER must use https (got ${issuer.origin}); plain http is accepted for a provider on this machine only.`;
  }
  const redirect = oidcRedirectUri(env);
  if (new URL(redirect).pathname !== OIDC_CALLBACK_PATH) {
    return `OIDC_REDIRECT_URI must end in ${OIDC_CALLBACK_PATH} (got ${redirect}): that is where the server takes the provider's answer.`;
  }
  return null;
}

export const OIDC_LOGIN_PATH = '/auth/oidc/login';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

/** The address users reach the server at. */
export function publicUrl(env: Env): string {
  return (env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`).replace(/\/+$/, '');
}

export function oidcRedirectUri(env: Env): string {
  return env.OIDC_REDIRECT_URI ?? `${publicUrl(env)}${OIDC_CALLBACK_PATH}`;
}
