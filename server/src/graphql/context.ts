import type { Db } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { Actor } from '../modules/auth/actor.js';
import type { ImportLimits } from '../modules/imports/import-limits.js';

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
  importLimits: ImportLimits;
  /** The dashboard's uploader says so in a header; other callers of the upload are scripts. */
  importSource: 'UPLOAD' | 'API';
}
