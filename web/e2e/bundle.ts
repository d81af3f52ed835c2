import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The chunks a built dashboard loads before any dynamic import(): the scripts index.html names
// (its entry and modulepreload links) and, recursively, their static imports.

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[\w.-]+\.js)["']/g;

/** File names (in dist/assets) of the initial chunk set. */
export function initialChunks(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(dist, 'assets', name), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1]!.slice(2));
  }
  return [...seen];
}

/** Text only write-excel-file's code contains (the workbook parts it writes). */
export const XLSX_WRITER_SIGNATURE = '[Content_Types].xml';
