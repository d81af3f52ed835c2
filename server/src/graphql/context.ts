import type { Db } from '../db/client.js';
import type { Actor } from '../modules/auth/actor.js';

export interface Context {
  db: Db;
  actor: Actor;
  /** Counts of persons below this are suppressed for policymakers. */
  suppressionThreshold: number;
  /** Signs an access token for a user (login); the secret stays in the app. */
  issueToken: (userId: number) => Promise<string>;
}
