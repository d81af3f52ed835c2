import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** seeds/data: the published tables the reference lists are built from (see its README). */
export const SEEDS_DATA_FOLDER = fileURLToPath(new URL('../../data', import.meta.url));

export function dataFile(...parts: string[]): string {
  return join(SEEDS_DATA_FOLDER, ...parts);
}

/** Rows of a comma-separated file in seeds/data, keyed by its header. */
export function readDataCsv(name: string, delimiter = ','): Record<string, string>[] {
  return parse(readFileSync(dataFile(name)), { columns: true, bom: true, delimiter, skip_empty_lines: true });
}
