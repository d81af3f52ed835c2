import { useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { QueryState } from '../../../components/StateView';
import { useExportHeader } from '../../../components/use-export-header';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { downloadCsv, downloadXlsx } from '../../../lib/download';
import { formatFigure } from '../../../lib/format';
import { isFigure } from '../../../lib/table';
import { useFilters } from '../../../lib/router';
import { useSession } from '../../auth/session';
import { rangeLabel } from '../../follow-up/work-list-mapper';
import { PROSPECT_SORT_KEYS, prospectFilter, prospectTable, reasonText, type ProspectFilter, type ProspectNode, type ProspectWords } from '../prospect-mapper';

// The radar's ranked prospect list: ranked, paged and sorted on the server (prospectRanking); the
// rows on screen stay until the next page has arrived; the export fetches every row of the filter
// page by page, with its progress shown, in the order on screen.

const PAGE_SIZE = 50;
/** The API's largest page (records/filters.ts MAX_PAGE_SIZE). */
const EXPORT_PAGE = 200;

const ProspectRankingQuery = graphql(`
  query ProspectRanking($filter: ProspectFilter!, $sort: ProspectSort, $direction: SortDirection, $first: Int, $offset: Int) {
    prospectRanking(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset) {
      totalCount
      hasNextPage
      nodes {
        enterpriseId
        name
        kboNumber
        jointCommitteeCodes
        municipalities
        score
        reasons { kind points count schoolYear trainingNames place sizeClass jointCommitteeCodes partnershipName }
      }
    }
  }
`);

type Sort = { key: string; dir: 'ASC' | 'DESC' } | null;

/** Radar prospects for the chosen training and every filter of the bar (roles that may read records only). */
export function ProspectList() {
  const { t } = useI18n();
  const { user } = useSession();
  const { filters } = useFilters();
  const filter = prospectFilter(filters, user?.role);
  return (
    <section className="card wide" aria-labelledby="prospects-title" data-chart="prospects">
      <header className="card-header">
        <h2 id="prospects-title">{t.radar.prospects}</h2>
      </header>
      <p className="muted small">{t.radar.prospectsIntro}</p>
      {!filter ? <p className="state state-empty">{t.radar.pickTraining}</p> : <ProspectTable key={JSON.stringify(filter)} filter={filter} />}
    </section>
  );
}

function ProspectTable({ filter }: { filter: ProspectFilter }) {
  const { t, locale } = useI18n();
  const client = useClient();
  const exportHeader = useExportHeader();
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<Sort>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const vars = { filter, sort: sort ? PROSPECT_SORT_KEYS[sort.key] : null, direction: sort?.dir ?? null };
  const [result, reexecute] = useQuery({ query: ProspectRankingQuery, variables: { ...vars, first: PAGE_SIZE, offset } });
  // The page on screen stays until the next one has arrived: the rows never jump while loading.
  const last = useRef<{ data: NonNullable<typeof result.data>['prospectRanking']; offset: number } | null>(null);
  if (result.data) last.current = { data: result.data.prospectRanking, offset };
  const data = result.data?.prospectRanking ?? last.current?.data;
  const shownOffset = result.data ? offset : (last.current?.offset ?? 0);
  const nodes: ProspectNode[] = data?.nodes ?? [];
  const words: ProspectWords = {
    title: t.radar.prospects,
    score: t.radar.prospectScore,
    enterprise: t.radar.enterprise,
    kbo: 'KBO',
    jointCommittees: t.filters.jointCommittee,
    municipality: t.radar.municipality,
    reasons: t.radar.prospectReasons,
    reasonWords: t.radar.reasons,
    locale,
  };
  const model = prospectTable(nodes, words);
  const total = data?.totalCount ?? 0;
  const loadingNext = result.fetching && !!data;

  /** Every row of the list in the order on screen, page by page. */
  async function allNodes(): Promise<ProspectNode[]> {
    const all: ProspectNode[] = [];
    for (;;) {
      const r = await client.query(ProspectRankingQuery, { ...vars, first: EXPORT_PAGE, offset: all.length }, { requestPolicy: 'network-only' }).toPromise();
      if (!r.data) throw r.error ?? new Error('export failed');
      all.push(...r.data.prospectRanking.nodes);
      setProgress({ done: all.length, total: r.data.prospectRanking.totalCount });
      if (!r.data.prospectRanking.hasNextPage || r.data.prospectRanking.nodes.length === 0) return all;
    }
  }
  async function exportAll(kind: 'csv' | 'xlsx') {
    setExportError(null);
    setProgress({ done: 0, total });
    try {
      const table = prospectTable(await allNodes(), words);
      const header = await exportHeader(table);
      if (kind === 'csv') downloadCsv(table, header);
      else await downloadXlsx(table, header);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  }
  const toggleSort = (key: string) => {
    setOffset(0);
    // Score starts strongest first; name and municipality A→Z; a third click returns to the ranking.
    const first = key === 'score' ? 'DESC' : 'ASC';
    setSort((s) => (s?.key === key ? (s.dir === first ? { key, dir: first === 'ASC' ? 'DESC' : 'ASC' } : null) : { key, dir: first }));
  };
  const activeSort = sort ?? { key: 'score', dir: 'DESC' as const };

  return (
    <QueryState fetching={result.fetching && !data} error={result.error} empty={!!data && total === 0} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      <details className="muted small work-list-rule" data-rule>
        <summary>{t.radar.prospectRuleSummary}</summary>
        {t.radar.prospectRule}
      </details>
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
      <div className="table-scroll work-table prospect-table" tabIndex={0} role="region" aria-label={t.radar.prospects} aria-busy={loadingNext}>
        <table>
          <caption className="visually-hidden">{t.radar.prospects}</caption>
          <thead>
            <tr>
              {model.columns.map((col) => {
                const sortable = col.key in PROSPECT_SORT_KEYS;
                const active = activeSort.key === col.key;
                return (
                  <th key={col.key} scope="col" className={col.unit ? 'num' : undefined} aria-sort={active ? (activeSort.dir === 'ASC' ? 'ascending' : 'descending') : undefined}>
                    {sortable ? (
                      <button type="button" className="sort-button" onClick={() => toggleSort(col.key)} title={`${t.table.sortBy} ${col.label}`}>
                        {col.label}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (activeSort.dir === 'ASC' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    ) : (
                      col.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, i) => {
              const node = nodes[i]!;
              return (
                <tr key={row.id} data-row-id={row.id} data-score={node.score}>
                  {model.columns.map((col) => {
                    const cell = row.cells[col.key];
                    if (col.key === 'name')
                      return (
                        <th key={col.key} scope="row" data-col={col.key}>
                          {cell as string}
                        </th>
                      );
                    if (col.key === 'reasons')
                      return (
                        <td key={col.key} data-col={col.key}>
                          <ul className="reason-chips">
                            {node.reasons.map((r) => (
                              <li key={r.kind} className={r.points > 0 ? 'reason-chip' : 'reason-chip reason-base'} data-reason={r.kind}>
                                {reasonText(r, t.radar.reasons, locale)}
                                {r.points > 0 && <span className="reason-points"> {template(t.radar.reasonPoints, { points: r.points })}</span>}
                              </li>
                            ))}
                          </ul>
                        </td>
                      );
                    return (
                      <td key={col.key} data-col={col.key} className={isFigure(cell) ? 'num' : undefined}>
                        {isFigure(cell) ? formatFigure(cell, 'COUNT', locale) : cell}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className="pager small" aria-label={t.radar.prospects}>
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
