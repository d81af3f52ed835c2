import { Fragment, useRef, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { NoteBadge } from '../../../components/DataTable';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { downloadCsv, downloadXlsx } from '../../../lib/download';
import { formatFigure } from '../../../lib/format';
import { isFigure, type TableModel } from '../../../lib/table';
import {
  rangeLabel,
  reminderTable,
  SORTS,
  workListTable,
  type ApplicationNode,
  type EstablishmentNode,
  type ListWords,
  type MentorNode,
  type RecognitionNode,
  type WorkList,
  type WorkListFilter,
} from '../work-list-mapper';
import { ActionPanel, type ActionTarget } from './ActionPanel';

// One work list, paged, sorted and filtered on the server: the four lists of Opvolging and the
// mentor list of Mentoren (the same `mentorsDue` query, without a deadline window there). The
// rows on screen stay until the next page has arrived (no reshuffling while it loads); the export
// fetches every row of the filter page by page, with its progress shown.

const PAGE_SIZE = 50;
/** The API's largest page (records/filters.ts MAX_PAGE_SIZE). */
const EXPORT_PAGE = 200;
/** The lists refetch when an action is recorded, corrected or deleted. */
export const LIVE = { additionalTypenames: ['FollowUpAction'] };

const ApplicationsQuery = graphql(`
  query WorkListApplications($filter: WorkListFilter, $sort: PendingApplicationSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: pendingApplications(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { recognitionId applicationId status submittedOn deadline deadlineKind daysLeft establishmentId establishmentName municipality trainingName jointCommitteeCode partnershipCode }
    }
  }
`);

const MentorsQuery = graphql(`
  query WorkListMentors($filter: WorkListFilter, $withinDays: Int, $sort: MentorDueSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: mentorsDue(filter: $filter, withinDays: $withinDays, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        mentorId mentorKey name firstName lastName status exportedStatus deadline daysLeft overdue partnershipCode partnershipName establishmentId
        recognitions { applicationId establishmentName municipality trainingName }
      }
    }
  }
`);

const RecognitionsQuery = graphql(`
  query WorkListRecognitions($filter: WorkListFilter, $sort: ExpiringRecognitionSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: expiringRecognitions(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { recognitionId applicationId kind validTo daysLeft runningAgreements establishmentId establishmentName municipality trainingName jointCommitteeCode partnershipCode }
    }
  }
`);

const EstablishmentsQuery = graphql(`
  query WorkListEstablishments($filter: WorkListFilter, $sort: EstablishmentToFollowUpSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: establishmentsToFollowUp(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { establishmentId establishmentName enterpriseName municipality reason recognisedSince earlyTerminations terminationReasons }
    }
  }
`);

const RecordDownloadMutation = graphql(`
  mutation WorkListRecordDownload($kind: PersonalDataDownloadKind!, $rows: Int!) {
    recordPersonalDataDownload(kind: $kind, rows: $rows)
  }
`);

type ListPage<N> = { list: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: N[] } };
type ListVars = {
  filter: WorkListFilter;
  sort?: string | null;
  direction?: 'ASC' | 'DESC' | null;
  first: number;
  offset: number;
  after?: string | null;
  withinDays?: number | null;
};
type Nodes = { applications: ApplicationNode; mentors: MentorNode; recognitions: RecognitionNode; establishments: EstablishmentNode };

const QUERIES = {
  applications: ApplicationsQuery,
  mentors: MentorsQuery,
  recognitions: RecognitionsQuery,
  establishments: EstablishmentsQuery,
} as unknown as { [L in WorkList]: TypedDocumentNode<ListPage<Nodes[L]>, AnyVariables> };

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
  const client = useClient();
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<{ key: string; dir: 'ASC' | 'DESC' } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
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

  /** Every row of the list in the order on screen, page by page (the export holds the whole list). */
  async function allNodes(): Promise<Nodes[WorkList][]> {
    const all: Nodes[WorkList][] = [];
    let after: string | null = null;
    for (;;) {
      const r = await client.query(QUERIES[list], { ...base, first: EXPORT_PAGE, offset: 0, after }, { requestPolicy: 'network-only' }).toPromise();
      if (!r.data) throw r.error ?? new Error('export failed');
      all.push(...(r.data.list.nodes as Nodes[WorkList][]));
      setProgress({ done: all.length, total: r.data.list.totalCount });
      if (!r.data.list.hasNextPage || !r.data.list.endCursor) return all;
      after = r.data.list.endCursor;
    }
  }
  /** Personal data (mentor names) leaves the product: written to the audit log before the file is made. */
  async function audit(kind: 'MENTOR_LIST' | 'MENTOR_REMINDERS', rows: number) {
    const r = await client.mutation(RecordDownloadMutation, { kind, rows }).toPromise();
    if (r.error) throw r.error;
  }
  async function exportAll(kind: 'csv' | 'xlsx' | 'reminders') {
    setExportError(null);
    setProgress({ done: 0, total: data?.totalCount ?? 0 });
    try {
      const all = await allNodes();
      if (kind === 'reminders') {
        const table = reminderTable(all as MentorNode[], words);
        await audit('MENTOR_REMINDERS', table.rows.length);
        // A mail merge reads the first line as the field names: no header block.
        downloadCsv(table, null);
        return;
      }
      const named = list === 'mentors' && (all as MentorNode[]).some((n) => n.name !== null);
      const table: TableModel = workListTable(list, all as never, words, named, tableTitle);
      if (named) await audit('MENTOR_LIST', table.rows.length);
      if (kind === 'csv') downloadCsv(table);
      else await downloadXlsx(table);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  }

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
