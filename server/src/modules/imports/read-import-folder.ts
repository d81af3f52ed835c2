import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { IMPORT_FILES, type ImportBundle, type ImportFileName } from './import-files.js';
import { cellTooLong, IMPORT_LIMITS, tooManyRows, type ImportLimits } from './import-limits.js';
import { IMPORT_FILE_NAMES, type ImportError } from './import-result.js';
import { rememberLine } from './row-lines.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const REPLACEMENT = '\uFFFD';
/** More columns than any file has: a record longer than this many cells' worth has a cell over the limit. */
const MAX_COLUMNS = 16;

/** One file of an export as received: its name (no folder) and its bytes. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

const KNOWN = new Set(IMPORT_FILE_NAMES.map((f) => `${f}.csv`));

export const isImportFileName = (name: string) => KNOWN.has(name);

export function unknownFileError(name: string): ImportError {
  return { file: name, line: 1, field: '(file)', message: `unknown file; expected one of ${[...KNOWN].join(', ')}` };
}

/** The CSV files of an export folder (other files, such as a README, are left alone). */
export function listImportFolder(folder: string): { files: ExportFile[]; errors: ImportError[] } {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { files: [], errors: [{ file: folder, line: 0, field: '(file)', message: 'folder not found' }] };
  }
  const files = readdirSync(folder)
    .filter((entry) => entry.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  return { files, errors: [] };
}

/**
 * Reads the CSV files of an export into a bundle, the one path of the CLI and the upload. Missing
 * files are fine (nothing to import for them); unknown or repeated file names, missing or unknown
 * columns, ragged rows and invalid UTF-8 are errors. The limits are checked while reading: the
 * total size before any file is parsed, the rows of a file and the size of a cell while it is
 * parsed, so an oversized export is refused early.
 */
export function readImportFiles(files: ExportFile[], limits: ImportLimits = IMPORT_LIMITS): { bundle: ImportBundle; errors: ImportError[] } {
  const bundle: ImportBundle = {};
  const errors: ImportError[] = [];
  const byName = new Map<string, ExportFile>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!KNOWN.has(file.name)) errors.push(unknownFileError(file.name));
    else if (byName.has(file.name)) errors.push({ file: file.name, line: 0, field: '(file)', message: 'sent twice; send each file once' });
    else byName.set(file.name, file);
  }
  const present = IMPORT_FILE_NAMES.filter((file) => byName.has(`${file}.csv`));
  let total = 0;
  for (const file of present) {
    total += byName.get(`${file}.csv`)!.bytes.byteLength;
    if (total > limits.maxTotalBytes) {
      const message = `the export's files add up to more than ${limits.maxTotalBytes.toLocaleString('en')} bytes, the limit per import (reached at this file): split the export`;
      return { bundle, errors: [...errors, { file: `${file}.csv`, line: 0, field: '(file)', message }] };
    }
  }
  for (const file of present) {
    const received = byName.get(`${file}.csv`)!;
    const rows = readImportFile(file, Buffer.from(received.bytes.buffer, received.bytes.byteOffset, received.bytes.byteLength), errors, limits);
    if (rows) (bundle as Record<string, unknown[]>)[file] = rows;
  }
  return { bundle, errors };
}

/** Reads the CSV files of an export folder into a bundle. */
export function readImportFolder(folder: string, limits: ImportLimits = IMPORT_LIMITS): { bundle: ImportBundle; errors: ImportError[] } {
  const listed = listImportFolder(folder);
  if (listed.errors.length > 0) return { bundle: {}, errors: listed.errors };
  return readImportFiles(listed.files, limits);
}

function readImportFile(file: ImportFileName, bytes: Buffer, errors: ImportError[], limits: ImportLimits): Record<string, string>[] | undefined {
  const fileName = `${file}.csv`;
  let validUtf8 = true;
  try {
    utf8.decode(bytes);
  } catch {
    validUtf8 = false;
  }
  const text = lenientUtf8.decode(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // Stop after one row too many, and before a giant cell fills the parser's buffer.
      to: limits.maxRowsPerFile + 2,
      max_record_size: limits.maxCellBytes * MAX_COLUMNS,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const { code, lines = 1, column } = error as { code?: string; lines?: number; column?: number };
    if (code === 'CSV_MAX_RECORD_SIZE') {
      const field = (column !== undefined && headerOf(text)[column]) || '(row)';
      errors.push(cellTooLong(fileName, lines, field, null, limits));
    } else {
      errors.push({ file: fileName, line: lines, field: '(file)', message: `not a readable CSV file: ${(error as Error).message}` });
    }
    return undefined;
  }
  const [header, ...data] = records;
  if (!header) return [];
  if (data.length > limits.maxRowsPerFile) {
    errors.push(tooManyRows(fileName, data[limits.maxRowsPerFile]!.info.lines, limits));
    return undefined;
  }

  const expected = IMPORT_FILES[file] as readonly string[];
  const columns = header.record;
  const headerLine = header.info.lines;
  if (!validUtf8 && columns.some((c) => c.includes(REPLACEMENT))) {
    errors.push({ file: fileName, line: headerLine, field: '(header)', message: 'is not valid UTF-8: save the file as UTF-8' });
  }
  for (const column of expected) {
    if (!columns.includes(column)) errors.push({ file: fileName, line: headerLine, field: column, message: 'missing column' });
  }
  for (const column of columns) {
    if (!expected.includes(column)) errors.push({ file: fileName, line: headerLine, field: column, message: 'unknown column' });
  }

  return data.map(({ record, info }) => {
    // info.lines is the line a record ends on; records spanning lines are rare in exports.
    const line = info.lines;
    if (record.length !== columns.length) {
      errors.push({ file: fileName, line, field: '(row)', message: `has ${record.length} cells, the header has ${columns.length}` });
    }
    const row: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = record[i] ?? '';
      if (!validUtf8 && value.includes(REPLACEMENT)) {
        errors.push({ file: fileName, line, field: column, message: 'is not valid UTF-8: save the file as UTF-8' });
      }
      if (value.length * 3 > limits.maxCellBytes) {
        const size = Buffer.byteLength(value, 'utf8');
        if (size > limits.maxCellBytes) errors.push(cellTooLong(fileName, line, column, size, limits));
      }
      row[column] = value;
    });
    rememberLine(row, line);
    return row;
  });
}

/** The header's cells, for naming the column of a cell the parser refused. */
function headerOf(text: string): string[] {
  const end = text.indexOf('\n');
  try {
    const [header] = parse(end < 0 ? text : text.slice(0, end), { bom: true, trim: true, relax_column_count: true }) as string[][];
    return header ?? [];
  } catch {
    return [];
  }
}
