import type { Db } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { Actor } from '../modules/auth/actor.js';
import type { UploadLimits } from '../modules/imports/index.js';
import type { LoginLimiter } from '../modules/auth/login-limiter.js';
import type { SignInCodes } from '../modules/auth/oidc.js';
import type { KpiBudget, KpiWorkerPool } from '../modules/kpis/index.js';

export interface Context {
  db: Db;
  actor: Actor;
  /** "Today" (ISO, Europe/Brussels), read once from the clock for the whole request. */
  today: string;
  clock: Clock;
  /** Counts of persons below this are suppressed for policymakers. */
  suppressionThreshold: number;
  /** Signs an access token for a user (login); the secret stays in the app. */
  issueToken: (userId: number) => Promise<string>;
  /** Size limits of an uploaded counter export. */
  importLimits: UploadLimits;
  /** The dashboard's uploader says so in a header; other callers of the upload are scripts. */
  importSource: 'UPLOAD' | 'API';
  /** Counts failed logins per account and client (in memory, one per app). */
  loginLimiter: LoginLimiter;
  /** The ways to sign in this server offers. */
  signIn: SignInMethods;
  /** The caller's IP address as the listener saw it (X-Forwarded-For only when TRUST_PROXY is set). */
  clientAddress: string;
  /** KPI worker threads (absent: KPIs are computed on the request's thread, as in tests). */
  kpiPool?: KpiWorkerPool;
  /** This request's time budget for KPI computations in the pool. */
  kpiBudget: KpiBudget;
}

export interface SignInMethods {
  /** E-mail and password. */
  local: boolean;
  /** Single sign-on: the button's label, and the one-time codes its callback hands out. */
  oidc: { label: string; codes: SignInCodes } | null;
}
