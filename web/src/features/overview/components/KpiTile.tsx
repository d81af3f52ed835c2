import { previousSchoolYear } from '@duaal/shared';
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { KpiDefinitionButton } from '../../../components/KpiDefinitionButton';
import { ErrorState, Loading } from '../../../components/StateView';
import { graphql, type VariablesOf } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { toKpiFilter } from '../../../lib/filters';
import { formatChange, formatFigure, formatRelative, SYMBOLS } from '../../../lib/format';
import { useFilters } from '../../../lib/router';
import { tileModel } from '../tile-mapper';

const KpiTileQuery = graphql(`
  query KpiTile($id: KpiId!, $measure: String, $schoolYear: String!, $compareWith: String, $filter: KpiFilter) {
    kpi(id: $id, measure: $measure, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) {
      measure
      kpi {
        id
        nameNl
        nameEn
        unit
        measures {
          id
          nameNl
          nameEn
          unit
        }
      }
      rows {
        keys {
          dimension
          id
          label
        }
        value
        status
      }
      total {
        keys {
          dimension
          id
          label
        }
        value
        comparisonValue
        status
        comparisonStatus
        note
      }
    }
    kpiTrend(id: $id, measure: $measure, filter: $filter) {
      rows {
        keys {
          dimension
          id
          label
        }
        value
        status
      }
    }
  }
`);

export type KpiId = VariablesOf<typeof KpiTileQuery>['id'];

/** A headline KPI: value, previous year, change, a small trend line and the definition. */
export function KpiTile({ kpi, measure }: { kpi: KpiId; measure?: string }) {
  const { t, lang, locale } = useI18n();
  const { filters } = useFilters();
  const schoolYear = filters.schoolYear!;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: KpiTileQuery,
    variables: { id: kpi, measure, schoolYear, compareWith: previousSchoolYear(schoolYear), filter: toKpiFilter(filters) },
  });
  const result = data?.kpi;
  const m = result?.kpi.measures.find((x) => x.id === result.measure);
  const unit = m?.unit ?? result?.kpi.unit ?? 'COUNT';
  const name = result ? (lang === 'en' ? result.kpi.nameEn : result.kpi.nameNl) : kpi;
  const measureName = m && result && result.kpi.measures.length > 1 ? (lang === 'en' ? m.nameEn : m.nameNl) : null;
  const model = result ? tileModel(result, data?.kpiTrend) : null;
  const titleId = `tile-${kpi}-${measure ?? 'default'}`;
  return (
    <article className="card tile" aria-labelledby={titleId} data-kpi={kpi} data-measure={result?.measure ?? measure ?? ''}>
      <header className="tile-header">
        <h2 id={titleId}>
          <span className="kpi-id">{kpi}</span> {name}
          {measureName && <span className="tile-measure"> · {measureName}</span>}
        </h2>
        <KpiDefinitionButton kpi={kpi} />
      </header>
      {error ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Loading />
      ) : model ? (
        <>
          <p className="tile-value" data-value={model.current.value ?? ''} data-status={model.current.status}>
            {formatFigure(model.current, unit, locale)}
          </p>
          {model.current.status === 'SUPPRESSED' && (
            <p className="legend-line small" data-legend="suppressed">
              <strong aria-hidden="true">{SYMBOLS.suppressed}</strong> {t.suppression.legend}
            </p>
          )}
          {(model.current.status === 'ROUNDED' || model.previous.status === 'ROUNDED') && (
            <p className="legend-line small" data-legend="rounded">
              <strong aria-hidden="true">{SYMBOLS.rounded}</strong> {t.suppression.rounded}
            </p>
          )}
          <p className="tile-compare small">
            <span data-previous={model.previous.value ?? ''}>
              {previousSchoolYear(schoolYear)}: {formatFigure(model.previous, unit, locale)}
            </span>
            {model.change && (
              <span className={`change change-${model.direction}`}>
                <span aria-hidden="true">{model.direction === 'up' ? '▲' : model.direction === 'down' ? '▼' : '■'}</span>{' '}
                {formatChange(model.change.absolute, unit, locale)}
                {model.change.relative !== null && unit !== 'PERCENT' && ` (${formatRelative(model.change.relative, locale)})`}
              </span>
            )}
          </p>
          {model.trend.length > 1 && (
            <div
              className="sparkline"
              role="img"
              aria-label={`${t.kpi.trend}: ${model.trend.map((p) => `${p.year} ${formatFigure(p, unit, locale)}`).join(', ')}`}
            >
              <ResponsiveContainer width="100%" height={44}>
                <LineChart data={model.trend} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
                  <YAxis hide domain={['dataMin', 'dataMax']} />
                  <Line type="monotone" dataKey="value" stroke="#1f5fa8" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
        </>
      ) : null}
    </article>
  );
}
