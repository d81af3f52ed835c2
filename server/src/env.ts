import { isIsoDate } from '@duaal/shared';
import { z } from 'zod';

// The only reader of process.env.

/** The secret of the local demo; a deployment without demo data refuses to start with it. */
export const DEMO_AUTH_SECRET = 'duaal-monitor-local-development-secret';

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
  return null;
}
