import { IMPORT_FILES, type ImportBundle, type ImportFileName } from './import-files.js';
import { csvFileName, type ImportError } from './import-result.js';
import type { ImportState, SyncedTable } from './import-state.js';
import { lineOf } from './row-lines.js';
import { ROW_SCHEMAS, type ParsedRow } from './row-schemas.js';

export interface Parsed<F extends ImportFileName> {
  line: number;
  row: ParsedRow<F>;
}

/** KBO and establishment numbers may be written with dots; references match on the digits. */
export const digitsOf = (value: string | undefined): string => (value ?? '').trim().replace(/[.\s]/g, '');

/** Collects every error of a bundle, so the user sees them all at once. */
export class ValidationContext {
  readonly errors: ImportError[] = [];

  constructor(
    readonly state: ImportState,
    readonly bundle: ImportBundle,
  ) {}

  error(file: ImportFileName, line: number, field: string, message: string): void {
    this.errors.push({ file: csvFileName(file), line, field, message });
  }

  rawRows(file: ImportFileName): Record<string, string | undefined>[] {
    return (this.bundle[file] ?? []) as Record<string, string | undefined>[];
  }

  /** The rows that pass their file's schema; every failing cell is recorded. */
  parse<F extends ImportFileName>(file: F): Parsed<F>[] {
    const schema = ROW_SCHEMAS[file];
    const columns = IMPORT_FILES[file] as readonly string[];
    const parsed: Parsed<F>[] = [];
    this.rawRows(file).forEach((raw, index) => {
      const line = lineOf(raw, index);
      const input: Record<string, string> = {};
      for (const column of columns) input[column] = raw[column] ?? '';
      const result = schema.safeParse(input);
      if (result.success) {
        parsed.push({ line, row: result.data as ParsedRow<F> });
        return;
      }
      for (const issue of result.error.issues) this.error(file, line, String(issue.path[0] ?? '(row)'), issue.message);
    });
    return parsed;
  }

  /** Keys of a file's rows as written, valid or not, so one bad row does not also break its references. */
  bundleKeys(file: ImportFileName, column: string, normalise: (v: string | undefined) => string = (v) => v ?? ''): Set<string> {
    return new Set(this.rawRows(file).map((row) => normalise(row[column])));
  }

  private readonly keyCache = new Map<string, Set<string>>();

  /** Whether a key exists in a file of the bundle or, already imported, in its table. */
  exists(file: ImportFileName, column: string, table: SyncedTable, key: string): boolean {
    const cacheKey = `${file}.${column}`;
    let keys = this.keyCache.get(cacheKey);
    if (!keys) {
      const normalise = column === 'kbo_number' || column === 'establishment_number' ? digitsOf : undefined;
      this.keyCache.set(cacheKey, (keys = this.bundleKeys(file, column, normalise)));
    }
    return keys.has(key) || this.state.table(table).get(key) !== undefined;
  }

  /** Reports every row whose key was already used by an earlier row of the same file. */
  requireUnique<F extends ImportFileName>(file: F, rows: Parsed<F>[], keyOf: (row: ParsedRow<F>) => string, field: string): Parsed<F>[] {
    const seen = new Map<string, number>();
    return rows.filter(({ line, row }) => {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first !== undefined) {
        this.error(file, line, field, `duplicate key: same as line ${first}`);
        return false;
      }
      seen.set(key, line);
      return true;
    });
  }

  /** Reports `later` lying before `earlier` (both ISO dates; a missing one passes). */
  requireOrder(file: ImportFileName, line: number, field: string, earlier: string | null, later: string | null, message: string): boolean {
    if (earlier === null || later === null || later >= earlier) return true;
    this.error(file, line, field, message);
    return false;
  }
}
