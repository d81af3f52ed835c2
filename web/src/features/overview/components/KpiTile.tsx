import { type KpiMeasureRef } from '@duaal/shared';
import { useQuery } from 'urql';
import { KpiDefinitionButton } from '../../../components/KpiDefinitionButton';
import { ErrorState, Loading } from '../../../components/StateView';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { formatChange, formatDate, formatFigure, formatRelative, SYMBOLS } from '../../../lib/format';
import { useFilters } from '../../../lib/router';
import { sparklineMarker, sparklinePoints } from '../../../lib/sparkline';
import { tileModel } from '../tile-mapper';
import { KpiTileQuery, kpiTileVariables, type KpiId } from '../tile-query';

export type { KpiId };

/** The sparkline's drawing box; the SVG stretches it to the tile's width. */
const SPARK_WIDTH = 240;
const SPARK_HEIGHT = 44;

/** A headline KPI: value, previous year, change, a small trend line and the definition. */
export function KpiTile({ kpi, measure }: KpiMeasureRef) {
  const { t, lang, locale } = useI18n();
  const { filters } = useFilters();
  const schoolYear = filters.schoolYear!;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: KpiTileQuery,
    variables: kpiTileVariables({ kpi, measure } as KpiMeasureRef, filters),
  });
  const result = data?.kpi;
  const m = result?.kpi.measures.find((x) => x.id === result.measure);
  const unit = m?.unit ?? result?.kpi.unit ?? 'COUNT';
  const name = result ? (lang === 'en' ? result.kpi.nameEn : result.kpi.nameNl) : kpi;
  const measureName = m && result && result.kpi.measures.length > 1 ? (lang === 'en' ? m.nameEn : m.nameNl) : null;
  const model = result ? tileModel(result, data?.kpiTrend) : null;
  const titleId = `tile-${kpi}-${measure ?? 'default'}`;
  // The running year is compared with the same days of the previous one (the server cuts both).
  const periodEnd = result?.periodEnd ?? null;
  const comparisonEnd = result?.comparisonPeriodEnd ?? null;
  const selected = model ? model.trend.findIndex((p) => p.year === schoolYear) : -1;
  const marker = model && selected >= 0 ? sparklineMarker(model.trend, selected, SPARK_WIDTH, SPARK_HEIGHT) : null;
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
          {periodEnd && (
            <p className="tile-period small muted" data-same-period={periodEnd}>
              {schoolYear} {template(t.methodology.periodUntil, { date: formatDate(periodEnd, locale) })} · {t.methodology.samePeriodShort}
            </p>
          )}
          {result?.compareWith && (
          <p className="tile-compare small">
            <span data-previous={model.previous.value ?? ''}>
              {result.compareWith}
              {comparisonEnd && ` ${template(t.methodology.periodUntil, { date: formatDate(comparisonEnd, locale) })}`}: {formatFigure(model.previous, unit, locale)}
            </span>
            {model.change && (
              <span className={`change change-${model.direction}`}>
                <span aria-hidden="true">{model.direction === 'up' ? '▲' : model.direction === 'down' ? '▼' : '■'}</span>{' '}
                {formatChange(model.change.absolute, unit, locale)}
                {model.change.relative !== null && unit !== 'PERCENT' && ` (${formatRelative(model.change.relative, locale)})`}
              </span>
            )}
          </p>
          )}
          {model.trend.length > 1 && (
            <div
              className="sparkline"
              role="img"
              aria-label={`${t.kpi.trend}: ${model.trend.map((p) => `${p.year} ${formatFigure(p, unit, locale)}`).join(', ')}${
                selected >= 0 ? `; ${t.methodology.sparkSelected} ${schoolYear}: ${formatFigure(model.trend[selected]!, unit, locale)}` : ''
              }`}
              data-marked-year={marker ? schoolYear : undefined}
            >
              <svg className="sparkline-svg" viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`} preserveAspectRatio="none" width="100%" height={SPARK_HEIGHT} aria-hidden="true" focusable="false">
                <polyline points={sparklinePoints(model.trend, SPARK_WIDTH, SPARK_HEIGHT)} fill="none" stroke="#1f5fa8" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                {marker && (
                  // A zero-length stroke with round caps stays a round dot in the stretched box.
                  <path className="sparkline-marker" d={`M ${marker.x} ${marker.y} h 0`} stroke="#0b3d73" strokeWidth={9} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                )}
              </svg>
            </div>
          )}
        </>
      ) : null}
    </article>
  );
}
