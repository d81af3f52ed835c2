import { exportRows, fileName, toCsv, type TableModel } from './table';

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

export function downloadCsv(model: TableModel): void {
  // The BOM makes Excel read the file as UTF-8 (ë, é in names).
  saveBlob(new Blob(['\uFEFF', toCsv(model)], { type: 'text/csv;charset=utf-8' }), fileName(model.title, 'csv'));
}

/** The spreadsheet writer is loaded only when someone asks for a spreadsheet (its own chunk). */
export async function downloadXlsx(model: TableModel): Promise<void> {
  const { xlsxBlob } = await import('./xlsx');
  saveBlob(await xlsxBlob(exportRows(model), model.title), fileName(model.title, 'xlsx'));
}
