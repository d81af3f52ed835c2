import { exportTable, fileName, toCsv, toCsvDocument, type ExportHeader, type TableModel } from './table';

/** Saves a blob under a file name (a download in the browser). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Without a header from the caller, the file still names its title. */
const minimalHeader = (model: TableModel): ExportHeader => ({ lines: [['Titel', model.title]], symbolColumn: '{column} (teken)' });

/**
 * The CSV in Dutch spreadsheet settings (";" and ","), its header block above the table; without a
 * header (`null`) the table alone, e.g. a mail-merge file whose first line must be the columns.
 */
export function downloadCsv(model: TableModel, header: ExportHeader | null = minimalHeader(model)): void {
  // The BOM makes Excel read the file as UTF-8 (ë, é in names).
  const text = header ? toCsvDocument(model, header) : toCsv(model);
  saveBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName(model.title, 'csv'));
}

/** The spreadsheet writer is loaded only when someone asks for a spreadsheet (its own chunk). */
export async function downloadXlsx(model: TableModel, header: ExportHeader = minimalHeader(model)): Promise<void> {
  const { xlsxBlob } = await import('./xlsx');
  saveBlob(await xlsxBlob(exportTable(model, undefined, header.symbolColumn), model.title, header.lines), fileName(model.title, 'xlsx'));
}
