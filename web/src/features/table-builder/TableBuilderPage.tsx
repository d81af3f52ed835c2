import { PROVINCE_LABELS, PROVINCES, type Province } from '@duaal/shared';
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { SegmentedControl, SelectControl } from '../../components/Controls';
import { DataTable } from '../../components/DataTable';
import { PageIntro } from '../../components/PageIntro';
import { Empty, ErrorState, Loading } from '../../components/StateView';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { buildExportHeader } from '../../lib/export-header';
import type { KpiUnit } from '../../lib/kpi';
import { navigate, queryString, useRoute } from '../../lib/router';
import type { TableModel } from '../../lib/table';
import { useClock } from '../clock/clock';
import { tableBuilderModel, type IndicatorResult, type Member } from './table-mapper';
import { CheckList, MemberPicker } from './TableBuilderControls';
import { TableBuilderListsQuery, useTableResults, type IndicatorRequest, type KpiIdValue } from './table-query';
import {
  explicitState,
  MAX_INDICATORS,
  parseTableState,
  resolveYears,
  splitIndicator,
  TABLE_DIMENSIONS,
  TABLE_PARAMS,
  toggle,
  withDimension,
  writeTableState,
  type TableDimension,
  type TableState,
} from './table-state';

/** Provinces listed when none is ticked; Brussels and Wallonia join when the figures hold them. */
const FLEMISH_PROVINCES = PROVINCES.filter((p) => p !== 'BRUSSEL' && p !== 'WALLONIE');

/** Changes the state as it is in the URL now (not as last rendered), one history entry per click. */
function update(change: (state: TableState) => TableState, options?: { replace?: boolean }) {
  const search = new URLSearchParams(window.location.search);
  navigate(`${window.location.pathname}${queryString(writeTableState(change(parseTableState(search)), search))}`, options);
}

