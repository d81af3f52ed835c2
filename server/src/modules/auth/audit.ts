import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';

export interface AuditEntry {
  userId: number | null;
  /** e.g. "login", "login_failed", "token_issued", "import". */
  action: string;
  /** The table or file concerned, e.g. "users", "recognitions". */
  entity: string;
  detail?: string | null;
}

/** Appends one row to the audit log (a trigger keeps it append-only); `at` comes from the caller's clock. */
export function appendAuditLog(db: Pick<Db, 'insert'>, entry: AuditEntry, at: Date): void {
  db.insert(auditLog)
    .values({ at: at.toISOString(), userId: entry.userId, action: entry.action, entity: entry.entity, detail: entry.detail ?? null })
    .run();
}
