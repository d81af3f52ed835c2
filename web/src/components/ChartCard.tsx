import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { SYMBOLS } from '../lib/format';
import { hasSymbol, type TableModel } from '../lib/table';
import { DataTable } from './DataTable';
import { KpiDefinitionButton } from './KpiDefinitionButton';
import { QueryState } from './StateView';

/** A chart with its title, definition, loading/empty/error states and the table behind it. */
export function ChartCard({
  id,
  title,
  kpi,
  fetching,
  error,
  empty,
  emptyText,
  retry,
  table,
  tableOpen = false,
  actions,
  notice,
  children,
  wide = false,
}: {
  id: string;
  title: string;
  kpi?: string;
  fetching: boolean;
  error?: CombinedError;
  empty?: boolean;
  /** The empty state's text when there is a reason (e.g. a filter the KPI cannot apply). */
  emptyText?: string;
  retry?: () => void;
  table?: TableModel;
  tableOpen?: boolean;
  actions?: ReactNode;
  /** Shown above the chart, also while it loads (e.g. data that is not available yet). */
  notice?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useI18n();
  return (
    <section className={`card chart-card${wide ? ' wide' : ''}`} aria-labelledby={`${id}-title`} data-chart={id}>
      <header className="card-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="card-tools">
          {actions}
          {kpi && <KpiDefinitionButton kpi={kpi} />}
        </div>
      </header>
      {notice && (
        <p className="notice" role="note" data-notice>
          {notice}
        </p>
      )}
      <QueryState fetching={fetching} error={error} empty={empty} emptyText={emptyText} retry={retry}>
        <div className="chart-body">{children}</div>
        {table && hasSymbol(table, 'SUPPRESSED') && (
          <p className="legend-line small" data-legend="suppressed">
            <strong aria-hidden="true">{SYMBOLS.suppressed}</strong> {t.suppression.legend}
          </p>
        )}
        {table && hasSymbol(table, 'ROUNDED') && (
          <p className="legend-line small" data-legend="rounded">
            <strong aria-hidden="true">{SYMBOLS.rounded}</strong> {t.suppression.rounded}
          </p>
        )}
        {table && (
          <details className="table-details" open={tableOpen}>
            <summary>{t.table.show}</summary>
            <DataTable model={table} kpi={kpi} />
          </details>
        )}
      </QueryState>
    </section>
  );
}
