import { NoteBadge } from '../../../components/DataTable';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import type { TableModel } from '../../../lib/table';
import { COLUMN_KEYS, SORT_FIELDS, type parseSort, type RecognitionListLabels, type SortColumn } from '../recognition-list-mapper';

/** One page of the recognition list as a table; the sortable headers ask for a new order. */
export function RecognitionTable({
  table,
  sort,
  labels,
  sortBy,
}: {
  table: TableModel;
  sort: ReturnType<typeof parseSort>;
  labels: RecognitionListLabels;
  sortBy: (column: SortColumn) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={labels.title}>
      <table>
        <caption className="visually-hidden">{labels.title}</caption>
        <thead>
          <tr>
            {COLUMN_KEYS.map((key) => {
              const sortable = key in SORT_FIELDS;
              const active = sortable && sort?.column === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (sort!.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {sortable ? (
                    <button type="button" className="sort-button" onClick={() => sortBy(key as SortColumn)} title={`${t.table.sortBy} ${labels[key]}`}>
                      {labels[key]}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (sort!.dir === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  ) : (
                    labels[key]
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} data-row-id={row.id}>
              {COLUMN_KEYS.map((key, i) =>
                i === 0 ? (
                  <th key={key} scope="row" data-col={key}>
                    {row.cells[key] as string}
                  </th>
                ) : (
                  <td key={key} data-col={key}>
                    {key === 'submittedOn' ? formatDate(row.cells[key] as string, locale) : (row.cells[key] as string)}
                    {row.notes?.[key] && <NoteBadge note={row.notes[key]!} />}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
