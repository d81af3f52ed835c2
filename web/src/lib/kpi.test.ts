import { describe, expect, it } from 'vitest';
import { change, figure, groups, hasRounded, hasSuppressed, mergeByGroup, toBars, trendPoints, trendSeries, type KpiResultLike } from './kpi';

const key = (dimension: string, id: string, label = id) => ({ dimension, id, label });

const byProvince: KpiResultLike = {
  rows: [
    { keys: [key('PROVINCE', 'ANTWERPEN', 'Antwerpen')], value: 10, comparisonValue: 8, status: 'OK', comparisonStatus: 'OK' },
    { keys: [key('PROVINCE', 'LIMBURG', 'Limburg')], value: null, comparisonValue: 3, status: 'SUPPRESSED', comparisonStatus: 'OK' },
    { keys: [key('PROVINCE', 'BRUSSEL', 'Brussel')], value: 25, comparisonValue: null, status: 'OK', comparisonStatus: 'SUPPRESSED' },
  ],
  total: { keys: [], value: 33, comparisonValue: 11, status: 'OK', comparisonStatus: 'OK' },
};

describe('groups and bars', () => {
  it('keeps suppressed values without a number', () => {
    const g = groups(byProvince);
    expect(g[1]).toMatchObject({ id: 'LIMBURG', current: { value: null, status: 'SUPPRESSED' }, previous: { value: 3, status: 'OK' } });
  });
  it('sorts bars largest first and marks missing ones', () => {
    expect(toBars(byProvince).map((b) => [b.id, b.value, b.missing])).toEqual([
      ['BRUSSEL', 25, null],
      ['ANTWERPEN', 10, null],
      ['LIMBURG', 0, 'SUPPRESSED'],
    ]);
    expect(toBars(byProvince, { keepOrder: true, limit: 1 }).map((b) => b.id)).toEqual(['ANTWERPEN']);
  });
  it('detects suppression anywhere in a result', () => {
    expect(hasSuppressed(byProvince)).toBe(true);
    expect(hasSuppressed({ rows: [], total: { keys: [], value: 1, status: 'OK' } })).toBe(false);
  });
});

describe('rounded values (policymakers)', () => {
  const rounded: KpiResultLike = {
    rows: [{ keys: [key('PROVINCE', 'ANTWERPEN')], value: 20, status: 'ROUNDED' }],
    total: { keys: [], value: 30, status: 'ROUNDED' },
  };
  it('keeps their number, draws them as bars and says they are rounded', () => {
    expect(figure(20, 'ROUNDED')).toEqual({ value: 20, status: 'ROUNDED' });
    expect(toBars(rounded).map((b) => [b.value, b.missing])).toEqual([[20, null]]);
    expect([hasRounded(rounded), hasRounded(byProvince)]).toEqual([true, false]);
  });
});

describe('change', () => {
  it('is absolute and relative, and null without two numbers', () => {
    expect(change({ value: 12, status: 'OK' }, { value: 10, status: 'OK' })).toEqual({ absolute: 2, relative: 0.2 });
    expect(change({ value: 12, status: 'OK' }, { value: 0, status: 'OK' })).toEqual({ absolute: 12, relative: null });
    expect(change({ value: null, status: 'SUPPRESSED' }, { value: 10, status: 'OK' })).toBeNull();
  });
});

