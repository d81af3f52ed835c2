import { isIsoDate } from '@duaal/shared';
import { z } from 'zod';

// The only reader of process.env.
const schema = z.object({
  DATABASE_FILE: z.string().default('data/duaal-monitor.sqlite'),
  PORT: z.coerce.number().int().positive().default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Secret that signs access tokens; the default is for local use only. */
  AUTH_SECRET: z.string().min(16).default('duaal-monitor-local-development-secret'),
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
  DEMO_SEED: z.coerce.number().int().default(2023),
  DEMO_SCALE: z.coerce.number().positive().default(1),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return schema.parse(source);
}
