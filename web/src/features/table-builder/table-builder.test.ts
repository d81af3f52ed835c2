import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../lib/format';
import type { KpiRowLike } from '../../lib/kpi';
import { toCsv } from '../../lib/table';
import { tableBuilderModel, type IndicatorResult } from './table-mapper';
import { canonicalSavedViewQuery, savedViewQueryProblems } from '@duaal/shared';
import { explicitState, parseTableState, resolveYears, TABLE_PARAMS, toggle, withDimension, writeTableState } from './table-state';

const YEARS = ['2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025'];

describe('table state in the URL', () => {
  it('reads every part of a shared link', () => {
    const state = parseTableState(new URLSearchParams('kpi=K1,K2.enterprises&dim=PROVINCE&leden=LIMBURG,ANTWERPEN&van=2019-2020&tot=2024-2025'));
    expect(state).toEqual({ indicators: ['K1', 'K2.enterprises'], dimension: 'PROVINCE', members: ['LIMBURG', 'ANTWERPEN'], from: '2019-2020', to: '2024-2025' });
  });

  it('falls back to the defaults: the headline KPI, every province, no range (the last five years)', () => {
    expect(parseTableState(new URLSearchParams(''))).toEqual({ indicators: ['K1'], dimension: 'PROVINCE', members: [], from: undefined, to: undefined });
    // Unticking the last KPI leaves none (not the default back, which would undo the click).
    expect(parseTableState(new URLSearchParams('kpi=')).indicators).toEqual([]);
  });

  it('drops what it cannot read: unknown KPIs, a province that does not exist, a malformed year, duplicates', () => {
    // K21 and "K1.x y" are no indicators; GENT is no province; 2019-2021 is no school year.
    const state = parseTableState(new URLSearchParams('kpi=K21,K13,K13,K1.x y&dim=PROVINCE&leden=GENT,LIMBURG&van=2019-2021&tot=2024-2025'));
    expect(state).toEqual({ indicators: ['K13'], dimension: 'PROVINCE', members: ['LIMBURG'], from: undefined, to: '2024-2025' });
    // An unknown dimension is the default, and the members are then read as provinces.
    expect(parseTableState(new URLSearchParams('dim=SECTOR&leden=BOUW')).dimension).toBe('PROVINCE');
    expect(parseTableState(new URLSearchParams('dim=SECTOR&leden=BOUW')).members).toEqual([]);
    expect(parseTableState(new URLSearchParams('dim=TRAINING&leden=SO-LENW-kapper')).members).toEqual(['SO-LENW-kapper']);
  });

  it('writes what it reads, keeping other parameters; no members means no "leden"', () => {
    const state = { indicators: ['K13', 'K12'], dimension: 'PARTNERSHIP' as const, members: ['BOUW', 'HORECA'], from: '2020-2021', to: '2024-2025' };
    const written = writeTableState(state, new URLSearchParams('jaar=2024-2025&leden=X'));
    expect(written.toString()).toBe('jaar=2024-2025&leden=BOUW%2CHORECA&kpi=K13%2CK12&dim=PARTNERSHIP&van=2020-2021&tot=2024-2025');
    expect(parseTableState(written)).toEqual(state);
    expect(writeTableState({ ...state, members: [], from: undefined }, written).has('leden')).toBe(false);
    expect(writeTableState({ ...state, members: [], from: undefined }, written).has('van')).toBe(false);
  });

  it('resolves the school years: the range within the years holding data, the last five by default, a reversed range swapped', () => {
    expect(resolveYears({}, YEARS)).toEqual(YEARS.slice(2));
    expect(resolveYears({ from: '2019-2020', to: '2021-2022' }, YEARS)).toEqual(['2019-2020', '2020-2021', '2021-2022']);
    expect(resolveYears({ from: '2021-2022', to: '2019-2020' }, YEARS)).toEqual(['2019-2020', '2020-2021', '2021-2022']);
    // Only a start: up to the last year; a range beyond the data holds only the years with data.
    expect(resolveYears({ from: '2023-2024' }, YEARS)).toEqual(['2023-2024', '2024-2025']);
    expect(resolveYears({ from: '2010-2011', to: '2019-2020' }, YEARS)).toEqual(['2018-2019', '2019-2020']);
    expect(explicitState({ indicators: ['K1'], dimension: 'PROVINCE', members: [] }, YEARS)).toMatchObject({ from: '2020-2021', to: '2024-2025' });
  });

  it('survives being saved as a view: the server keeps every part of the table in the URL', () => {
    const query = 'kpi=K13,K12.started&dim=TRAINING&leden=SO-LENW-kapper,VOLW-kapper&van=2019-2020&tot=2024-2025';
    expect(Object.values(TABLE_PARAMS).sort()).toEqual(['dim', 'kpi', 'leden', 'tot', 'van']);
    expect(savedViewQueryProblems(query)).toEqual([]);
    expect(canonicalSavedViewQuery(query)).toBe(new URLSearchParams(query).toString());
  });

  it('toggles a value keeping the order, and a new dimension empties the members', () => {
    expect(toggle(['K1', 'K13'], 'K12', true)).toEqual(['K1', 'K13', 'K12']);
    expect(toggle(['K1', 'K13'], 'K1', false)).toEqual(['K13']);
    const state = { indicators: ['K1'], dimension: 'PROVINCE' as const, members: ['LIMBURG'] };
    expect(withDimension(state, 'PROVINCE')).toBe(state);
    expect(withDimension(state, 'TRAINING')).toEqual({ indicators: ['K1'], dimension: 'TRAINING', members: [] });
  });
});

