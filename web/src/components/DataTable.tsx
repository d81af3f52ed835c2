import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { downloadCsv, downloadXlsx } from '../lib/download';
import { formatDate, formatFigure, SYMBOLS } from '../lib/format';
import { useFilters } from '../lib/router';
import { hasSymbol, isFigure, type CellNote, type ExportHeader, type TableModel, type TableRow } from '../lib/table';
import { useExportHeader } from './use-export-header';

type Sort = { key: string; dir: 'asc' | 'desc' } | null;

function sortRows(rows: TableRow[], sort: Sort): TableRow[] {
  if (!sort) return rows;
  const factor = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[sort.key];
    const y = b.cells[sort.key];
    if (isFigure(x) || isFigure(y)) {
      const xv = isFigure(x) ? (x.value ?? -Infinity) : -Infinity;
      const yv = isFigure(y) ? (y.value ?? -Infinity) : -Infinity;
      return (xv - yv) * factor;
    }
    return String(x ?? '').localeCompare(String(y ?? ''), 'nl') * factor;
  });
}

/** The mark after a cell's text; the title explains it (also to screen readers, in the text itself). */
export function NoteBadge({ note }: { note: CellNote }) {
  return (
    <>
      {' '}
      <span className="badge" title={note.title} data-note>
        {note.text}
      </span>
    </>
  );
}

/** An extra last column with an action per row (not part of the exports). */
export interface RowAction {
  header: string;
  /** Nothing for rows without the action. */
  render: (row: TableRow) => ReactNode;
}

/** The table behind a chart: sortable, with CSV/XLSX download, symbols legend and footnote. */
/**
 * `onExport` runs before a file is made (e.g. to write a download of personal data to the audit
 * log); the file is made only once it has finished. `kpi`: the KPI whose definition the exports name.
 * `header`: the export header of a view whose choices are not the filter bar's (the table builder).
 */
export function DataTable({ model, label, rowAction, onExport, kpi, header }: { model: TableModel; label?: string; rowAction?: RowAction; onExport?: (rows: number) => Promise<unknown>; kpi?: string; header?: (model: TableModel) => Promise<ExportHeader> }) {
  const { t, locale } = useI18n();
  const filterHeader = useExportHeader(kpi);
  const exportHeader = header ?? filterHeader;
  const { set } = useFilters();
  const [sort, setSort] = useState<Sort>(null);
  const rows = useMemo(() => sortRows(model.rows, sort), [model.rows, sort]);
  const suppressed = hasSymbol(model, 'SUPPRESSED');
  const rounded = hasSymbol(model, 'ROUNDED');
  const notApplicable = hasSymbol(model, 'NOT_APPLICABLE');
  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? (s.dir === 'desc' ? { key, dir: 'asc' } : null) : { key, dir: 'desc' }));

  const renderRow = (row: TableRow, isTotal: boolean) => (
    <tr key={row.id} className={isTotal ? 'total-row' : undefined} data-row-id={row.id}>
      {model.columns.map((col, i) => {
        const cell = row.cells[col.key];
        if (isFigure(cell)) {
          const text = formatFigure(cell, row.unit ?? col.unit ?? 'COUNT', locale);
          return (
            <td
              key={col.key}
              className={`num status-${cell.status.toLowerCase()}`}
              data-col={col.key}
              data-value={cell.value ?? ''}
              data-status={cell.status}
              title={cell.status === 'SUPPRESSED' ? t.suppression.legend : cell.status === 'ROUNDED' ? t.suppression.rounded : undefined}
            >
              {text}
            </td>
          );
        }
        const Cell = i === 0 ? 'th' : 'td';
        const filter = row.filter;
        return (
          <Cell key={col.key} scope={i === 0 ? 'row' : undefined} data-col={col.key}>
            {i === 0 && filter && !isTotal ? (
              <button
                type="button"
                className="link-button"
                onClick={() => set(filter.key, filter.value as never)}
                aria-label={`${t.table.filterOn} ${cell ?? ''}`}
              >
                {cell}
              </button>
            ) : typeof cell === 'string' && model.columns[i]?.date && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? (
              formatDate(cell, locale)
            ) : (
              cell
            )}
            {row.notes?.[col.key] && <NoteBadge note={row.notes[col.key]!} />}
          </Cell>
        );
      })}
      {rowAction && <td className="row-action">{isTotal ? null : rowAction.render(row)}</td>}
    </tr>
  );

  return (
    <div className="data-table">
      <div className="table-actions">
        <button type="button" className="button small" onClick={() => void (onExport?.(model.rows.length) ?? Promise.resolve()).then(() => exportHeader(model)).then((header) => downloadCsv(model, header))}>
          {t.table.csv}
        </button>
        <button type="button" className="button small" onClick={() => void (onExport?.(model.rows.length) ?? Promise.resolve()).then(() => exportHeader(model)).then((header) => downloadXlsx(model, header))}>
          {t.table.xlsx}
        </button>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={label ?? model.title}>
        <table>
          <caption className="visually-hidden">{model.title}</caption>
          <thead>
            <tr>
              {model.columns.map((col) => (
                <th
                  key={col.key}
                  scope="col"
                  className={col.unit ? 'num' : undefined}
                  aria-sort={sort?.key === col.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(col.key)} title={`${t.table.sortBy} ${col.label}`}>
                    {col.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.key === col.key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              {rowAction && (
                <th scope="col" className="row-action">
                  {rowAction.header}
                </th>
              )}
            </tr>
          </thead>
          <tbody>{rows.map((r) => renderRow(r, false))}</tbody>
          {model.total && <tfoot>{renderRow(model.total, true)}</tfoot>}
        </table>
      </div>
      {(suppressed || rounded || notApplicable || model.distinctGroups) && (
        <div className="table-notes small">
          {suppressed && (
            <p className="legend-line" data-legend="suppressed">
              <strong aria-hidden="true">{SYMBOLS.suppressed}</strong> {t.suppression.legend}
            </p>
          )}
          {rounded && (
            <p className="legend-line" data-legend="rounded">
              <strong aria-hidden="true">{SYMBOLS.rounded}</strong> {t.suppression.rounded}
            </p>
          )}
          {notApplicable && (
            <p className="legend-line">
              <strong aria-hidden="true">{SYMBOLS.notApplicable}</strong> {t.suppression.notApplicable}
            </p>
          )}
          {model.distinctGroups && <p className="footnote">{t.table.distinctNote}</p>}
        </div>
      )}
    </div>
  );
}
