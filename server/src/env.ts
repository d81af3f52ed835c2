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
