import { systemClock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { ImportBundle } from './import-files.js';
import { checkBundleLimits, type ImportLimits } from './import-limits.js';
import { sortImportErrors, type ImportError, type ImportResult } from './import-result.js';
import { ImportState } from './import-state.js';
import { validateBundle } from './validate-bundle.js';
import { writeBundle } from './write-bundle.js';

export interface ImportOptions {
  userId?: number | null;
  /** Time of the audit row; default the system clock. */
  now?: Date;
  /** Check rows per file and bytes per cell first (bundles from outside, e.g. an upload). */
  limits?: ImportLimits;
}

const lastImportSql = "select coalesce(max(id), 0) as id from audit_log where action = 'import'";

/**
 * Imports a counter export: every row is validated first, and only a bundle without a single error
 * is written, in one transaction, followed by one audit-log row. Rows are upserted on their natural
 * keys, so importing the same bundle again changes nothing.
 *
 * Validation reads a snapshot without holding the write lock, so sign-ins (audit rows) go on
 * meanwhile; the write then starts with BEGIN IMMEDIATE, which waits for the lock (busy timeout)
 * instead of failing with SQLITE_BUSY_SNAPSHOT as a read transaction that turns into a write does.
 * Imports are the only writers of the imported tables and each leaves an 'import' audit row: if
 * another import committed in between, the bundle is validated again under the lock.
 */
export function importBundle(db: Db, bundle: ImportBundle, options: ImportOptions = {}): ImportResult {
  if (options.limits) {
    const tooLarge = checkBundleLimits(bundle, options.limits);
    if (tooLarge.length > 0) return { ok: false, errors: sortImportErrors(tooLarge) };
  }
  const lastImport = db.sqlite.prepare(lastImportSql).pluck();
  const validate = () => {
    const state = new ImportState(db.sqlite);
    return { state, ...validateBundle(state, bundle), lastImportId: lastImport.get() as number };
  };

  const first = db.sqlite.transaction(validate).deferred();
  if (first.errors.length > 0) return { ok: false, errors: sortImportErrors(first.errors) };

  const write = db.sqlite.transaction((): ImportResult => {
    const checked = lastImport.get() === first.lastImportId ? first : validate();
    if (checked.errors.length > 0) return { ok: false, errors: sortImportErrors(checked.errors) };
    const counts = writeBundle(checked.state, checked.plan);
    db.sqlite
      .prepare('insert into audit_log (at, user_id, action, entity, detail) values (?, ?, ?, ?, ?)')
      .run((options.now ?? systemClock.now()).toISOString(), options.userId ?? null, 'import', 'counter-export', JSON.stringify(counts));
    return { ok: true, counts };
  });
  return write.immediate();
}

/** Only the checks, nothing written: for a bundle that is already known to be broken (bad encoding). */
export function validateImportBundle(db: Db, bundle: ImportBundle): ImportError[] {
  return sortImportErrors(validateBundle(new ImportState(db.sqlite), bundle).errors);
}
