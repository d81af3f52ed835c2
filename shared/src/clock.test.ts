import { describe, expect, it } from 'vitest';
import { dateInBrussels, timeInBrussels } from './clock.js';

describe('the clock in Brussels', () => {
  it('gives the local date at 00:30 Brussels time, when UTC is still on the day before', () => {
    // 00:30 CET (winter, UTC+1) on 1 December 2026 is 23:30 UTC on 30 November.
    expect(dateInBrussels(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    // 00:30 CEST (summer, UTC+2) on 1 September 2026 is 22:30 UTC on 31 August: a new school year.
    expect(dateInBrussels(new Date('2026-08-31T22:30:00Z'))).toBe('2026-09-01');
  });

  it('keeps the same day until local midnight', () => {
    expect(dateInBrussels(new Date('2026-11-30T22:59:59Z'))).toBe('2026-11-30');
    expect(timeInBrussels(new Date('2026-11-30T13:32:00Z'))).toBe('14:32');
  });
});
