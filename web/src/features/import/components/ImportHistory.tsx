import { useEffect } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { formatInstant, formatSeconds, totalCounts } from '../import-mapper';

export const ImportHistoryQuery = graphql(`
  query ImportHistory {
    importRuns(first: 20) {
      id
      at
      userEmail
      source
      files
      ok
      errorCount
      durationMs
      counts {
        file
        inserted
        updated
        unchanged
      }
    }
  }
`);

/** The latest imports from the audit log; `refreshKey` changes after each upload to ask again. */
export function ImportHistory({ refreshKey }: { refreshKey: number }) {
  const { t, locale } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ImportHistoryQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const runs = data?.importRuns ?? [];
  const m = t.importData;
  const number = new Intl.NumberFormat(locale);
  return (
    <section className="card" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{m.history}</h2>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {runs.length === 0 ? (
          <p className="state state-empty">{m.historyEmpty}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="import-history-title">
            <table className="import-history">
              <thead>
                <tr>
                  <th scope="col">{m.when}</th>
                  <th scope="col">{m.who}</th>
                  <th scope="col">{m.source}</th>
                  <th scope="col">{m.files}</th>
                  <th scope="col">{m.counts}</th>
                  <th scope="col" className="num">
                    {m.duration}
                  </th>
                  <th scope="col">{m.result}</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => {
                  const total = totalCounts(run.counts);
                  return (
                    <tr key={run.id} data-result={run.ok ? 'ok' : 'failed'}>
                      <td>{formatInstant(run.at, locale)}</td>
                      <td>{run.userEmail ?? m.unknown}</td>
                      <td>{run.source ? m.sources[run.source] : m.unknown}</td>
                      <td>{run.files.join(', ')}</td>
                      <td>
                        {run.ok
                          ? template(m.countsSummary, {
                              inserted: number.format(total.inserted),
                              updated: number.format(total.updated),
                              unchanged: number.format(total.unchanged),
                            })
                          : '–'}
                      </td>
                      <td className="num">{run.durationMs === null ? '–' : `${formatSeconds(run.durationMs, locale)} s`}</td>
                      <td className={run.ok ? 'result-ok' : 'result-failed'}>
                        {run.ok ? m.resultOk : template(m.resultFailed, { count: number.format(run.errorCount) })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
