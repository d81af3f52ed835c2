import type { Db } from '../../db/client.js';
import { importBundle, validateImportBundle } from './import-bundle.js';
import { sortImportErrors, type ImportResult } from './import-result.js';
import { readImportFolder } from './read-import-folder.js';

/**
 * Reads and imports an export folder. When the files themselves are broken (encoding, columns) the
 * rows are still validated, so that one run lists every problem, but nothing is written.
 */
export function importFolder(db: Db, folder: string): ImportResult {
  const { bundle, errors } = readImportFolder(folder);
  if (errors.length === 0) return importBundle(db, bundle);
  return { ok: false, errors: sortImportErrors([...errors, ...validateImportBundle(db, bundle)]) };
}