const key = (dimension: string, id: string, label = id) => ({ dimension, id, label });
const row = (year: string, province: string | null, value: number | null, status: KpiRowLike['status'] = 'OK'): KpiRowLike => ({
  keys: province ? [key('SCHOOL_YEAR', year), key('PROVINCE', province, province === 'LIMBURG' ? 'Limburg' : 'Antwerpen')] : [key('SCHOOL_YEAR', year)],
  value,
  status,
});

// K13 over two years for Limburg and Antwerpen: Limburg 2023-2024 holds nothing (the API lists no
// row: a count of 0), Antwerpen 2024-2025 is suppressed (a policymaker's small count).
const k13: IndicatorResult = {
  indicator: 'K13',
  name: 'K13 · Lopende overeenkomsten',
  unit: 'COUNT',
  byMember: { rows: [row('2023-2024', 'ANTWERPEN', 1234), row('2024-2025', 'LIMBURG', 12), row('2024-2025', 'ANTWERPEN', null, 'SUPPRESSED')] },
  overall: { rows: [row('2023-2024', null, 1234), row('2024-2025', null, 15, 'ROUNDED')] },
};
// K10's compliance rate: a rate of nothing (no mentor due in Limburg 2023-2024) does not apply.
const k10: IndicatorResult = {
  indicator: 'K10.complianceRate',
  name: 'K10 · Nalevingsgraad',
  unit: 'PERCENT',
  byMember: { rows: [row('2023-2024', 'ANTWERPEN', 64.5), row('2024-2025', 'LIMBURG', 50), row('2024-2025', 'ANTWERPEN', 0)] },
  overall: { rows: [row('2023-2024', null, 64.5), row('2024-2025', null, 20)] },
};
const members = [
  { id: 'LIMBURG', label: 'Limburg' },
  { id: 'ANTWERPEN', label: 'Antwerpen' },
];
const labels = { title: 'Tabel', indicator: 'Indicator', member: 'Provincie', total: 'Totaal (uniek)' };
const cellText = (model: ReturnType<typeof tableBuilderModel>, rowId: string, col: string) => {
  const r = [...model.rows, ...(model.total ? [model.total] : [])].find((x) => x.id === rowId)!;
  const cell = r.cells[col];
  return typeof cell === 'object' ? formatFigure(cell, r.unit ?? model.columns.find((c) => c.key === col)!.unit!, 'nl-BE') : cell;
};

