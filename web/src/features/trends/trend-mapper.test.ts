import { describe, expect, it } from 'vitest';
import { trendModel } from './trend-mapper';

describe('trendModel', () => {
  it('makes a table with a row per school year and a column per series', () => {
    const y = (id: string) => ({ dimension: 'SCHOOL_YEAR', id, label: id });
    const model = trendModel(
      {
        rows: [
          { keys: [y('2021-2022')], value: 10, status: 'OK' },
          { keys: [y('2022-2023')], value: null, status: 'SUPPRESSED' },
        ],
        total: { keys: [], value: null, status: 'SUPPRESSED' },
      },
      'COUNT',
      { title: 'K9', year: 'Schooljaar', total: 'Totaal' },
    );
    expect(model.lines).toEqual([{ id: 'total', label: 'Totaal' }]);
    expect(model.table.columns.map((c) => c.key)).toEqual(['year', 'total']);
    expect(model.table.rows.map((r) => r.cells.total)).toEqual([
      { value: 10, status: 'OK' },
      { value: null, status: 'SUPPRESSED' },
    ]);
    expect(model.table.distinctGroups).toBe(false);
  });
});
