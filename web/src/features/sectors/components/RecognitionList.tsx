import { schoolYearEnd } from '@duaal/shared';
import { useEffect, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { NoteBadge } from '../../../components/DataTable';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { template } from '../../../i18n/template';
import { useI18n } from '../../../i18n/i18n';
import { downloadCsv, downloadXlsx } from '../../../lib/download';
import { useExportHeader } from '../../../components/use-export-header';
import { toKpiFilter, type Filters } from '../../../lib/filters';
import { formatDate, formatFigure, formatNumber } from '../../../lib/format';
import { figure } from '../../../lib/kpi';
import { setViewParams, useViewParam } from '../../../lib/router';
import {
  COLUMN_KEYS,
  formatSort,
  nextSort,
  orderBy,
  parseSort,
  recognitionFilter,
  recognitionTable,
  SORT_FIELDS,
  type RecognitionListLabels,
  type RecognitionNode,
  type SortColumn,
} from '../recognition-list-mapper';

const RecognitionListRow = graphql(`
  fragment RecognitionListRow on Recognition {
    id
    applicationId
    status
    effectiveStatus
    statusSource
    autoApprovalOn
    cancellationOn
    submittedOn
    validFrom
    validTo
    endedOn
    establishment {
      establishmentNumber
      name
      municipality {
        nameNl
      }
    }
    training {
      code
      nameNl
      label
    }
    adultTraining {
      code
      nameNl
      label
    }
  }
`);

const RecognitionListQuery = graphql(
  `
    query RecognitionList($first: Int!, $after: String, $filter: RecognitionFilter, $orderBy: RecognitionOrder) {
      recognitions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...RecognitionListRow
          }
        }
      }
    }
  `,
  [RecognitionListRow],
);

const RecognitionListFigureQuery = graphql(`
  query RecognitionListFigure($schoolYear: String!, $filter: KpiFilter) {
    kpi(id: K1, schoolYear: $schoolYear, filter: $filter) {
      total {
        value
        status
      }
    }
  }
`);

const PAGE = 50;
/** Export pages: the API's maximum page size. */
const EXPORT_PAGE = 200;
/** An export reads at most this many rows (50 requests); beyond that, narrow the filters. */
const EXPORT_MAX = 10_000;

/**
 * The recognitions behind a row of the sector table (roles that may read records only): exactly
 * those K1 counts for the same filters, so the total equals the figure shown above it. A page of 50
 * with cursor pagination, ordered by the API (any column), with CSV/XLSX export of every page.
 */
export function RecognitionList({ filters, subject }: { filters: Filters & { schoolYear: string }; subject: string }) {
  const { t, locale } = useI18n();
  const [sortParam] = useViewParam('volgorde', '');
  const sort = parseSort(sortParam);
  const filter = recognitionFilter(filters);
  const year = filters.schoolYear;
  const heading = useRef<HTMLHeadingElement>(null);
  const [{ data: figureData }] = useQuery({ query: RecognitionListFigureQuery, variables: { schoolYear: year, filter: toKpiFilter(filters) } });
  const k1 = figureData ? figure(figureData.kpi.total.value, figureData.kpi.total.status) : null;

  // Bring the list into view when it opens (from the row action or a copied link); a list for
  // another row is a new component (keyed by row).
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const labels: RecognitionListLabels = {
    title: `${t.recognitions.title} ${subject} ${year}`,
    applicationId: t.recognitions.applicationId,
    submittedOn: t.recognitions.submittedOn,
    establishment: t.recognitions.establishment,
    municipality: t.recognitions.municipality,
    training: t.recognitions.training,
    status: t.recognitions.status,
    validity: t.recognitions.validity,
    alsoValidFor: t.recognitions.alsoValidFor,
    calendar: t.calendarStatus,
  };
  const close = () => setViewParams({ detail: null, volgorde: null });

  return (
    <section className="card wide" id="recognition-list" aria-labelledby="recognition-list-title" data-chart="recognition-list">
      <header className="card-header">
        <h2 id="recognition-list-title" ref={heading} tabIndex={-1}>
          {t.recognitions.title} · {subject} · {year}
        </h2>
        <div className="card-tools">
          <button type="button" className="button small" onClick={close}>
            {t.recognitions.close}
          </button>
        </div>
      </header>
      <p className="muted small">
        {template(t.recognitions.intro, { end: schoolYearEnd(year), year })}
        {k1 && (
          <>
            {' '}
            <span data-figure={k1.value ?? ''}>{template(t.recognitions.figure, { year, figure: formatFigure(k1, 'COUNT', locale) })}</span>
          </>
        )}
      </p>
      {/* A new filter or order starts again at the first page. */}
      <RecognitionPages key={JSON.stringify([filter, sortParam])} filter={filter} sort={sort} labels={labels} />
    </section>
  );
}

function RecognitionPages({
  filter,
  sort,
  labels,
}: {
  filter: ReturnType<typeof recognitionFilter>;
  sort: ReturnType<typeof parseSort>;
  labels: RecognitionListLabels;
}) {
  const { t, locale } = useI18n();
  // The cursor each page starts after; the first page starts at the beginning.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RecognitionListQuery,
    variables: { first: PAGE, after: cursors[page] ?? undefined, filter, orderBy: orderBy(sort) },
  });
  const connection = data?.recognitions;
  const nodes: RecognitionNode[] = connection?.edges.map((e) => e.node) ?? [];
  const table = recognitionTable(nodes, labels, locale);
  const total = connection?.totalCount ?? 0;
  const from = page * PAGE + 1;
  const exporter = useExport(filter, sort, labels);

  const sortBy = (column: SortColumn) => setViewParams({ volgorde: formatSort(nextSort(sort, column)) || null });

  return (
    <QueryState fetching={fetching && !data} error={error} empty={!!connection && total === 0} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      <div className="data-table">
        <div className="table-actions">
          <p className="small table-count" data-total={total} aria-live="polite">
            {template(t.recognitions.shown, {
              from: formatNumber(Math.min(from, total), 'COUNT', locale),
              to: formatNumber(Math.min(from + nodes.length - 1, total), 'COUNT', locale),
              total: formatNumber(total, 'COUNT', locale),
            })}
            {fetching && ` ${t.state.loading}`}
          </p>
          <button type="button" className="button small" disabled={exporter.busy} onClick={() => void exporter.run('csv')}>
            {t.table.csv}
          </button>
          <button type="button" className="button small" disabled={exporter.busy} onClick={() => void exporter.run('xlsx')}>
            {t.table.xlsx}
          </button>
        </div>
        {exporter.message && (
          <p className="small" role="status" data-export-status>
            {exporter.message}
          </p>
        )}
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
        <nav className="pager" aria-label={t.recognitions.pages}>
          <button type="button" className="button small" disabled={page === 0 || fetching} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t.recognitions.previous}
          </button>
          <span className="small">{template(t.recognitions.page, { page: page + 1, pages: Math.max(1, Math.ceil(total / PAGE)) })}</span>
          <button
            type="button"
            className="button small"
            disabled={!connection?.pageInfo.hasNextPage || fetching}
            onClick={() => connection?.pageInfo.endCursor && setCursors((c) => [...c, connection.pageInfo.endCursor!])}
          >
            {t.recognitions.next}
          </button>
        </nav>
      </div>
    </QueryState>
  );
}

