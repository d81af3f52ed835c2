import type { ImportSource } from '@duaal/shared';
import { systemClock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { ImportBundle } from './import-files.js';
import { checkBundleLimits, type ImportLimits } from './import-limits.js';
import { sortImportErrors, type ImportCounts, type ImportError, type ImportResult } from './import-result.js';
import { ImportState } from './import-state.js';
import { appendAuditLog } from '../auth/audit.js';
import { publishDataChange } from '../live/data-changes.js';
import { validateBundle } from './validate-bundle.js';
import { writeBundle } from './write-bundle.js';

export interface ImportOptions {
  userId?: number | null;
  /** Default DEMO: the in-process callers without a user are the demo generator and the calibration. */
  source?: ImportSource;
  /** The names of the files received (for the import history). */
  files?: string[];
  /** When the import was received; the caller's clock (default: the system clock). */
  at?: Date;
  /** Check rows per file and bytes per cell first (bundles from outside, e.g. an upload). */
  limits?: ImportLimits;
  /** performance.now() when the import started, for the duration in the history. */
  startedAt?: number;
}

/** The audit detail of an import (kept small: never the submitted content). */
export interface ImportAuditDetail {
  source: ImportSource;
  files: string[];
  durationMs: number;
  counts?: ImportCounts;
  errorCount?: number;
}

/**
 * Imports a counter export: every row is validated first, and only a bundle without a single error
 * is written, in one transaction that also holds its audit-log row (written last: if either fails,
 * neither stays). Rows are upserted on their natural
 * keys, so importing the same bundle again changes nothing, and an export of only the rows changed
 * since the last one updates just those. A bundle that changed something is announced to the open
 * dashboards (modules/live).
 *
 * The validation reads a snapshot without the write lock, so other writers (logins) go on during
 * the long part; the write takes the lock (BEGIN IMMEDIATE) and validates again only when another
 * connection committed in between.
 */
export function importBundle(db: Db, bundle: ImportBundle, options: ImportOptions = {}): ImportResult {
  if (options.limits) {
    const tooLarge = checkBundleLimits(bundle, options.limits);
    if (tooLarge.length > 0) return { ok: false, errors: sortImportErrors(tooLarge) };
  }
  const startedAt = options.startedAt ?? performance.now();
  const dataVersion = () => db.sqlite.pragma('data_version', { simple: true }) as number;
  const check = () => {
    const state = new ImportState(db.sqlite);
    return { state, ...validateBundle(state, bundle), version: dataVersion() };
  };
  const checked = db.sqlite.transaction(check).deferred();
  if (checked.errors.length > 0) return { ok: false, errors: sortImportErrors(checked.errors) };

  const write = db.sqlite.transaction((): ImportResult => {
    const current = dataVersion() === checked.version ? checked : check();
    if (current.errors.length > 0) return { ok: false, errors: sortImportErrors(current.errors) };
    const counts = writeBundle(current.state, current.plan);
    const detail: ImportAuditDetail = {
      source: options.source ?? 'DEMO',
      files: options.files ?? [],
      durationMs: Math.round(performance.now() - startedAt),
      counts,
    };
    insertAuditRow(db, 'import', options, detail);
    return { ok: true, counts };
  });
  const result = write.immediate();
  // After the commit: open dashboards fetch their figures again (nothing to say when nothing changed).
  if (result.ok) {
    const changed = Object.entries(result.counts).filter(([, c]) => c.inserted + c.updated > 0).map(([file]) => file);
    if (changed.length > 0) publishDataChange(db, { source: 'IMPORT', tables: changed });
  }
  return result;
}

/**
 * Records a refused import, after the rollback and in its own transaction: who, which files, how
 * many errors. Its action differs from `import`, so nothing watching for changed data reacts to it.
 */
export function recordFailedImport(db: Db, options: ImportOptions, errorCount: number, durationMs: number): void {
  const detail: ImportAuditDetail = { source: options.source ?? 'DEMO', files: options.files ?? [], durationMs, errorCount };
  db.sqlite.transaction(() => insertAuditRow(db, 'import_failed', options, detail)).immediate();
}

/** The import's audit row, through the one audit writer, inside the caller's transaction. */
function insertAuditRow(db: Db, action: 'import' | 'import_failed', options: ImportOptions, detail: ImportAuditDetail): void {
  appendAuditLog(db, { userId: options.userId ?? null, action, entity: 'counter-export', detail: JSON.stringify(detail) }, options.at ?? systemClock.now());
}

/** Only the checks, nothing written: for a bundle that is already known to be broken (bad encoding). */
export function validateImportBundle(db: Db, bundle: ImportBundle): ImportError[] {
  return sortImportErrors(validateBundle(new ImportState(db.sqlite), bundle).errors);
}
