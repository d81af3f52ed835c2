import { Fragment, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { PageIntro } from '../../components/PageIntro';
import { QueryState } from '../../components/StateView';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { downloadCsv, downloadXlsx } from '../../lib/download';
import { formatFigure } from '../../lib/format';
import { useFilters, useViewParam } from '../../lib/router';
import { isFigure, type TableModel } from '../../lib/table';
import { useSession } from '../auth/session';
import { useClock } from '../clock/clock';
import { ActionPanel, type ActionTarget } from './components/ActionPanel';
import {
  rangeLabel,
  reminderTable,
  SORTS,
  workListFilter,
  workListTable,
  WORK_LISTS,
  type ApplicationNode,
  type EstablishmentNode,
  type MentorNode,
  type RecognitionNode,
  type WorkList,
  type WorkListFilter,
} from './work-list-mapper';

// The Opvolging page: four work lists of the user's partnership (server-side paging, sorting and
// filtering), each with its rule, an export of every row, and "Actie registreren" on every row.

const PAGE_SIZE = 50;
const EXPORT_PAGE = 200;
/** The lists refetch when an action is recorded, corrected or deleted. */
const LIVE = { additionalTypenames: ['FollowUpAction'] };

const CountsQuery = graphql(`
  query FollowUpCounts($filter: WorkListFilter, $withinDays: Int) {
    pendingApplications(filter: $filter, first: 0) { totalCount }
    mentorsDue(filter: $filter, withinDays: $withinDays, first: 0) { totalCount }
    expiringRecognitions(filter: $filter, first: 0) { totalCount }
    establishmentsToFollowUp(filter: $filter, first: 0) { totalCount }
  }
`);

const K19Query = graphql(`
  query FollowUpK19($schoolYear: String!, $filter: KpiFilter) {
    kpi(id: K19, schoolYear: $schoolYear, filter: $filter) { total { value status } }
  }
`);

const ApplicationsQuery = graphql(`
  query FollowUpApplications($filter: WorkListFilter, $sort: PendingApplicationSort, $direction: SortDirection, $first: Int, $offset: Int) {
    list: pendingApplications(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset) {
      totalCount
      rule
      nodes { recognitionId applicationId status submittedOn deadline deadlineKind daysLeft establishmentId establishmentName municipality trainingName jointCommitteeCode partnershipCode }
    }
  }
`);

const MentorsQuery = graphql(`
  query FollowUpMentors($filter: WorkListFilter, $withinDays: Int, $sort: MentorDueSort, $direction: SortDirection, $first: Int, $offset: Int) {
    list: mentorsDue(filter: $filter, withinDays: $withinDays, sort: $sort, direction: $direction, first: $first, offset: $offset) {
      totalCount
      rule
      nodes { mentorId mentorKey name status deadline daysLeft overdue partnershipCode establishmentId recognitions { applicationId establishmentName trainingName } }
    }
  }
`);

const RecognitionsQuery = graphql(`
  query FollowUpRecognitions($filter: WorkListFilter, $sort: ExpiringRecognitionSort, $direction: SortDirection, $first: Int, $offset: Int) {
    list: expiringRecognitions(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset) {
      totalCount
      rule
      nodes { recognitionId applicationId kind validTo daysLeft runningAgreements establishmentId establishmentName municipality trainingName jointCommitteeCode partnershipCode }
    }
  }
`);

const EstablishmentsQuery = graphql(`
  query FollowUpEstablishments($filter: WorkListFilter, $sort: EstablishmentToFollowUpSort, $direction: SortDirection, $first: Int, $offset: Int) {
    list: establishmentsToFollowUp(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset) {
      totalCount
      rule
      nodes { establishmentId establishmentName enterpriseName municipality reason recognisedSince earlyTerminations terminationReasons }
    }
  }
`);

type ListResult<N> = { list: { totalCount: number; rule: string; nodes: N[] } };
type ListVars = { filter: WorkListFilter; sort?: string | null; direction?: 'ASC' | 'DESC' | null; first: number; offset: number; withinDays?: number };
type Nodes = { applications: ApplicationNode; mentors: MentorNode; recognitions: RecognitionNode; establishments: EstablishmentNode };

const QUERIES = {
  applications: ApplicationsQuery,
  mentors: MentorsQuery,
  recognitions: RecognitionsQuery,
  establishments: EstablishmentsQuery,
} as unknown as { [L in WorkList]: TypedDocumentNode<ListResult<Nodes[L]>, AnyVariables> };

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

export function FollowUpPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { filters } = useFilters();
  const { schoolYear } = useClock();
  const [tab, setTab] = useViewParam('lijst', 'applications');
  const [days, setDays] = useViewParam('dagen', '30');
  const list: WorkList = (WORK_LISTS as readonly string[]).includes(tab) ? (tab as WorkList) : 'applications';
  const withinDays = ['30', '60', '90'].includes(days) ? Number(days) : 30;
  const filter = workListFilter(filters, user?.role);
  const allowed = user?.role === 'SECTOR_STAFF' || user?.role === 'ADMIN';
  const [counts] = useQuery({ query: CountsQuery, variables: { filter: filter as never, withinDays }, context: LIVE, pause: !allowed });
  const [k19] = useQuery({
    query: K19Query,
    variables: { schoolYear: filters.schoolYear ?? schoolYear, filter: user?.role === 'SECTOR_STAFF' && user.partnership ? { partnerships: [user.partnership.code] } : filters.partnership ? { partnerships: [filters.partnership] } : {} },
    context: LIVE,
    pause: !allowed,
  });

  if (!allowed) {
    return (
      <>
        <PageIntro title={t.followUp.title} intro={t.followUp.intro} />
        <p className="state" role="status">{t.followUp.notAllowed}</p>
      </>
    );
  }
  const count = (l: WorkList) => {
    const d = counts.data;
    if (!d) return undefined;
    return { applications: d.pendingApplications, mentors: d.mentorsDue, recognitions: d.expiringRecognitions, establishments: d.establishmentsToFollowUp }[l].totalCount;
  };
  const k19Total = k19.data?.kpi.total;
  return (
    <>
      <PageIntro title={t.followUp.title} intro={t.followUp.intro} />
      {k19Total && (
        <p className="small" data-kpi="K19" data-value={k19Total.value ?? ''}>
          {t.followUp.actions} ({filters.schoolYear ?? schoolYear}, K19): <strong>{k19Total.value ?? '–'}</strong>
        </p>
      )}
      <div role="tablist" aria-label={t.followUp.tabs} className="tabs">
        {WORK_LISTS.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            id={`tab-${l}`}
            aria-selected={l === list}
            aria-controls={`panel-${l}`}
            className={`tab${l === list ? ' active' : ''}`}
            onClick={() => setTab(l)}
          >
            {t.followUp[l]} <span className="badge" data-count={count(l) ?? ''}>{count(l) ?? '…'}</span>
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${list}`} aria-labelledby={`tab-${list}`} className="card wide" data-list={list} data-chart="work-list">
        {list === 'mentors' && (
          <label className="small inline-field">
            {t.followUp.withinDays}{' '}
            <select value={String(withinDays)} onChange={(e) => setDays(e.target.value)}>
              {[30, 60, 90].map((d) => (
                <option key={d} value={d}>
                  {template(t.followUp.days, { days: d })}
                </option>
              ))}
            </select>
          </label>
        )}
        <WorkListTable key={`${list}:${withinDays}:${JSON.stringify(filter)}`} list={list} filter={filter} withinDays={withinDays} />
      </section>
    </>
  );
}

function WorkListTable({ list, filter, withinDays }: { list: WorkList; filter: WorkListFilter; withinDays: number }) {
  const { t, locale } = useI18n();
  const client = useClient();
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<{ key: string; dir: 'ASC' | 'DESC' } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const base: ListVars = { filter, sort: sort ? SORTS[list][sort.key] : null, direction: sort?.dir ?? null, first: PAGE_SIZE, offset, ...(list === 'mentors' ? { withinDays } : {}) };
  const [result, reexecute] = useQuery({ query: QUERIES[list], variables: base, context: LIVE });
  const data = result.data?.list;
  const nodes = (data?.nodes ?? []) as Nodes[WorkList][];
  const withNames = list === 'mentors' && (nodes as MentorNode[]).some((n) => n.name !== null);
  const model = workListTable(list, nodes as never, t.followUp, withNames);

  /** Every row of the list, page by page (the export holds the whole list, not the page). */
  async function allNodes(): Promise<Nodes[WorkList][]> {
    const all: Nodes[WorkList][] = [];
    for (let page = 0; ; page++) {
      const r = await client.query(QUERIES[list], { ...base, first: EXPORT_PAGE, offset: page * EXPORT_PAGE }, { requestPolicy: 'network-only' }).toPromise();
      if (!r.data) throw r.error ?? new Error('export failed');
      all.push(...(r.data.list.nodes as Nodes[WorkList][]));
      setExporting(template(t.followUp.exporting, { done: all.length, total: r.data.list.totalCount }));
      if (all.length >= r.data.list.totalCount || r.data.list.nodes.length === 0) return all;
    }
  }
  async function exportAll(kind: 'csv' | 'xlsx' | 'reminders') {
    try {
      const all = await allNodes();
      if (kind === 'reminders') {
        const table = reminderTable(all as MentorNode[], t.followUp);
        await client.mutation(RecordDownloadMutation, { rows: table.rows.length }).toPromise();
        downloadCsv(table);
      } else {
        const withNames = list === 'mentors' && (all as MentorNode[]).some((n) => n.name !== null);
        const table: TableModel = workListTable(list, all as never, t.followUp, withNames);
        // Mentor names are personal data: the download is written to the audit log first.
        if (withNames) await client.mutation(RecordWorkListDownload, { rows: table.rows.length }).toPromise();
        if (kind === 'csv') downloadCsv(table);
        else await downloadXlsx(table);
      }
    } finally {
      setExporting(null);
    }
  }

  const toggleSort = (key: string) => {
    setOffset(0);
    setSort((s) => (s?.key === key ? (s.dir === 'ASC' ? { key, dir: 'DESC' } : null) : { key, dir: 'ASC' }));
  };
  const total = data?.totalCount ?? 0;
  const colCount = model.columns.length + 1;

  return (
    <QueryState fetching={result.fetching && !data} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      <p className="muted small work-list-rule" data-rule>{data?.rule}</p>
      <div className="table-actions">
        <p className="small table-count" data-total={total} aria-live="polite">
          {rangeLabel(t.followUp.range, offset, nodes.length, total)}
          {exporting && ` · ${exporting}`}
        </p>
        <button type="button" className="button small" onClick={() => void exportAll('csv')} disabled={!!exporting}>
          {t.table.csv}
        </button>
        <button type="button" className="button small" onClick={() => void exportAll('xlsx')} disabled={!!exporting}>
          {t.table.xlsx}
        </button>
        {list === 'mentors' && (
          <button type="button" className="button small" onClick={() => void exportAll('reminders')} disabled={!!exporting} title={t.followUp.remindersHint}>
            {t.followUp.reminders}
          </button>
        )}
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.followUp[list]}>
        <table>
          <caption className="visually-hidden">{t.followUp[list]}</caption>
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
                      return (
                        <Cell key={col.key} scope={c === 0 ? 'row' : undefined} data-col={col.key} className={isFigure(cell) ? 'num' : undefined}>
                          {isFigure(cell) ? formatFigure(cell, 'COUNT', locale) : cell}
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
      <nav className="pager small" aria-label={t.followUp[list]}>
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

const RecordWorkListDownload = graphql(`
  mutation FollowUpRecordWorkListDownload($rows: Int!) {
    recordPersonalDataDownload(kind: MENTOR_WORK_LIST, rows: $rows)
  }
`);

const RecordDownloadMutation = graphql(`
  mutation FollowUpRecordDownload($rows: Int!) {
    recordPersonalDataDownload(kind: MENTOR_REMINDERS, rows: $rows)
  }
`);
