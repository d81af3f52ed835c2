import { systemClock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { UPLOAD_LIMITS } from './upload-limits.js';
import type { ImportResult } from './import-result.js';
import { listImportFolder } from './read-import-folder.js';
import { runImport } from './run-import.js';

/** Reads and imports an export folder through the same path as an upload (`npm run import`). */
export function importFolder(db: Db, folder: string, options: { at?: Date; userId?: number | null } = {}): ImportResult {
  const listed = listImportFolder(folder);
  if (listed.errors.length > 0) return { ok: false, errors: listed.errors };
  const report = runImport(db, {
    files: listed.files,
    userId: options.userId ?? null,
    source: 'CLI',
    at: (options.at ?? systemClock.now()).toISOString(),
    limits: UPLOAD_LIMITS,
  });
  return report.counts ? { ok: true, counts: report.counts } : { ok: false, errors: report.errors };
}
