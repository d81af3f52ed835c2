import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';

// The spreadsheet writer (write-excel-file: small, maintained, one dependency) lives in its own
// module so download.ts loads it only when someone asks for a spreadsheet: the login screen stays
// light. Text is written as typed string cells, which Excel never evaluates, so a label like
// "=1+2" stays text without the quote prefix the CSV needs.

/** Excel forbids \ / ? * [ ] : in sheet names and allows at most 31 characters. */
export function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Tabel';
}

export function sheetData(rows: (string | number)[][]): SheetData {
  return rows.map((row, i) =>
    row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String, fontWeight: i === 0 ? ('bold' as const) : undefined })),
  );
}

/** The rows (header first) as a one-sheet .xlsx workbook. */
export function xlsxBlob(rows: (string | number)[][], title: string): Promise<Blob> {
  return writeXlsxFile(sheetData(rows), { sheet: sheetName(title) }).toBlob();
}
