import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { reportSheets, type ReportDoc, type ReportLang } from './report-document.js';

// The annual report as one .xlsx workbook, one sheet per table: written the same way by the web
// (download) and by `npm run report` (no browser). Its own entry point (@duaal/shared/report-workbook)
// so the spreadsheet writer stays out of every bundle that does not write one.

export function reportWorkbookBlob(doc: ReportDoc, lang: ReportLang, options: { withPublished?: boolean } = {}): Promise<Blob> {
  const sheets = reportSheets(doc, lang, options).map((s) => ({
    sheet: s.name,
    data: s.rows.map((row, i) =>
      row.map((value) =>
        value === null
          ? null
          : typeof value === 'number'
            ? { value, type: Number }
            : { value, type: String, fontWeight: i === 0 || i === s.headerRow ? ('bold' as const) : undefined },
      ),
    ) as SheetData,
    columns: [{ width: 48 }],
  }));
  return writeXlsxFile(sheets).toBlob();
}
