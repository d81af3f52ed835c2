import { schoolYearEnd } from '@duaal/shared';
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { template } from '../../../i18n/template';
import { useI18n } from '../../../i18n/i18n';
import { toKpiFilter, type Filters } from '../../../lib/filters';
import { formatFigure, formatNumber } from '../../../lib/format';
import { figure } from '../../../lib/kpi';
import { setViewParams, useViewParam } from '../../../lib/router';
import { formatSort, nextSort, parseSort, recognitionFilter, recognitionTable, type RecognitionListLabels, type SortColumn } from '../recognition-list-mapper';
import { RecognitionTable } from './RecognitionTable';
import { useRecognitionExport } from './useRecognitionExport';
import { PAGE, useRecognitionPages } from './useRecognitionPages';

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
  const { data, fetching, error, reexecute, connection, nodes, total, page, from, previous, next } = useRecognitionPages(filter, sort);
  const table = recognitionTable(nodes, labels, locale);
  const exporter = useRecognitionExport(filter, sort, labels);

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
        <RecognitionTable table={table} sort={sort} labels={labels} sortBy={sortBy} />
        <nav className="pager" aria-label={t.recognitions.pages}>
          <button type="button" className="button small" disabled={page === 0 || fetching} onClick={previous}>
            {t.recognitions.previous}
          </button>
          <span className="small">{template(t.recognitions.page, { page: page + 1, pages: Math.max(1, Math.ceil(total / PAGE)) })}</span>
          <button type="button" className="button small" disabled={!connection?.pageInfo.hasNextPage || fetching} onClick={next}>
            {t.recognitions.next}
          </button>
        </nav>
      </div>
    </QueryState>
  );
}
