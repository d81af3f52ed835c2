import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { PALETTE } from '../../../components/BarChartView';
import { ChartCard } from '../../../components/ChartCard';
import { SelectControl } from '../../../components/Controls';
import { graphql, type VariablesOf } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { toKpiFilter } from '../../../lib/filters';
import { formatNumber } from '../../../lib/format';
import { useFilters, useViewParam } from '../../../lib/router';
import { trendModel } from '../trend-mapper';

const TrendChartQuery = graphql(`
  query TrendChart($id: KpiId!, $measure: String, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    kpiTrend(id: $id, measure: $measure, filter: $filter, groupBy: $groupBy) {
      measure
      kpi {
        id
        nameNl
        nameEn
        unit
        breakdowns
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
        status
      }
    }
  }
`);

type Vars = VariablesOf<typeof TrendChartQuery>;
type Dimension = NonNullable<Vars['groupBy']>[number];

/** Any KPI measure over every school year, optionally one line per group. */
export function TrendChart({ indicator, dimensionLabels }: { indicator: string; dimensionLabels: Record<string, string> }) {
  const { t, lang, locale } = useI18n();
  const { filters } = useFilters();
  const [kpi, measure] = indicator.split('.') as [Vars['id'], string | undefined];
  const [groupBy, setGroupBy] = useViewParam('opsplitsing', '');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TrendChartQuery,
    variables: { id: kpi, measure, filter: toKpiFilter(filters), groupBy: groupBy ? [groupBy as Dimension] : undefined },
  });
  const result = data?.kpiTrend;
  const m = result?.kpi.measures.find((x) => x.id === result.measure);
  const unit = m?.unit ?? result?.kpi.unit ?? 'COUNT';
  const name = result ? `${kpi} · ${lang === 'en' ? result.kpi.nameEn : result.kpi.nameNl}${m && result.kpi.measures.length > 1 ? ` · ${lang === 'en' ? m.nameEn : m.nameNl}` : ''}` : kpi;
  const model = result ? trendModel(result, unit, { title: name, year: t.filters.schoolYear, total: t.table.total }) : null;
  const breakdowns = (result?.kpi.breakdowns ?? []).filter((d) => d !== 'SCHOOL_YEAR');
  return (
    <ChartCard
      id="trend-chart"
      title={name}
      kpi={kpi}
      fetching={fetching && !data}
      error={error}
      empty={!!model && model.data.length === 0}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      table={model?.table}
      tableOpen
      wide
      actions={
        <SelectControl
          label={t.kpi.groupBy}
          value={groupBy}
          allLabel={t.kpi.none}
          options={breakdowns.map((d) => ({ value: d, label: dimensionLabels[d] ?? d }))}
          onChange={setGroupBy}
        />
      }
    >
      {model && (
        <figure className="chart" style={{ height: 360 }} aria-label={name}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={model.data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d0d5da" />
              <XAxis dataKey="year" tick={{ fill: '#333', fontSize: 12 }} />
              <YAxis allowDecimals={unit !== 'COUNT'} tickFormatter={(v: number) => formatNumber(v, unit, locale)} tick={{ fill: '#333', fontSize: 12 }} width={72} />
              <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, unit, locale) : String(v))} />
              {model.lines.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
              {model.lines.map((line, i) => (
                <Line
                  key={line.id}
                  type="monotone"
                  dataKey={line.id}
                  name={line.label}
                  stroke={PALETTE[i % PALETTE.length]}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
    </ChartCard>
  );
}
