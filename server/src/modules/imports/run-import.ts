import type { ImportSource } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import { importBundle, recordFailedImport, validateImportBundle } from './import-bundle.js';
import type { UploadLimits } from './upload-limits.js';
import { sortImportErrors, type ImportCounts, type ImportError } from './import-result.js';
import { readImportFiles, type ExportFile } from './read-import-folder.js';
import { unpackUpload } from './unpack-upload.js';

export interface ImportRequest {
  files: ExportFile[];
  userId: number | null;
  source: ImportSource;
  /** When the import was received (ISO instant, from the caller's clock). */
  at: string;
  limits: UploadLimits;
}

export interface ImportReport {
  ok: boolean;
  /** Every problem, in file order; nothing was written when there is one. */
  errors: ImportError[];
  /** Rows per file when written; null when refused. */
  counts: ImportCounts | null;
  durationMs: number;
  files: string[];
}

/**
 * The one path of every import of files (CLI, upload, API): unpack and check sizes, read the CSV
 * files, then validate and write through importBundle. A refused import is recorded in the audit
 * log too. When the files themselves are broken (encoding, columns) the rows are still validated,
 * so that one run lists every problem.
 */
export function runImport(db: Db, request: ImportRequest): ImportReport {
  const startedAt = performance.now();
  const files = request.files.map((f) => f.name);
  const options = { userId: request.userId, source: request.source, files, at: new Date(request.at), startedAt };
  const unpacked = unpackUpload(request.files, request.limits);
  const { bundle, errors: readErrors } = readImportFiles(unpacked.files);
  const fileErrors = [...unpacked.errors, ...readErrors];
  const result =
    fileErrors.length === 0
      ? importBundle(db, bundle, options)
      : { ok: false as const, errors: sortImportErrors([...fileErrors, ...validateImportBundle(db, bundle)]) };
  const durationMs = Math.round(performance.now() - startedAt);
  if (!result.ok) {
    recordFailedImport(db, options, result.errors.length, durationMs);
    return { ok: false, errors: result.errors, counts: null, durationMs, files };
  }
  return { ok: true, errors: [], counts: result.counts, durationMs, files };
}
