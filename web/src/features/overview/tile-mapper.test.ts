import { describe, expect, it } from 'vitest';
import { tileModel } from './tile-mapper';

describe('tileModel', () => {
  it('gives value, previous year, change, direction and the trend', () => {
    const model = tileModel(
      { total: { value: 44545, comparisonValue: 43000, status: 'OK', comparisonStatus: 'OK' } },
      {
        rows: [
          { keys: [{ dimension: 'SCHOOL_YEAR', id: '2022-2023', label: '2022-2023' }], value: 44545, status: 'OK' },
          { keys: [{ dimension: 'SCHOOL_YEAR', id: '2021-2022', label: '2021-2022' }], value: 43000, status: 'OK' },
        ],
      },
    );
    expect(model.current).toEqual({ value: 44545, status: 'OK' });
    expect(model.change?.absolute).toBe(1545);
    expect(model.direction).toBe('up');
    expect(model.trend.map((p) => p.year)).toEqual(['2021-2022', '2022-2023']);
  });
  it('has no change when a side is suppressed', () => {
    const model = tileModel({ total: { value: null, comparisonValue: 7, status: 'SUPPRESSED', comparisonStatus: 'OK' } }, null);
    expect(model.current.status).toBe('SUPPRESSED');
    expect(model.change).toBeNull();
    expect(model.direction).toBeNull();
    expect(model.trend).toEqual([]);
  });
});
