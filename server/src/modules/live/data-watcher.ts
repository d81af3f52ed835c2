import type { Db } from '../../db/client.js';
import { publishDataChange } from './data-changes.js';

// Commits of another process (the CLI import, a second server) are invisible to this process's
// writers, so we poll: `PRAGMA data_version` on our connection changes when another connection
// commits. A changed version alone is not a data change (a CLI login writes only the audit log),
// so a cheap fingerprint of the data tables decides.

export const POLL_MS = 250;

/** Not dashboard data: the audit log (logins), the users and their invitations. SQLite's and drizzle's bookkeeping neither. */
const IGNORED_TABLES = ['audit_log', 'users', 'user_invitations'];

export type DataFingerprint = Record<string, string>;

/**
 * Per data table `count:max(rowid)` (catches inserts and deletes), plus the last audit row that is
 * not about users: every import writes one, so updates in place (a status, an end date) show too.
 */
export function dataFingerprint(db: Db): DataFingerprint {
  const tables = db.sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'
       and name not in (${IGNORED_TABLES.map(() => '?').join(', ')}) order by name`,
    )
    .pluck()
    .all(...IGNORED_TABLES) as string[];
  const fingerprint: DataFingerprint = {};
  for (const table of tables) {
    const row = db.sqlite.prepare(`select count(*) as n, max(rowid) as m from "${table}"`).get() as { n: number; m: number | null };
    fingerprint[table] = `${row.n}:${row.m ?? 0}`;
  }
  const lastWrite = db.sqlite.prepare("select id from audit_log where entity <> 'users' order by id desc limit 1").pluck().get() as number | undefined;
  fingerprint[AUDIT_KEY] = String(lastWrite ?? 0);
  return fingerprint;
}

const AUDIT_KEY = '(audit)';

/** The data tables whose fingerprint differs; null when nothing of the data changed. */
export function changedTables(before: DataFingerprint, after: DataFingerprint): string[] | null {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return null;
  return changed.filter((k) => k !== AUDIT_KEY).sort();
}

export interface DataWatcher {
  stop(): void;
}

/**
 * Publishes an OTHER_PROCESS change whenever another connection commits data to this database.
 * Started and stopped with the HTTP listener; its timer never keeps the process alive.
 */
export function watchDataChanges(db: Db, options: { intervalMs?: number } = {}): DataWatcher {
  const version = () => db.sqlite.pragma('data_version', { simple: true }) as number;
  const ownChanges = db.sqlite.prepare('select total_changes()').pluck();
  let lastVersion = version();
  let lastOwn = ownChanges.get() as number;
  let last = dataFingerprint(db);
  const timer = setInterval(() => {
    // The database was closed under us (a test, a shutdown): nothing left to watch.
    if (!db.sqlite.open) return clearInterval(timer);
    try {
      const current = version();
      const own = ownChanges.get() as number;
      if (current === lastVersion) {
        // Writes of this process announce themselves (publishDataChange); only re-base on them.
        if (own !== lastOwn) {
          lastOwn = own;
          last = dataFingerprint(db);
        }
        return;
      }
      lastVersion = current;
      lastOwn = own;
      const next = dataFingerprint(db);
      const tables = changedTables(last, next);
      last = next;
      if (tables) publishDataChange(db, { source: 'OTHER_PROCESS', tables });
    } catch (error) {
      // A locked or closing database: try again at the next tick.
      console.error('data watcher:', error);
    }
  }, options.intervalMs ?? POLL_MS);
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}
