import { IMPORT_FILES, type ImportFileName } from './import-files.js';

/** One problem in the bundle: `line` counts the header as line 1, so the first data row is line 2. */
export interface ImportError {
  /** The CSV file name, e.g. "recognitions.csv". */
  file: string;
  line: number;
  /** The column, or "(row)" / "(file)" when the problem is not in one cell. */
  field: string;
  message: string;
}

export interface RowCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportCounts = Record<ImportFileName, RowCounts>;

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; errors: ImportError[] };

export const IMPORT_FILE_NAMES = Object.keys(IMPORT_FILES) as ImportFileName[];

export function csvFileName(file: ImportFileName): string {
  return `${file}.csv`;
}

export function emptyCounts(): ImportCounts {
  return Object.fromEntries(IMPORT_FILE_NAMES.map((f) => [f, { inserted: 0, updated: 0, unchanged: 0 }])) as ImportCounts;
}

/** `file:line: field: message`, the form editors and CI logs link to. */
export function formatImportError(e: ImportError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}

const fileOrder = new Map(IMPORT_FILE_NAMES.map((f, i) => [csvFileName(f), i]));

/** In import order of the files, then by line; the order errors are printed in. */
export function sortImportErrors(errors: ImportError[]): ImportError[] {
  return [...errors].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 99) - (fileOrder.get(b.file) ?? 99) || a.file.localeCompare(b.file) || a.line - b.line,
  );
}
