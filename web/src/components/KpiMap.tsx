import { previousSchoolYear } from '@duaal/shared';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type VariablesOf } from '../graphql';
import { enumLabels } from '../i18n/enum-labels';
import { useI18n } from '../i18n/i18n';
import { choropleth, NO_DATA_FILL } from '../features/provinces/map-mapper';
import type { MapClass } from '../lib/map-classes';
import { toKpiFilter, type FilterKey } from '../lib/filters';
import { formatFigure, formatNumber } from '../lib/format';
import { loadTopology, municipalityRegions, provinceRegions, SEQUENTIAL, type GeoTopology } from '../lib/geo';
import { breakdownTable } from '../lib/kpi-table';
import { useFilters } from '../lib/router';
import { DataTable } from './DataTable';
import { KpiDefinitionButton } from './KpiDefinitionButton';
import { Loading, QueryState } from './StateView';

const KpiMapQuery = graphql(`
  query KpiMap($id: KpiId!, $measure: String, $schoolYear: String!, $compareWith: String, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    kpi(id: $id, measure: $measure, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, groupBy: $groupBy) {
      measure
      kpi {
        id
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
        comparisonValue
        status
        comparisonStatus
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
      }
    }
  }
`);

type Vars = VariablesOf<typeof KpiMapQuery>;
const WIDTH = 640;
const HEIGHT = 330;

function useTopology(): { topology: GeoTopology | null; error: Error | null } {
  const [state, setState] = useState<{ topology: GeoTopology | null; error: Error | null }>({ topology: null, error: null });
  useEffect(() => {
    let live = true;
    loadTopology().then(
      (topology) => live && setState({ topology, error: null }),
      (error: unknown) => live && setState({ topology: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * A choropleth of one KPI measure per province (or municipality) with the table beside it.
 * Clicking a region (mouse, or Enter on the focused region) filters every view on it.
 */
export function KpiMap({
  id,
  title,
  kpi,
  measure,
  level,
  toolbar,
  notice,
  withoutData = false,
}: {
  id: string;
  title: string;
  kpi: Vars['id'];
  measure?: string;
  level: 'PROVINCE' | 'MUNICIPALITY';
  toolbar?: React.ReactNode;
  /** Shown above the map (e.g. data that is not available for the year yet). */
  notice?: React.ReactNode;
  /** The measure has no data for the year: regions are drawn as "no data", not as 0. */
  withoutData?: boolean;
}) {
  const { t, lang, locale } = useI18n();
  const { filters, set } = useFilters();
  const { topology, error: geoError } = useTopology();
  const schoolYear = filters.schoolYear!;
  const omit: FilterKey[] = level === 'PROVINCE' ? ['province', 'municipality'] : ['municipality'];
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: KpiMapQuery,
    variables: {
      id: kpi,
      measure,
      schoolYear,
      compareWith: previousSchoolYear(schoolYear),
      filter: toKpiFilter(filters, omit),
      groupBy: [level],
    },
    pause: withoutData,
  });
  const result = withoutData ? undefined : data?.kpi;
  const m = result?.kpi.measures.find((x) => x.id === result.measure);
  const unit = m?.unit ?? result?.kpi.unit ?? 'COUNT';
  const measureName = m ? (lang === 'en' ? m.nameEn : m.nameNl) : t.kpi.value;
  const regions = useMemo(() => {
    if (!topology) return [];
    if (level === 'PROVINCE') return provinceRegions(topology, enumLabels(lang).province);
    const all = municipalityRegions(topology);
    return filters.province ? all.filter((r) => r.province === filters.province) : all;
  }, [topology, level, filters.province, lang]);
  const model = useMemo(() => (regions.length ? choropleth(regions, result, WIDTH, HEIGHT, unit) : null), [regions, result, unit]);
  const selected = level === 'PROVINCE' ? filters.province : filters.municipality;
  const select = (regionId: string) =>
    level === 'PROVINCE' ? set('province', regionId as never) : set('municipality', regionId);
  const table = result
    ? breakdownTable(result, unit, {
        title: `${title} · ${measureName}`,
        dimension: level === 'PROVINCE' ? t.filters.province : t.filters.municipality,
        value: schoolYear,
        previous: previousSchoolYear(schoolYear),
        total: t.table.total,
      })
    : undefined;

  return (
    <section className="card map-card wide" aria-labelledby={`${id}-title`} data-chart={id}>
      <header className="card-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="card-tools">
          {toolbar}
          <KpiDefinitionButton kpi={kpi} />
        </div>
      </header>
      {notice && (
        <p className="notice" role="note" data-notice>
          {notice}
        </p>
      )}
      <QueryState fetching={fetching && !data && !withoutData} error={withoutData ? undefined : error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        <div className="map-layout">
          <div className="map-pane">
            {geoError ? (
              <p className="state state-error" role="alert">
                {t.state.error} ({geoError.message})
              </p>
            ) : !model ? (
              <Loading />
            ) : (
              <>
                <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="map" role="group" aria-label={`${t.provinces.mapLabel}: ${title}`}>
                  {model.shapes.map((s) => {
                    const text = `${s.name}: ${formatFigure(s.figure, unit, locale)}`;
                    const isSelected = selected === s.id;
                    return (
                      <path
                        key={s.id}
                        d={s.d}
                        fill={s.fill}
                        className={`region${isSelected ? ' selected' : ''}${selected && !isSelected ? ' dimmed' : ''}`}
                        data-region={s.id}
                        data-value={s.figure.value ?? ''}
                        role="button"
                        tabIndex={level === 'PROVINCE' ? 0 : -1}
                        aria-label={text}
                        aria-pressed={isSelected}
                        onClick={() => select(s.id)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            select(s.id);
                          }
                        }}
                      >
                        <title>{text}</title>
                      </path>
                    );
                  })}
                  {level === 'PROVINCE' &&
                    model.shapes.map((s) => (
                      <text key={`l-${s.id}`} x={s.centroid[0]} y={s.centroid[1]} className="map-label" textAnchor="middle" aria-hidden="true">
                        {formatFigure(s.figure, unit, locale)}
                      </text>
                    ))}
                </svg>
                <MapLegend classes={model.classes} unit={unit} />
              </>
            )}
          </div>
          <div className="map-table">{table && <DataTable model={table} kpi={kpi} />}</div>
        </div>
      </QueryState>
    </section>
  );
}

function MapLegend({ classes, unit }: { classes: MapClass[]; unit: 'COUNT' | 'PERCENT' | 'DAYS' }) {
  const { t, locale } = useI18n();
  if (classes.length === 0) return null;
  const fmt = (v: number) => formatNumber(v, unit, locale);
  return (
    <ul className="map-legend small" aria-label={t.provinces.legend} data-legend="classes">
      {classes.map((c, i) => (
        <li key={i} data-lo={c.lo} data-hi={c.hi}>
          <span className="swatch" style={{ background: SEQUENTIAL[i] }} aria-hidden="true" />
          {c.lo === c.hi ? fmt(c.lo) : `${fmt(c.lo)} – ${fmt(c.hi)}`}
        </li>
      ))}
      <li>
        <span className="swatch" style={{ background: NO_DATA_FILL }} aria-hidden="true" />
        {t.provinces.noData}
      </li>
    </ul>
  );
}
