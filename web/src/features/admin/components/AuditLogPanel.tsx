import { addDays } from '@duaal/shared';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { QueryState } from '../../../components/StateView';
import { graphql, type VariablesOf } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { downloadCsv } from '../../../lib/download';
import { formatDate, formatNumber } from '../../../lib/format';
import { useClock } from '../../clock/clock';
import { auditTable, formatInstant, pageRange, summariseDetail, type AuditNode } from '../audit-mapper';

export const AuditLogQuery = graphql(`
  query AuditLogPanel($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      endCursor
      hasNextPage
      nodes {
        id
        at
        userEmail
        userName
        action
        entity
        detail
      }
    }
  }
`);

const AuditFilterOptionsQuery = graphql(`
  query AuditFilterOptions {
    users {
      id
      name
      email
    }
    auditActions
  }
`);

const RecordAuditDownload = graphql(`
  mutation AuditLogRecordDownload($rows: Int!) {
    recordPersonalDataDownload(kind: AUDIT_LOG, rows: $rows)
  }
`);

const PAGE_SIZE = 50;
const EXPORT_PAGE = 500;
/** The default range: the last 30 days up to the clock's today. */
const DEFAULT_DAYS = 30;

type Filter = NonNullable<VariablesOf<typeof AuditLogQuery>['filter']>;

/** The audit log (ADMIN): filters, one page of 50 from the server, and a CSV of every row. */
export function AuditLogPanel() {
  const { t, locale } = useI18n();
  const { today } = useClock();
  const client = useClient();
  const a = t.admin;
  const [filter, setFilterState] = useState<Filter>({ from: addDays(today, -DEFAULT_DAYS), to: today, userId: null, action: null });
  // Cursors of the pages seen so far: the first page has none.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState<string | null>(null);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AuditLogQuery, variables: { filter, first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network' });
  const [options] = useQuery({ query: AuditFilterOptionsQuery });
  const page = data?.auditLog;
  const nodes = page?.nodes ?? [];
  const offset = (cursors.length - 1) * PAGE_SIZE;
  const range = pageRange(offset, nodes.length);
  const number = (n: number) => formatNumber(n, 'COUNT', locale);

  const setFilter = (change: Partial<Filter>) => {
    setFilterState((f) => ({ ...f, ...change }));
    setCursors([null]);
  };

  async function exportAll() {
    const all: AuditNode[] = [];
    let cursor: string | null = null;
    try {
      for (;;) {
        const r = await client.query(AuditLogQuery, { filter, first: EXPORT_PAGE, after: cursor }, { requestPolicy: 'network-only' }).toPromise();
        if (!r.data) throw r.error ?? new Error('export failed');
        all.push(...r.data.auditLog.nodes);
        setExporting(template(a.exporting, { done: number(all.length), total: number(r.data.auditLog.totalCount) }));
        if (!r.data.auditLog.hasNextPage || !r.data.auditLog.endCursor) break;
        cursor = r.data.auditLog.endCursor;
      }
      // The log holds e-mail addresses: its download is itself audited.
      await client.mutation(RecordAuditDownload, { rows: all.length }).toPromise();
      downloadCsv(auditTable(all, { title: a.auditExportTitle, when: a.when, who: a.who, action: a.action, entity: a.entity, detail: a.detail }));
    } finally {
      setExporting(null);
    }
  }

  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{a.auditTab}</h2>
      <form className="audit-filters" aria-label={a.auditFilters} onSubmit={(e) => e.preventDefault()}>
        <label>
          {a.user}
          <select name="audit-user" value={filter.userId ?? ''} onChange={(e) => setFilter({ userId: e.target.value || null })}>
            <option value="">{a.allUsers}</option>
            {(options.data?.users ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </label>
        <label>
          {a.action}
          <select name="audit-action" value={filter.action ?? ''} onChange={(e) => setFilter({ action: e.target.value || null })}>
            <option value="">{a.allActions}</option>
            {(options.data?.auditActions ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label>
          {a.from}
          <input type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => setFilter({ from: e.target.value || null })} />
        </label>
        <label>
          {a.to}
          <input type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => setFilter({ to: e.target.value || null })} />
        </label>
      </form>
      <p className="small muted" data-period>
        {template(a.period, { from: filter.from ? formatDate(filter.from, locale) : '…', to: filter.to ? formatDate(filter.to, locale) : '…' })}
      </p>
      <div className="table-actions">
        <p className="small table-count" aria-live="polite" data-total={page?.totalCount ?? ''}>
          {page && (page.totalCount === 0 ? a.rangeEmpty : template(a.range, { from: number(range.from), to: number(range.to), total: number(page.totalCount) }))}
          {exporting && ` · ${exporting}`}
        </p>
        <button type="button" className="button small" onClick={() => void exportAll()} disabled={!!exporting || !page?.totalCount}>
          {a.csv}
        </button>
      </div>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-title">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{a.when}</th>
                <th scope="col">{a.who}</th>
                <th scope="col">{a.action}</th>
                <th scope="col">{a.entity}</th>
                <th scope="col">{a.detail}</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((n) => (
                <tr key={n.id} data-action={n.action}>
                  <td className="nowrap">{formatInstant(n.at, locale)}</td>
                  <td>{n.userEmail ? `${n.userName ?? ''} (${n.userEmail})` : a.anonymous}</td>
                  <td>
                    <code>{n.action}</code>
                  </td>
                  <td>{n.entity}</td>
                  <td className="audit-detail" title={n.detail ?? undefined}>
                    {summariseDetail(n.detail)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      <nav className="pager small" aria-label={a.auditTab}>
        <button type="button" className="button small" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {a.previous}
        </button>
        <button type="button" className="button small" disabled={!page?.hasNextPage} onClick={() => page?.endCursor && setCursors((c) => [...c, page.endCursor])}>
          {a.next}
        </button>
      </nav>
    </section>
  );
}
