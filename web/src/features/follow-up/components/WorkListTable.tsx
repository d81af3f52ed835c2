import { Fragment, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { NoteBadge } from '../../../components/DataTable';
import { QueryState } from '../../../components/StateView';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { formatFigure } from '../../../lib/format';
import { isFigure } from '../../../lib/table';
import { rangeLabel, SORTS, workListTable, type ListWords, type WorkList, type WorkListFilter } from '../work-list-mapper';
import type { ApplicationNode, EstablishmentNode, MentorNode, RecognitionNode, WorkListNodes as Nodes } from '../work-list-nodes';
import { ActionPanel, type ActionTarget } from './ActionPanel';
import { useWorkListExport } from './useWorkListExport';
import { QUERIES, type ListPage, type ListVars } from './work-list-queries';

// One work list, paged, sorted and filtered on the server: the four lists of Opvolging and the
// mentor list of Mentoren (the same `mentorsDue` query, without a deadline window there). The
// rows on screen stay until the next page has arrived (no reshuffling while it loads); the export
// fetches every row of the filter page by page, with its progress shown.

const PAGE_SIZE = 50;
/** The lists refetch when an action is recorded, corrected or deleted. */
export const LIVE = { additionalTypenames: ['FollowUpAction'] };

/** Where "Actie registreren" records the action, from a row of each list. */
function targetOf(list: WorkList, node: Nodes[WorkList]): ActionTarget | null {
  switch (list) {
    case 'applications':
    case 'recognitions': {
      const n = node as ApplicationNode | RecognitionNode;
      return { establishmentId: n.establishmentId, recognitionId: n.recognitionId, partnershipCode: n.partnershipCode, label: `${n.establishmentName} · ${n.applicationId}` };
    }
    case 'mentors': {
      const n = node as MentorNode;
      return n.establishmentId ? { establishmentId: n.establishmentId, mentorId: n.mentorId, partnershipCode: n.partnershipCode, label: n.name ?? n.mentorKey } : null;
    }
    case 'establishments': {
      const n = node as EstablishmentNode;
      return { establishmentId: n.establishmentId, label: n.establishmentName };
    }
  }
}

export interface WorkListTableProps {
  list: WorkList;
  filter: WorkListFilter;
  /** Mentors: 30 / 60 / 90 days (Opvolging) or null for every open follow-up (Mentoren). */
  withinDays?: number | null;
  /** The one line on how the list is computed (default: the list's rule). */
  rule?: string;
  /** Title of the table and of its downloads (default: the list's name). */
  title?: string;
}

export function WorkListTable({ list, filter, withinDays = null, rule, title }: WorkListTableProps) {
  const { t, locale } = useI18n();
  const words: ListWords = { t: t.followUp, labels: t.statusLabels, calendar: t.calendarStatus, locale };
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<{ key: string; dir: 'ASC' | 'DESC' } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const base: ListVars = { filter, sort: sort ? SORTS[list][sort.key] : null, direction: sort?.dir ?? null, first: PAGE_SIZE, offset, ...(list === 'mentors' ? { withinDays } : {}) };
  const [result, reexecute] = useQuery({ query: QUERIES[list], variables: base, context: LIVE });
  // The page on screen stays until the next one has arrived: the rows never jump while loading.
  const last = useRef<{ data: ListPage<Nodes[WorkList]>['list']; offset: number } | null>(null);
  if (result.data) last.current = { data: result.data.list, offset };
  const data = result.data?.list ?? last.current?.data;
  const shownOffset = result.data ? offset : (last.current?.offset ?? 0);
  const nodes = (data?.nodes ?? []) as Nodes[WorkList][];
  const withNames = list === 'mentors' && (nodes as MentorNode[]).some((n) => n.name !== null);
  const tableTitle = title ?? t.followUp[list];
  const model = workListTable(list, nodes as never, words, withNames, tableTitle);
  const { progress, exportError, exportAll } = useWorkListExport({ list, base, words, tableTitle, total: data?.totalCount ?? 0 });

  const toggleSort = (key: string) => {
    setOffset(0);
    setSort((s) => (s?.key === key ? (s.dir === 'ASC' ? { key, dir: 'DESC' } : null) : { key, dir: 'ASC' }));
  };
  const total = data?.totalCount ?? 0;
  const colCount = model.columns.length + 1;
  const loadingNext = result.fetching && !!data;

  return (
    <QueryState fetching={result.fetching && !data} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      <p className="muted small work-list-rule" data-rule>
        {rule ?? t.followUp.rules[list]}
      </p>
      <div className="table-actions">
        <p className="small table-count" data-total={total} aria-live="polite">
          {rangeLabel(t.followUp.range, shownOffset, nodes.length, total, locale)}
          {loadingNext && <span className="muted"> · {t.followUp.loadingPage}</span>}
        </p>
        <button type="button" className="button small" onClick={() => void exportAll('csv')} disabled={!!progress}>
          {t.table.csv}
        </button>
        <button type="button" className="button small" onClick={() => void exportAll('xlsx')} disabled={!!progress}>
          {t.table.xlsx}
        </button>
        {list === 'mentors' && (
          <button type="button" className="button small" onClick={() => void exportAll('reminders')} disabled={!!progress} title={t.followUp.remindersHint}>
            {t.followUp.reminders}
          </button>
        )}
      </div>
      {progress && (
        <p className="small export-progress" role="status" data-export-progress>
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t.followUp.exportProgress} />{' '}
          {template(t.followUp.exporting, { done: new Intl.NumberFormat(locale).format(progress.done), total: new Intl.NumberFormat(locale).format(progress.total) })}
        </p>
      )}
      {exportError && (
        <p className="form-error small" role="alert">
          {exportError}
        </p>
      )}
      <div className="table-scroll work-table" tabIndex={0} role="region" aria-label={tableTitle} aria-busy={loadingNext}>
        <table>
          <caption className="visually-hidden">{tableTitle}</caption>
          <thead>
            <tr>
              {model.columns.map((col) => {
                const sortable = col.key in SORTS[list];
                return (
                  <th
                    key={col.key}
                    scope="col"
                    className={col.unit ? 'num' : undefined}
                    aria-sort={sort?.key === col.key ? (sort.dir === 'ASC' ? 'ascending' : 'descending') : undefined}
                  >
                    {sortable ? (
                      <button type="button" className="sort-button" onClick={() => toggleSort(col.key)} title={`${t.table.sortBy} ${col.label}`}>
                        {col.label}
                        <span aria-hidden="true" className="sort-mark">
                          {sort?.key === col.key ? (sort.dir === 'ASC' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    ) : (
                      col.label
                    )}
                  </th>
                );
              })}
              <th scope="col" className="row-action">
                {t.followUp.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, i) => {
              const node = nodes[i] as Nodes[WorkList];
              const target = targetOf(list, node);
              const expanded = open === row.id;
              return (
                <Fragment key={row.id}>
                  <tr data-row-id={row.id}>
                    {model.columns.map((col, c) => {
                      const cell = row.cells[col.key];
                      const Cell = c === 0 ? 'th' : 'td';
                      const note = row.notes?.[col.key];
                      return (
                        <Cell key={col.key} scope={c === 0 ? 'row' : undefined} data-col={col.key} className={isFigure(cell) ? 'num' : undefined}>
                          {isFigure(cell) ? formatFigure(cell, 'COUNT', locale) : cell}
                          {note && <NoteBadge note={note} />}
                        </Cell>
                      );
                    })}
                    <td className="row-action">
                      {target && (
                        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : row.id)}>
                          {expanded ? t.followUp.close : t.followUp.record}
                        </button>
                      )}
                    </td>
                  </tr>
                  {expanded && target && (
                    <tr className="action-row">
                      <td colSpan={colCount}>
                        <ActionPanel target={target} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className="pager small" aria-label={tableTitle}>
        <button type="button" className="button small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          {t.followUp.previous}
        </button>
        <button type="button" className="button small" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          {t.followUp.next}
        </button>
      </nav>
    </QueryState>
  );
}
