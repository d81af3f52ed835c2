import type { Db } from '../../db/client.js';
import type { ImportBundle } from './import-files.js';
import { sortImportErrors, type ImportError, type ImportResult } from './import-result.js';
import { ImportState } from './import-state.js';
import { publishDataChange } from '../live/data-changes.js';
import { validateBundle } from './validate-bundle.js';
import { writeBundle } from './write-bundle.js';

/**
 * Imports a counter export: every row is validated first, and only a bundle without a single error
 * is written, in one transaction, followed by one audit-log row. Rows are upserted on their natural
 * keys, so importing the same bundle again changes nothing. A bundle that changed something is
 * announced to the open dashboards (modules/live).
 */
export function importBundle(db: Db, bundle: ImportBundle, options: { userId?: number | null } = {}): ImportResult {
  const run = db.sqlite.transaction((): ImportResult => {
    const state = new ImportState(db.sqlite);
    const { errors, plan } = validateBundle(state, bundle);
    if (errors.length > 0) return { ok: false, errors: sortImportErrors(errors) };
    const counts = writeBundle(state, plan);
    db.sqlite
      .prepare('insert into audit_log (at, user_id, action, entity, detail) values (?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), options.userId ?? null, 'import', 'counter-export', JSON.stringify(counts));
    return { ok: true, counts };
  });
  const result = run();
  // After the commit: open dashboards fetch their figures again (nothing to say when nothing changed).
  if (result.ok) {
    const changed = Object.entries(result.counts).filter(([, c]) => c.inserted + c.updated > 0).map(([file]) => file);
    if (changed.length > 0) publishDataChange(db, { source: 'IMPORT', tables: changed });
  }
  return result;
}

/** Only the checks, nothing written: for a bundle that is already known to be broken (bad encoding). */
export function validateImportBundle(db: Db, bundle: ImportBundle): ImportError[] {
  return sortImportErrors(validateBundle(new ImportState(db.sqlite), bundle).errors);
}
