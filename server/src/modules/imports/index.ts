// The import module's public face: other modules, the CLI, seeds and scripts import from here (or
// `@duaal/server/imports`), never from its files (server/src/boundaries.test.ts checks it).

export { importBundle, validateImportBundle, type ImportOptions } from './import-bundle.js';
export { importFolder } from './import-folder.js';
export { IMPORT_FILES, type ImportBundle, type ImportFileName, type ImportRow } from './import-files.js';
export { IMPORT_LIMITS, type ImportLimits } from './import-limits.js';
export { formatImportError, IMPORT_FILE_NAMES, type ImportCounts, type ImportError, type ImportResult } from './import-result.js';
export { formatMegabytes, UPLOAD_LIMITS, type UploadLimits } from './upload-limits.js';
export { databaseDigest } from './database-digest.js';
export { deriveRecognition, type StatusEvent } from './recognition-derivation.js';
export { importUploadedFiles, listImportRuns, type ImportRun } from './imports.service.js';
