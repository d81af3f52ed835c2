// Physical CSV line of each row read from a file. Rows handed to importBundle in memory have
// none; their line is then index + 2 (header = line 1), which is the same for plain CSV files.
const lines = new WeakMap<object, number>();

export function rememberLine(row: object, line: number): void {
  lines.set(row, line);
}

export function lineOf(row: object, index: number): number {
  return lines.get(row) ?? index + 2;
}
