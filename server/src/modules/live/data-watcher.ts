import { movedMarks, readChangeMarks, type ChangeMarks } from '../../db/change-marks.js';
import type { Db } from '../../db/client.js';
import { publishDataChange } from './data-changes.js';

// Commits of another process (the CLI import, a second server) are invisible to this process's
// writers, so we poll: `PRAGMA data_version` on our connection changes when another connection
// commits. A changed version alone is not a data change (a CLI login writes only the audit log):
// the change marks that triggers write with every data write (db/change-marks.ts) decide, and
// name the tables.

export const POLL_MS = 250;

/** The data tables whose marks moved; null when nothing of the data changed. */
export function changedTables(before: ChangeMarks, after: ChangeMarks): string[] | null {
  const moved = movedMarks(before, after);
  return moved.length === 0 ? null : [...new Set(moved.map(([table]) => table))].sort();
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
  let last = readChangeMarks(db.sqlite);
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
          last = readChangeMarks(db.sqlite);
        }
        return;
      }
      lastVersion = current;
      lastOwn = own;
      const next = readChangeMarks(db.sqlite);
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
