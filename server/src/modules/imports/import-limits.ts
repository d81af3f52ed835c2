import type { ImportBundle } from './import-files.js';
import { csvFileName, IMPORT_FILE_NAMES, type ImportError } from './import-result.js';
import { lineOf } from './row-lines.js';

/**
 * What one counter export may hold (docs/import-format.md, "Limits"). The full nine-year history of
 * Flanders has 284,000 rows in its largest file (recognition_status_events) and about 60 MB in all;
 * the limits leave room for growth while keeping an import's memory well under a gigabyte.
 */
export interface ImportLimits {
  /** Data rows per file (the header not counted). */
  maxRowsPerFile: number;
  /** UTF-8 bytes in one cell. */
  maxCellBytes: number;
  /** Bytes of all CSV files of one export together, checked before any file is read. */
  maxTotalBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxRowsPerFile: 500_000,
  maxCellBytes: 4_096,
  maxTotalBytes: 128 * 1024 * 1024,
};

export const tooManyRows = (file: string, line: number, limits: ImportLimits): ImportError => ({
  file,
  line,
  field: '(file)',
  message: `has more than ${limits.maxRowsPerFile.toLocaleString('en')} rows, the limit per file: split the export`,
});

export const cellTooLong = (file: string, line: number, field: string, bytes: number | null, limits: ImportLimits): ImportError => ({
  file,
  line,
  field,
  message: `${bytes === null ? 'is' : `is ${bytes.toLocaleString('en')} bytes,`} longer than the limit of ${limits.maxCellBytes.toLocaleString('en')} bytes per cell`,
});

/**
 * The same limits for a bundle handed over in memory (an upload): rows per file and bytes per
 * cell. The first offending cell of each file is reported, which is enough to find the problem.
 */
export function checkBundleLimits(bundle: ImportBundle, limits: ImportLimits = IMPORT_LIMITS): ImportError[] {
  const errors: ImportError[] = [];
  for (const name of IMPORT_FILE_NAMES) {
    const rows = bundle[name] as Record<string, string>[] | undefined;
    if (!rows) continue;
    const file = csvFileName(name);
    if (rows.length > limits.maxRowsPerFile) {
      errors.push(tooManyRows(file, limits.maxRowsPerFile + 2, limits));
      continue;
    }
    scan: for (const [index, row] of rows.entries()) {
      for (const [field, value] of Object.entries(row)) {
        // A cell of n characters has at most 3n UTF-8 bytes: only long ones are measured.
        if (value.length * 3 <= limits.maxCellBytes) continue;
        const bytes = Buffer.byteLength(value, 'utf8');
        if (bytes > limits.maxCellBytes) {
          errors.push(cellTooLong(file, lineOf(row, index), field, bytes, limits));
          break scan;
        }
      }
    }
  }
  return errors;
}
