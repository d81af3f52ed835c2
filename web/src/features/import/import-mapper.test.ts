import { describe, expect, it } from 'vitest';
import { formatInstant, formatSeconds, oversizedFiles, totalCounts } from './import-mapper';

describe('import view helpers', () => {
  it('adds the counts of every file', () => {
    // 5 + 0 new, 1 + 2 changed, 0 + 7 unchanged.
    expect(totalCounts([{ inserted: 5, updated: 1, unchanged: 0 }, { inserted: 0, updated: 2, unchanged: 7 }])).toEqual({ inserted: 5, updated: 3, unchanged: 7 });
    expect(totalCounts([])).toEqual({ inserted: 0, updated: 0, unchanged: 0 });
  });

  it('names the files above the limits', () => {
    const limits = { maxUploadBytes: 100, maxFileBytes: 60 };
    expect(oversizedFiles([{ name: 'a.csv', size: 61 }, { name: 'b.csv', size: 10 }], limits)).toEqual(['a.csv']);
    // 50 + 55 = 105 > 100 while each is below 60: the upload as a whole is too large.
    expect(oversizedFiles([{ name: 'a.csv', size: 50 }, { name: 'b.csv', size: 55 }], limits)).toEqual(['a.csv', 'b.csv']);
    expect(oversizedFiles([{ name: 'a.csv', size: 50 }], limits)).toEqual([]);
  });

  it('formats durations and instants in Brussels time', () => {
    expect(formatSeconds(1234, 'nl-BE')).toBe('1,2');
    // 09:30 UTC on 20 November is 10:30 in Brussels (CET, UTC+1).
    expect(formatInstant('2026-11-20T09:30:00.000Z', 'nl-BE')).toMatch(/20\/11\/2026.*10:30/);
  });
});