describe('tableBuilderModel', () => {
  it('one KPI: a row per chosen member in the chosen order, a column per year, the distinct total in the footer', () => {
    const model = tableBuilderModel([k13], ['2023-2024', '2024-2025'], members, [], labels);
    expect(model.columns.map((c) => c.key)).toEqual(['member', '2023-2024', '2024-2025']);
    expect(model.rows.map((r) => r.id)).toEqual(['K13|LIMBURG', 'K13|ANTWERPEN']);
    // Limburg 2023-2024 is absent from the API's rows: a count of nothing, shown 0 (not "–").
    expect(model.rows[0]!.cells).toEqual({ member: 'Limburg', '2023-2024': { value: 0, status: 'OK' }, '2024-2025': { value: 12, status: 'OK' } });
    expect(cellText(model, 'K13|ANTWERPEN', '2023-2024')).toBe('1.234');
    expect(cellText(model, 'K13|ANTWERPEN', '2024-2025')).toBe('•');
    expect(model.total?.cells['2024-2025']).toEqual({ value: 15, status: 'ROUNDED' });
    expect(model.distinctGroups).toBe(true);
  });

  it('several KPIs: KPI × member rows, each KPI closed by its own total; a rate keeps its unit', () => {
    const model = tableBuilderModel([k13, k10], ['2023-2024', '2024-2025'], members, [], labels);
    expect(model.columns.map((c) => c.key)).toEqual(['indicator', 'member', '2023-2024', '2024-2025']);
    expect(model.rows.map((r) => r.id)).toEqual(['K13|LIMBURG', 'K13|ANTWERPEN', 'K13|total', 'K10.complianceRate|LIMBURG', 'K10.complianceRate|ANTWERPEN', 'K10.complianceRate|total']);
    expect(model.total).toBeUndefined();
    // A rate of nothing does not apply ("–"); a rate of 0 is 0; a count stays a whole number.
    expect(cellText(model, 'K10.complianceRate|LIMBURG', '2023-2024')).toBe('–');
    expect(cellText(model, 'K10.complianceRate|ANTWERPEN', '2024-2025')).toBe('0,0 %');
    expect(cellText(model, 'K10.complianceRate|ANTWERPEN', '2023-2024')).toBe('64,5 %');
    expect(cellText(model, 'K13|LIMBURG', '2023-2024')).toBe('0');
    // A rounded figure shows its number; the legend and the export's symbol column say "≈".
    expect(cellText(model, 'K13|total', '2024-2025')).toBe('15');
    expect(model.rows[3]!.cells.indicator).toBe('K10 · Nalevingsgraad');
  });

  it('without a choice: every member of the list in its order, then others the API holds, by label', () => {
    const withOther: IndicatorResult = {
      ...k13,
      byMember: { rows: [...k13.byMember.rows, { keys: [key('SCHOOL_YEAR', '2024-2025'), key('PROVINCE', 'BRUSSEL', 'Brussels Hoofdstedelijk Gewest')], value: 3, status: 'OK' }] },
    };
    const all = [{ id: 'ANTWERPEN', label: 'Antwerpen' }, { id: 'LIMBURG', label: 'Limburg' }, { id: 'WEST_VLAANDEREN', label: 'West-Vlaanderen' }];
    const model = tableBuilderModel([withOther], ['2024-2025'], [], all, labels);
    expect(model.rows.map((r) => r.id)).toEqual(['K13|ANTWERPEN', 'K13|LIMBURG', 'K13|WEST_VLAANDEREN', 'K13|BRUSSEL']);
    // West-Vlaanderen holds nothing this year: 0.
    expect(model.rows[2]!.cells['2024-2025']).toEqual({ value: 0, status: 'OK' });
  });

  it('exports in Dutch settings: numbers with a decimal comma, the symbol beside an empty cell', () => {
    const csv = toCsv(tableBuilderModel([k13, k10], ['2024-2025'], members, [], labels)).split('\r\n');
    expect(csv[0]).toBe('Indicator;Provincie;2024-2025;2024-2025 (teken)');
    expect(csv[2]).toBe('K13 · Lopende overeenkomsten;Antwerpen;;•');
    expect(csv[3]).toBe('K13 · Lopende overeenkomsten;Totaal (uniek);15;≈');
    expect(csv[4]).toBe('K10 · Nalevingsgraad;Limburg;50;');
  });
});
