import { exportRows, fileName, toCsv, type TableModel } from './table';

function save(blob: Blob, name: string): void {
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
  save(new Blob(['\uFEFF', toCsv(model)], { type: 'text/csv;charset=utf-8' }), fileName(model.title, 'csv'));
}

/** xlsx is large: loaded only when someone asks for a spreadsheet. */
export async function downloadXlsx(model: TableModel): Promise<void> {
  const XLSX = await import('xlsx');
  const sheet = XLSX.utils.aoa_to_sheet(exportRows(model));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, model.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'Tabel');
  const data = XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer;
  save(
    new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName(model.title, 'xlsx'),
  );
}
