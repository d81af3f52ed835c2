import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/StateView';
import { graphql, type ResultOf } from '../../../graphql';
import { template } from '../../../i18n/template';
import { useI18n } from '../../../i18n/i18n';
import { useFilters } from '../../../lib/router';
import { mentorListTable, OPEN_STATUSES } from '../mentor-list-mapper';

const MentorListQuery = graphql(`
  query MentorList($first: Int!, $after: String, $filter: MentorFilter) {
    mentors(first: $first, after: $after, filter: $filter, orderBy: { field: NEXT_DEADLINE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          mentorKey
          firstName
          lastName
          trainingRecords {
            status
            effectiveStatus
            statusSource
            daysToDeadline
            deadline
            location
            partnership {
              code
              nameNl
            }
          }
        }
      }
    }
  }
`);

const RecordMentorListDownload = graphql(`
  mutation MentorListRecordDownload($rows: Int!) {
    recordPersonalDataDownload(kind: MENTOR_LIST, rows: $rows)
  }
`);

const PAGE = 200;
/** Safety cap: a sector has at most a few thousand open follow-ups. */
const MAX_PAGES = 25;

type MentorPage = ResultOf<typeof MentorListQuery>['mentors'];

/** Loads every page of the open follow-ups, so the whole list can be sorted and exported. */
function useAllMentors(code: string | undefined) {
  const client = useClient();
  const [state, setState] = useState<{ nodes: MentorPage['edges'][number]['node'][]; total: number | null; error?: CombinedError; fetching: boolean }>({
    nodes: [],
    total: null,
    fetching: true,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ nodes: [], total: null, fetching: true });
    (async () => {
      const nodes: MentorPage['edges'][number]['node'][] = [];
      let after: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const result = await client
          .query(MentorListQuery, { first: PAGE, after, filter: { partnerships: code ? [code] : undefined, trainingStatuses: [...OPEN_STATUSES] } }, { requestPolicy: attempt ? 'network-only' : 'cache-first' })
          .toPromise();
        if (!live) return;
        // Partial data is fine: a name the caller may not read (another partnership's
        // recognition) comes back null with a FORBIDDEN error, and the row shows the mentor key.
        if (!result.data) {
          setState({ nodes, total: null, error: result.error, fetching: false });
          return;
        }
        nodes.push(...result.data.mentors.edges.map((e) => e.node));
        setState({ nodes: [...nodes], total: result.data.mentors.totalCount, fetching: result.data.mentors.pageInfo.hasNextPage });
        if (!result.data.mentors.pageInfo.hasNextPage) return;
        after = result.data.mentors.pageInfo.endCursor ?? undefined;
      }
      setState((s) => ({ ...s, fetching: false }));
    })();
    return () => {
      live = false;
    };
  }, [client, code, attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

/**
 * The mentors of the user's partnership whose training is pending or overdue, pending ones by
 * nearest deadline, then overdue ones; sortable and exportable. The server limits the list to the caller's partnership.
 */
export function MentorList({ partnership }: { partnership?: string }) {
  const { t } = useI18n();
  const { filters } = useFilters();
  const code = partnership ?? filters.partnership;
  const { nodes, total, error, fetching, retry } = useAllMentors(code);
  const client = useClient();
  // Names are personal data: a file that holds any is written to the audit log first.
  const withNames = nodes.some((n) => n.firstName !== null || n.lastName !== null);
  const recordDownload = (rows: number) => client.mutation(RecordMentorListDownload, { rows }).toPromise();
  // Status and days come from the API, as of the server's today (the one clock), never the browser's.
  const table = mentorListTable(
    nodes,
    {
      title: t.mentors.listTitle,
      name: t.mentors.name,
      key: t.mentors.key,
      partnership: t.filters.partnership,
      status: t.mentors.status,
      deadline: t.mentors.deadline,
      term: t.mentors.term,
      overdue: t.mentors.daysOverdue,
      calendar: t.calendarStatus,
    },
    code,
  );
  return (
    <section className="card wide" aria-labelledby="mentor-list-title" data-chart="mentor-list">
      <header className="card-header">
        <h2 id="mentor-list-title">{t.mentors.listTitle}</h2>
      </header>
      <p className="muted small">{t.mentors.listIntro}</p>
      <QueryState fetching={fetching && nodes.length === 0} error={error} empty={!fetching && nodes.length === 0} retry={retry}>
        <p className="small" data-total={total ?? ''} aria-live="polite">
          {template(t.mentors.shown, { shown: table.rows.length, total: total ?? nodes.length })}
          {fetching && ` ${t.state.loading}`}
        </p>
        <DataTable model={table} onExport={withNames ? recordDownload : undefined} />
      </QueryState>
    </section>
  );
}
