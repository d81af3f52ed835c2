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
  /** A text column of ISO days (YYYY-MM-DD): shown dd-mm-yyyy, a real date in XLSX. */
  date?: boolean;
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
  /** The unit of this row's figures when it is not its columns' (a table with a KPI per row). */
  unit?: KpiUnit;
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
  const s = typeof v === 'number' ? String(v).replace('.', ',') : neutraliseFormula(v);
  return /[";\n\r\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with ";" as separator (what Excel expects in Belgium), CRLF line ends: the table alone. */
export function toCsv(model: TableModel, symbols: Symbols = SYMBOLS, symbolColumn = DEFAULT_SYMBOL_COLUMN): string {
  const table = exportTable(model, symbols, symbolColumn);
  return [table.header, ...table.rows]
    .map((row) => row.map((cell) => csvField(csvCell(cell))).join(';'))
    .join('\r\n');
}

/**
 * What an export says about itself, above the table (CSV) or on its "Info" sheet (XLSX): the
 * title, the filters in words, the day of the export and of the data, the definition, the symbols.
 */
export interface ExportHeader {
  /** Label and value, e.g. ["Filters", "Schooljaar 2025-2026 · Limburg"]. */
  lines: [string, string][];
  /** The header of the symbol column beside a number column, "{column} (teken)". */
  symbolColumn: string;
}

const DEFAULT_SYMBOL_COLUMN = '{column} (teken)';

/** A cell of an export: text, a number (rounded as on screen), a day (ISO) or nothing. */
export type ExportCell = string | number | { date: string } | null;

export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
  /** The unit of each column (null: text or date), for the number format of the spreadsheet. */
  units: (KpiUnit | null)[];
}

/** A value rounded as the screen shows it: percentages to one decimal, counts and days to one at most. */
export function roundAsShown(value: number, unit: KpiUnit): number {
  const rounded = Math.round(value * 10) / 10;
  return unit === 'PERCENT' || unit === 'DAYS' || !Number.isInteger(value) ? rounded : value;
}

/**
 * The export's table: a number column holds numbers only (rounded as on screen); where a value
 * has no number (suppressed, not applicable) its cell stays empty and a symbol column right after
 * it holds the symbol ("•", "–"; "≈" beside a rounded number). The symbol column is there only
 * when the column has such a value.
 */
export function exportTable(model: TableModel, symbols: Symbols = SYMBOLS, symbolColumn = DEFAULT_SYMBOL_COLUMN): ExportTable {
  const rows = model.total ? [...model.rows, model.total] : model.rows;
  const marked = new Set(
    model.columns.filter((col) => col.unit && rows.some((r) => { const c = r.cells[col.key]; return isFigure(c) && c.status !== 'OK'; })).map((c) => c.key),
  );
  const header: string[] = [];
  const units: (KpiUnit | null)[] = [];
  for (const col of model.columns) {
    header.push(col.label);
    units.push(col.unit ?? null);
    if (marked.has(col.key)) {
      header.push(symbolColumn.replace('{column}', col.label));
      units.push(null);
    }
  }
  return {
    header,
    units,
    rows: rows.map((row) =>
      model.columns.flatMap((col): ExportCell[] => {
        const cell = row.cells[col.key];
        if (isFigure(cell)) {
          const value = cell.value !== null && hasNumber(cell.status) ? roundAsShown(cell.value, row.unit ?? col.unit ?? 'COUNT') : null;
          const symbol = cell.status === 'SUPPRESSED' ? symbols.suppressed : cell.status === 'ROUNDED' ? symbols.rounded : value === null ? symbols.notApplicable : '';
          return marked.has(col.key) ? [value, symbol] : [value];
        }
        if (cell === undefined) return marked.has(col.key) ? [null, null] : [null];
        if (col.date && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return [{ date: cell }];
        const note = row.notes?.[col.key];
        return [note ? `${cell} (${note.text})` : cell];
      }),
    ),
  };
}

/** A number with a decimal comma and no grouping ("33,0" → 33 in a Dutch spreadsheet), a day as dd-mm-yyyy. */
export function csvCell(cell: ExportCell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'object') return cell.date.split('-').reverse().join('-');
  return cell;
}

/** The CSV a user can hand on: the header lines, an empty line, then the table. */
export function toCsvDocument(model: TableModel, header: ExportHeader, symbols: Symbols = SYMBOLS): string {
  const lines = header.lines.map(([label, value]) => [label, value].map(csvField).join(';'));
  return [...lines, '', toCsv(model, symbols, header.symbolColumn)].join('\r\n');
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