export function TableBuilderPage() {
  const { t, lang, locale } = useI18n();
  const clock = useClock();
  const { search } = useRoute();
  const state = parseTableState(search);
  const [{ data: lists, error: listsError }, reexecuteLists] = useQuery({
    query: TableBuilderListsQuery,
    variables: { withPartnerships: state.dimension === 'PARTNERSHIP', withTrainings: state.dimension === 'TRAINING' },
  });
  const available = useMemo(() => lists?.schoolYears ?? [], [lists]);
  const years = resolveYears(state, available);

  // A bare /tabel shows its defaults; the URL then says them, so a copied link keeps the same years.
  const complete = [TABLE_PARAMS.indicators, TABLE_PARAMS.dimension, TABLE_PARAMS.from, TABLE_PARAMS.to].every((p) => search.has(p));
  useEffect(() => {
    if (available.length && !complete) update((s) => explicitState(s, available), { replace: true });
  }, [available, complete]);

  const catalog = lists?.kpiCatalog;
  // "K13" for a KPI with one measure, "K2.enterprises" for one with several (as the trend view).
  const canonical = (indicator: string): string => {
    const { kpi, measure } = splitIndicator(indicator);
    const def = catalog?.find((k) => k.id === kpi);
    if (!def) return indicator;
    return def.measures.length > 1 ? `${kpi}.${measure ?? def.defaultMeasure}` : kpi;
  };
  const options = (catalog ?? [])
    .filter((k) => (k.breakdowns as readonly string[]).includes(state.dimension))
    .flatMap((k) => (k.measures.length > 1 ? k.measures.map((m) => `${k.id}.${m.id}`) : [k.id]));
  const chosen = [...new Set(state.indicators.map(canonical))];
  const usable = chosen.filter((i) => options.includes(i));
  const notSplit = catalog ? chosen.filter((i) => !options.includes(i)) : [];

  const describe = (indicator: string) => {
    const { kpi, measure } = splitIndicator(indicator);
    const def = catalog?.find((k) => k.id === kpi);
    const m = def?.measures.find((x) => x.id === (measure ?? def.defaultMeasure));
    const name = def ? (lang === 'en' ? def.nameEn : def.nameNl) : '';
    const measureName = m && def && def.measures.length > 1 ? ` · ${lang === 'en' ? m.nameEn : m.nameNl}` : '';
    return {
      kpi,
      measure: m?.id,
      label: def ? `${kpi} · ${name}${measureName}` : indicator,
      unit: (m?.unit ?? def?.unit ?? 'COUNT') as KpiUnit,
      definition: def ? `${kpi} · ${lang === 'en' ? def.definitionEn : def.definitionNl}` : '',
    };
  };
  const requests: IndicatorRequest[] = usable.map((indicator) => {
    const d = describe(indicator);
    return { indicator, kpi: d.kpi as KpiIdValue, measure: d.measure };
  });
  const results = useTableResults(catalog ? requests : [], state.dimension, state.members);

  const memberList: Member[] =
    state.dimension === 'PROVINCE'
      ? PROVINCES.map((p) => ({ id: p, label: PROVINCE_LABELS[p] }))
      : state.dimension === 'PARTNERSHIP'
        ? (lists?.partnerships ?? []).map((p) => ({ id: p.code, label: p.nameNl ?? p.code }))
        : (lists?.trainings ?? []).map((x) => ({ id: x.code, label: x.label }));
  const memberName = (id: string) => memberList.find((m) => m.id === id)?.label ?? id;
  const chosenMembers = state.members.map((id) => ({ id, label: memberName(id) }));
  const allMembers: Member[] =
    state.dimension === 'PROVINCE' ? FLEMISH_PROVINCES.map((p) => ({ id: p, label: PROVINCE_LABELS[p as Province] })) : state.dimension === 'PARTNERSHIP' ? memberList : [];

  const tb = t.tableBuilder;
  const from = years[0] ?? '';
  const to = years.at(-1) ?? '';
  const model: TableModel | null =
    !results.fetching && !results.error && requests.length && years.length
      ? tableBuilderModel(
          requests.flatMap((r, i): IndicatorResult[] => {
            const data = results.data[i];
            if (!data) return [];
            const d = describe(r.indicator);
            return [{ indicator: r.indicator, name: d.label, unit: d.unit, byMember: data.byMember, overall: data.overall }];
          }),
          years,
          chosenMembers,
          allMembers,
          { title: from === to ? template(tb.tableTitleOneYear, { kpis: usable.join(', '), year: from }) : template(tb.tableTitle, { kpis: usable.join(', '), from, to }), indicator: tb.indicator, member: tb.dimensions[state.dimension], total: t.table.total },
        )
      : null;

  const exportHeader = async (table: TableModel) =>
    buildExportHeader(
      table,
      {
        filters: template(tb.selection, {
          dimension: tb.dimensions[state.dimension],
          members: chosenMembers.length ? chosenMembers.map((m) => m.label).join(', ') : tb.all,
          from,
          to,
        }),
        today: clock.today,
        dataUntil: clock.dataUntil,
        loadedAt: clock.loadedAt,
        definition: usable.map((i) => describe(i).definition).join(' | '),
      },
      t,
      locale,
    );

  if (listsError && !lists) return <ErrorState error={listsError} retry={() => reexecuteLists({ requestPolicy: 'network-only' })} />;

  return (
    <>
      <PageIntro title={tb.title} intro={tb.intro} />
      <div className="table-builder-controls">
        <CheckList
          legend={tb.indicators}
          name="indicator"
          items={options.map((o) => ({ id: o, label: describe(o).label }))}
          checked={chosen}
          max={MAX_INDICATORS}
          hint={chosen.length ? template(tb.chosenIndicators, { list: chosen.join(', ') }) : undefined}
          onToggle={(id, on) => update((s) => ({ ...s, indicators: toggle([...new Set(s.indicators.map(canonical))], id, on) }))}
        />
        <div className="table-builder-members">
          <SegmentedControl
            label={tb.dimension}
            value={state.dimension}
            options={TABLE_DIMENSIONS.map((d) => ({ value: d, label: tb.dimensions[d] }))}
            onChange={(d) => update((s) => withDimension(s, d as TableDimension))}
          />
          <MemberPicker
            key={state.dimension}
            dimension={state.dimension}
            members={memberList}
            chosen={state.members}
            onToggle={(id, on) => update((s) => ({ ...s, members: toggle(s.members, id, on) }))}
            onClear={() => update((s) => ({ ...s, members: [] }))}
          />
        </div>
        <fieldset className="table-builder-years">
          <legend>{tb.years}</legend>
          <SelectControl label={tb.from} value={from} options={available.map((y) => ({ value: y, label: y }))} onChange={(y) => update((s) => ({ ...s, from: y, to: s.to ?? to }))} />
          <SelectControl label={tb.to} value={to} options={available.map((y) => ({ value: y, label: y }))} onChange={(y) => update((s) => ({ ...s, to: y, from: s.from ?? from }))} />
        </fieldset>
      </div>
      <section className="card table-builder-result" aria-labelledby="table-builder-title" data-chart="table-builder" data-several={usable.length > 1 ? '' : undefined}>
        <header className="card-header">
          <h2 id="table-builder-title">{model?.title ?? tb.title}</h2>
        </header>
        {notSplit.length > 0 && (
          <p className="notice" role="note" data-notice>
            {template(tb.notSplit, { kpis: notSplit.join(', ') })}
          </p>
        )}
        {!lists ? (
          <Loading />
        ) : !requests.length ? (
          <p className="state state-empty" role="status">
            {tb.noIndicator}
          </p>
        ) : results.error ? (
          <ErrorState error={results.error} retry={results.retry} />
        ) : results.fetching || !model ? (
          results.fetching ? <Loading /> : <Empty />
        ) : (
          <DataTable model={model} header={exportHeader} label={model.title} />
        )}
      </section>
    </>
  );
}