describe('trends', () => {
  const trend: KpiResultLike = {
    rows: [
      { keys: [key('SCHOOL_YEAR', '2022-2023')], value: 5, status: 'OK' },
      { keys: [key('SCHOOL_YEAR', '2021-2022')], value: 4, status: 'OK' },
      { keys: [key('SCHOOL_YEAR', '2020-2021')], value: null, status: 'SUPPRESSED' },
    ],
    total: { keys: [], value: 5, status: 'OK' },
  };
  it('orders points by school year', () => {
    expect(trendPoints(trend).map((p) => [p.year, p.value])).toEqual([
      ['2020-2021', null],
      ['2021-2022', 4],
      ['2022-2023', 5],
    ]);
  });
  it('builds one series per group with a status per year', () => {
    const grouped: KpiResultLike = {
      rows: [
        { keys: [key('SCHOOL_YEAR', '2022-2023'), key('SYSTEM', 'DUAL', 'Duaal Leren')], value: 3, status: 'OK' },
        { keys: [key('SCHOOL_YEAR', '2021-2022'), key('SYSTEM', 'DUAL', 'Duaal Leren')], value: 2, status: 'OK' },
        { keys: [key('SCHOOL_YEAR', '2022-2023'), key('SYSTEM', 'LEREN_EN_WERKEN', 'Leren en Werken')], value: null, status: 'SUPPRESSED' },
      ],
      total: { keys: [], value: 5, status: 'OK' },
    };
    const s = trendSeries(grouped, 'Totaal');
    expect(s.years).toEqual(['2021-2022', '2022-2023']);
    expect(s.series.map((x) => x.id)).toEqual(['DUAL', 'LEREN_EN_WERKEN']);
    expect(s.data).toEqual([
      { year: '2021-2022', DUAL: 2, LEREN_EN_WERKEN: null },
      { year: '2022-2023', DUAL: 3, LEREN_EN_WERKEN: null },
    ]);
    expect(s.statuses['2022-2023']).toEqual({ DUAL: 'OK', LEREN_EN_WERKEN: 'SUPPRESSED' });
    expect(s.statuses['2021-2022']!.LEREN_EN_WERKEN).toBe('NOT_APPLICABLE');
  });

  it('shows a count missing in a year as 0, a rate as not applicable', () => {
    // Leren en Werken has no row in 2021-2022: nothing was counted there, so the count is 0.
    const grouped: KpiResultLike = {
      rows: [
        { keys: [key('SCHOOL_YEAR', '2021-2022'), key('SYSTEM', 'DUAL')], value: 2, status: 'OK' },
        { keys: [key('SCHOOL_YEAR', '2022-2023'), key('SYSTEM', 'LEREN_EN_WERKEN')], value: 7, status: 'OK' },
      ],
      total: { keys: [], value: 9, status: 'OK' },
    };
    const counts = trendSeries(grouped, 'Totaal', 'COUNT');
    expect(counts.data).toEqual([
      { year: '2021-2022', DUAL: 2, LEREN_EN_WERKEN: 0 },
      { year: '2022-2023', DUAL: 0, LEREN_EN_WERKEN: 7 },
    ]);
    expect(counts.statuses['2021-2022']!.LEREN_EN_WERKEN).toBe('OK');
    expect(trendSeries(grouped, 'Totaal', 'PERCENT').statuses['2021-2022']!.LEREN_EN_WERKEN).toBe('NOT_APPLICABLE');
  });
});

describe('mergeByGroup', () => {
  it('joins measures by group id and fills the gaps as not applicable', () => {
    const other: KpiResultLike = {
      rows: [{ keys: [key('PROVINCE', 'ANTWERPEN', 'Antwerpen')], value: 0.5, status: 'OK' }],
      total: { keys: [], value: 0.4, status: 'OK' },
    };
    const merged = mergeByGroup({ count: byProvince, rate: other });
    expect(merged).toHaveLength(3);
    expect(merged[0]!.figures).toEqual({ count: { value: 10, status: 'OK' }, rate: { value: 0.5, status: 'OK' } });
    expect(merged[2]!.figures.rate).toEqual({ value: null, status: 'NOT_APPLICABLE' });
  });

  it('fills a missing count with 0 and a missing rate with not applicable, given the units', () => {
    // Limburg and Brussel are only in the rate's result: their count is 0 (nothing counted), not "–".
    const rate: KpiResultLike = {
      rows: [
        { keys: [key('PROVINCE', 'LIMBURG', 'Limburg')], value: 40, status: 'OK' },
        { keys: [key('PROVINCE', 'BRUSSEL', 'Brussel')], value: 0, status: 'OK' },
      ],
      total: { keys: [], value: 35, status: 'OK' },
    };
    const count: KpiResultLike = { rows: [byProvince.rows[0]!], total: { keys: [], value: 10, status: 'OK' } };
    const merged = mergeByGroup({ count, rate }, { count: 'COUNT', rate: 'PERCENT' });
    expect(merged.map((r) => [r.id, r.figures.count, r.figures.rate])).toEqual([
      ['ANTWERPEN', { value: 10, status: 'OK' }, { value: null, status: 'NOT_APPLICABLE' }],
      ['LIMBURG', { value: 0, status: 'OK' }, { value: 40, status: 'OK' }],
      ['BRUSSEL', { value: 0, status: 'OK' }, { value: 0, status: 'OK' }],
    ]);
    // A count without a result at all (no data for the year) does not apply: "–", not 0.
    const withoutCount = mergeByGroup({ count: null, rate }, { count: 'COUNT', rate: 'PERCENT' });
    expect(withoutCount.map((r) => r.figures.count)).toEqual([
      { value: null, status: 'NOT_APPLICABLE' },
      { value: null, status: 'NOT_APPLICABLE' },
    ]);
  });
});
