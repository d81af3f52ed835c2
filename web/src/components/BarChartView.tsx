import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/i18n';
import { formatNumber, SYMBOLS } from '../lib/format';
import type { BarRow, KpiUnit } from '../lib/kpi';
import { wrapLabel } from '../lib/wrap-label';

export const PALETTE = ['#1f5fa8', '#d9822b', '#2e8540', '#8e3b8e', '#b8322c', '#5b6770', '#0f7c8c'];

export interface BarSeries {
  key: string;
  label: string;
  color?: string;
}

export type { BarRow };

const NARROW = '(max-width: 700px)';
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const change = () => setNarrow(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return narrow;
}

function CategoryTick({ x, y, label, width }: { x: number; y: number; label: string; width: number }) {
  // About 7.5 px per character at 12 px, so the longest line stays inside the axis width.
  const lines = wrapLabel(label, Math.floor(width / 7.5));
  return (
    <text x={x} y={y} textAnchor="end" fill="#1b1b1b" fontSize={12} dy={lines.length > 1 ? -2 : 4}>
      <title>{label}</title>
      {lines.map((l, i) => (
        <tspan key={i} x={x - 4} dy={i === 0 ? (lines.length > 1 ? -4 : 0) : 13}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Horizontal bars (long Dutch labels read best that way). A click on a bar calls `onSelect`
 * with the group id: the caller sets the matching filter (cross-filtering). The same action is
 * available from the keyboard through the table's row buttons.
 */
export function BarChartView({
  rows,
  series,
  unit = 'COUNT',
  stacked = false,
  selectedId,
  onSelect,
  labelWidth = 190,
  ariaLabel,
}: {
  rows: BarRow[];
  series: BarSeries[];
  unit?: KpiUnit;
  stacked?: boolean;
  selectedId?: string;
  onSelect?: (id: string) => void;
  labelWidth?: number;
  ariaLabel: string;
}) {
  const { locale } = useI18n();
  // On a phone the labels get at most 130 px (wrapped on two lines), so the bars keep their room.
  const narrow = useNarrow();
  labelWidth = narrow ? Math.min(labelWidth, 130) : labelWidth;
  const perBar = series.length > 1 && !stacked ? Math.max(30, 14 * series.length + 8) : 30;
  const height = Math.max(120, rows.length * perBar + 60);
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, unit, locale) : String(v ?? ''));
  return (
    <figure className="chart" aria-label={ariaLabel} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#d0d5da" />
          {/* Counts are whole: no tick at 0,3 of a person. */}
          <XAxis type="number" tickFormatter={fmt} tick={{ fill: '#333', fontSize: 12 }} allowDecimals={unit !== 'COUNT'} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
              <CategoryTick x={Number(props.x ?? 0)} y={Number(props.y ?? 0)} label={String(props.payload?.value ?? '')} width={labelWidth} />
            )}
          />
          <Tooltip formatter={(v) => fmt(v)} cursor={{ fill: 'rgba(31,95,168,0.08)' }} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId={stacked ? 'stack' : undefined}
              fill={s.color ?? PALETTE[i % PALETTE.length]}
              cursor={onSelect ? 'pointer' : undefined}
              isAnimationActive={false}
              // A suppressed value is drawn as a sliver so its "•" label still shows.
              minPointSize={series.length === 1 ? 2 : 0}
              onClick={(entry: { payload?: BarRow }) => {
                if (onSelect && entry.payload) onSelect(entry.payload.id);
              }}
            >
              {series.length === 1 &&
                rows.map((row) => (
                  <Cell
                    key={row.id}
                    fill={selectedId && selectedId !== row.id ? '#9db8d9' : (s.color ?? PALETTE[0])}
                    data-id={row.id}
                  />
                ))}
              {series.length === 1 && !stacked && (
                <LabelList
                  dataKey={(row: BarRow) => (typeof row[`${s.key}Text`] === 'string' ? row[`${s.key}Text`] : fmt(row[s.key]))}
                  position="right"
                  style={{ fill: '#1b1b1b', fontSize: 12 }}
                />
              )}
              {/* With several series only the suppressed values get a label: "•" at the bar's place
                  (the card's legend explains it), so an empty place never looks like a zero. */}
              {(series.length > 1 || stacked) && (
                <LabelList
                  dataKey={(row: BarRow) => (row[`${s.key}Text`] === SYMBOLS.suppressed ? SYMBOLS.suppressed : '')}
                  position="right"
                  style={{ fill: '#1b1b1b', fontSize: 12, fontWeight: 700 }}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
