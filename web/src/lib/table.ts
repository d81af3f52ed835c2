import type { FilterKey } from './filters';
import { formatFigure, SYMBOLS, type Symbols } from './format';
import { hasNumber, type Figure, type KpiUnit } from './kpi';

// The table behind every chart: one model that the DataTable renders and the CSV/XLSX
// exports write, so a download always holds the rows on screen.

export interface Column {
  key: string;
  label: string;
  /** Number columns hold a Figure; text columns a string. */
  unit?: KpiUnit;
}

/** A mark after a text cell (a badge), with an explanation for its title. */
export interface CellNote {
  text: string;
  title: string;
}

export interface TableRow {
  id: string;
  cells: Record<string, Figure | string | undefined>;
  /** Marks after text cells, by column key; exports write them in brackets after the text. */
  notes?: Record<string, CellNote | undefined>;
  /** A click on the row's label sets this filter (cross-filtering / drill-down). */
  filter?: { key: FilterKey; value: string };
}

export interface TableModel {
  title: string;
  columns: Column[];
  rows: TableRow[];
  /** The result's own distinct total. */
  total?: TableRow;
  /** Rows are distinct counts per group: show the footnote that they may exceed the total. */
  distinctGroups?: boolean;
}

export const isFigure = (cell: unknown): cell is Figure =>
  typeof cell === 'object' && cell !== null && 'status' in cell;

/** Rows for an export: the header, then every row (and the total), numbers as numbers. */
export function exportRows(model: TableModel, symbols: Symbols = SYMBOLS): (string | number)[][] {
  const header = model.columns.map((c) => c.label);
  const rows = model.total ? [...model.rows, model.total] : model.rows;
  return [
    header,
    ...rows.map((row) =>
      model.columns.map((col) => {
        const cell = row.cells[col.key];
        if (cell === undefined) return '';
        const note = row.notes?.[col.key];
        if (!isFigure(cell)) return note ? `${cell} (${note.text})` : cell;
        if (cell.value === null || !hasNumber(cell.status)) return formatFigure(cell, col.unit ?? 'COUNT', 'en', symbols);
        return cell.value;
      }),
    ),
  ];
}

// A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection:
// `=HYPERLINK(...)`, `@SUM(...)`, `-2+3`). OWASP: prefix it with a quote so it is shown as text.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number written as text ("-12", "-3.5") is not a formula: keep it a number for Excel.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** A text cell made safe for spreadsheets; numbers (typed as numbers) are never changed. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? String(v) : neutraliseFormula(v);
  return /[";\n\r\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with ";" as separator (what Excel expects in Belgium), CRLF line ends. */
export function toCsv(model: TableModel, symbols: Symbols = SYMBOLS): string {
  return exportRows(model, symbols)
    .map((row) => row.map(csvField).join(';'))
    .join('\r\n');
}

export function hasSymbol(model: TableModel, status: 'ROUNDED' | 'SUPPRESSED' | 'NOT_APPLICABLE'): boolean {
  const rows = model.total ? [...model.rows, model.total] : model.rows;
  return rows.some((r) => Object.values(r.cells).some((c) => isFigure(c) && c.status === status));
}

export function fileName(title: string, ext: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'tabel'}.${ext}`;
}
