import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { ExportTable } from './table';

// The spreadsheet writer (write-excel-file: small, maintained, one dependency) lives in its own
// module so download.ts loads it only when someone asks for a spreadsheet: the login screen stays
// light. Text is written as typed string cells, which Excel never evaluates, so a label like
// "=1+2" stays text without the quote prefix the CSV needs. Numbers are numbers (with the
// decimals the screen shows), days are real dates (shown dd-mm-yyyy), and an "Info" sheet holds
// what the CSV writes above its table: title, filters, dates, definition, symbols.

/** Excel forbids \ / ? * [ ] : in sheet names and allows at most 31 characters. */
export function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Tabel';
}

const NUMBER_FORMAT = { PERCENT: '0.0', DAYS: '0.0', COUNT: '#,##0' } as const;

/** A day (ISO) as the spreadsheet's date: midnight UTC, which Excel stores as that calendar day. */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function sheetData(rows: (string | number)[][] | ExportTable): SheetData {
  if (Array.isArray(rows)) {
    return rows.map((row, i) =>
      row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String, fontWeight: i === 0 ? ('bold' as const) : undefined })),
    );
  }
  const header = rows.header.map((value) => ({ value, type: String, fontWeight: 'bold' as const }));
  const body = rows.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null) return null;
      if (typeof cell === 'number') {
        const unit = rows.units[i];
        return { value: cell, type: Number, format: unit === 'COUNT' && !Number.isInteger(cell) ? '#,##0.0' : NUMBER_FORMAT[unit ?? 'COUNT'] };
      }
      if (typeof cell === 'object') return { value: excelDate(cell.date), type: Date, format: 'dd-mm-yyyy' };
      return { value: cell, type: String };
    }),
  );
  return [header, ...body] as SheetData;
}

/** The header lines as a two-column sheet. */
export function infoSheetData(lines: [string, string][]): SheetData {
  return lines.map(([label, value]) => [
    { value: label, type: String, fontWeight: 'bold' as const },
    { value, type: String, wrap: true },
  ]);
}

/** The rows (header first) as a workbook: the table, and an "Info" sheet when header lines are given. */
export function xlsxBlob(rows: (string | number)[][] | ExportTable, title: string, info?: [string, string][], infoName = 'Info'): Promise<Blob> {
  const table = { data: sheetData(rows), sheet: sheetName(title), stickyRowsCount: 1 };
  if (!info?.length) return writeXlsxFile(table.data, { sheet: table.sheet }).toBlob();
  return writeXlsxFile([
    table,
    { data: infoSheetData(info), sheet: sheetName(infoName) === table.sheet ? 'Info (1)' : sheetName(infoName), columns: [{ width: 22 }, { width: 90 }] },
  ]).toBlob();
}
