import { describe, expect, it } from 'vitest';
import { breakdownTable, measureBars, measureTable } from './kpi-table';
import { exportRows, fileName, hasSymbol, toCsv } from './table';
import type { KpiResultLike } from './kpi';

const result: KpiResultLike = {
  rows: [
    { keys: [{ dimension: 'PARTNERSHIP', id: 'BOUW', label: 'Bouw' }], value: 1200, comparisonValue: 1100, status: 'OK', comparisonStatus: 'OK' },
    { keys: [{ dimension: 'PARTNERSHIP', id: 'HORECA', label: 'Horeca; "keuken"' }], value: null, comparisonValue: 4, status: 'SUPPRESSED', comparisonStatus: 'OK' },
  ],
  total: { keys: [], value: 1203, comparisonValue: 1104, status: 'OK', comparisonStatus: 'OK' },
};
const labels = { title: 'Mentoren per partnerschap', dimension: 'Partnerschap', value: '2022-2023', previous: '2021-2022', total: 'Totaal (uniek)' };

describe('breakdownTable', () => {
  const table = breakdownTable(result, 'COUNT', labels);
  it('has a row per group with a cross-filter and the distinct total', () => {
    expect(table.rows.map((r) => r.filter)).toEqual([
      { key: 'partnership', value: 'BOUW' },
      { key: 'partnership', value: 'HORECA' },
    ]);
    expect(table.total?.cells.value).toEqual({ value: 1203, status: 'OK' });
    expect(table.distinctGroups).toBe(true);
    expect(hasSymbol(table, 'SUPPRESSED')).toBe(true);
  });
  it('exports a rounded value as its number and flags it for the legend', () => {
    const rounded: KpiResultLike = { rows: [], total: { keys: [], value: 1205, comparisonValue: 1105, status: 'ROUNDED', comparisonStatus: 'ROUNDED' } };
    const t = breakdownTable(rounded, 'COUNT', labels);
    expect(exportRows(t).at(-1)).toEqual(['Totaal (uniek)', 1205, 1105]);
    expect([hasSymbol(t, 'ROUNDED'), hasSymbol(table, 'ROUNDED')]).toEqual([true, false]);
  });
  it('does not claim distinct counts for percentages', () => {
    expect(breakdownTable(result, 'PERCENT', labels).distinctGroups).toBe(false);
  });
  it('exports numbers as numbers, suppressed values as the symbol, and the total last', () => {
    expect(exportRows(table)).toEqual([
      ['Partnerschap', '2022-2023', '2021-2022'],
      ['Bouw', 1200, 1100],
      ['Horeca; "keuken"', '•', 4],
      ['Totaal (uniek)', 1203, 1104],
    ]);
  });
  it('writes CSV with ";", quotes fields that need it, and keeps the "•" out of the number column', () => {
    // 2022-2023 has a suppressed value (Horeca): its cell stays empty, the symbol goes to the column beside it.
    expect(toCsv(table).split('\r\n')).toEqual([
      'Partnerschap;2022-2023;2022-2023 (teken);2021-2022',
      'Bouw;1200;;1100',
      '"Horeca; ""keuken""";;•;4',
      'Totaal (uniek);1203;;1104',
    ]);
  });
});

describe('measureTable', () => {
  it('puts one column per measure and a total per measure', () => {
    const rate: KpiResultLike = {
      rows: [{ keys: [{ dimension: 'PARTNERSHIP', id: 'BOUW', label: 'Bouw' }], value: 64.5, status: 'OK' }],
      total: { keys: [], value: 60, status: 'OK' },
    };
    const table = measureTable({ due: result, rate }, [
      { key: 'due', label: 'Te volgen', unit: 'COUNT' },
      { key: 'rate', label: 'Naleving', unit: 'PERCENT' },
    ], { title: 'K10', dimension: 'Partnerschap', total: 'Totaal' });
    expect(table.columns.map((c) => c.key)).toEqual(['label', 'due', 'rate']);
    expect(table.rows[0]!.cells).toEqual({ label: 'Bouw', due: { value: 1200, status: 'OK' }, rate: { value: 64.5, status: 'OK' } });
    expect(table.rows[1]!.cells.rate).toEqual({ value: null, status: 'NOT_APPLICABLE' });
    expect(table.total!.cells).toMatchObject({ due: { value: 1203, status: 'OK' }, rate: { value: 60, status: 'OK' } });
  });
});

describe('measureBars', () => {
  it('draws a suppressed value at 0 with "•" as its label, and a real zero as 0 without a symbol', () => {
    // HORECA's count is suppressed (the fixture's second row); a rate result of its own for BOUW only.
    const zero: KpiResultLike = { rows: [{ keys: [{ dimension: 'PARTNERSHIP', id: 'ZORG', label: 'Zorg' }], value: 0, status: 'OK' }], total: { keys: [], value: 0, status: 'OK' } };
    const table = measureTable({ count: result, zero }, [
      { key: 'count', label: 'Aantal', unit: 'COUNT' },
      { key: 'zero', label: 'Nul', unit: 'COUNT' },
    ], { title: 't', dimension: 'Partnerschap', total: 'Totaal' });
    const bars = measureBars(table, ['count', 'zero']);
    expect(bars.find((b) => b.id === 'HORECA')).toEqual({ id: 'HORECA', label: 'Horeca; "keuken"', count: 0, countText: '•', zero: 0 });
    // ZORG is missing from the count result: a count of nothing, 0, no symbol.
    expect(bars.find((b) => b.id === 'ZORG')).toEqual({ id: 'ZORG', label: 'Zorg', count: 0, zero: 0 });
  });
});

describe('fileName', () => {
  it('makes a safe file name from a Dutch title', () => {
    expect(fileName('Vroegtijdige beëindigingen per reden 2022-2023', 'csv')).toBe('vroegtijdige-beeindigingen-per-reden-2022-2023.csv');
  });
});