/** Reads every page (200 at a time, at most EXPORT_MAX rows) and saves them as CSV or XLSX. */
function useExport(filter: ReturnType<typeof recognitionFilter>, sort: ReturnType<typeof parseSort>, labels: RecognitionListLabels) {
  const { t, locale } = useI18n();
  const client = useClient();
  const exportHeader = useExportHeader('K1');
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = async (format: 'csv' | 'xlsx') => {
    const nodes: RecognitionNode[] = [];
    let after: string | undefined;
    let total = 0;
    setState({ busy: true, message: t.state.loading });
    while (nodes.length < EXPORT_MAX) {
      const result = await client
        .query(RecognitionListQuery, { first: Math.min(EXPORT_PAGE, EXPORT_MAX - nodes.length), after, filter, orderBy: orderBy(sort) })
        .toPromise();
      if (!live.current) return;
      if (!result.data) {
        setState({ busy: false, message: t.state.error });
        return;
      }
      const c = result.data.recognitions;
      total = c.totalCount;
      nodes.push(...c.edges.map((e) => e.node));
      setState({ busy: true, message: template(t.recognitions.exporting, { done: formatNumber(nodes.length, 'COUNT', locale), total: formatNumber(total, 'COUNT', locale) }) });
      if (!c.pageInfo.hasNextPage || !c.pageInfo.endCursor) break;
      after = c.pageInfo.endCursor;
    }
    const model = recognitionTable(nodes, labels, locale);
    const header = await exportHeader(model);
    if (format === 'csv') downloadCsv(model, header);
    else await downloadXlsx(model, header);
    setState({
      busy: false,
      message: nodes.length < total ? template(t.recognitions.exportCapped, { shown: formatNumber(nodes.length, 'COUNT', locale), total: formatNumber(total, 'COUNT', locale) }) : '',
    });
  };
  return { ...state, run };
}
