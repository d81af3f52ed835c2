import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatDateTime, formatFigure, formatRelative } from './format';

// Intl output uses narrow no-break spaces in some locales; compare on normal spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('writes numbers the Belgian-Dutch way and percentages with one decimal', () => {
    expect(plain(formatFigure({ value: 44545, status: 'OK' }, 'COUNT', 'nl-BE'))).toBe('44.545');
    expect(plain(formatFigure({ value: 64.5, status: 'OK' }, 'PERCENT', 'nl-BE'))).toBe('64,5 %');
  });
  it('shows symbols for suppressed and not-applicable values', () => {
    expect(formatFigure({ value: null, status: 'SUPPRESSED' }, 'COUNT', 'nl-BE')).toBe('•');
    expect(formatFigure({ value: null, status: 'NOT_APPLICABLE' }, 'PERCENT', 'nl-BE')).toBe('–');
  });
  it('signs changes; percentage points for rates', () => {
    expect(formatChange(1545, 'COUNT', 'nl-BE')).toBe('+1.545');
    expect(formatChange(-2.5, 'PERCENT', 'nl-BE')).toBe('−2,5 pp');
    expect(plain(formatRelative(0.036, 'nl-BE'))).toBe('+3,6 %');
  });
});

describe('formatDate', () => {
  it('writes a day as 30-11-2026 in Dutch and 30 Nov 2026 in English, whatever the time zone', () => {
    expect(formatDate('2026-11-30', 'nl-BE')).toBe('30-11-2026');
    expect(formatDate('2027-01-01', 'nl-BE')).toBe('01-01-2027');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
  });
});

describe('formatDateTime', () => {
  it('shows an instant as the day and time in Brussels', () => {
    // 07:15 UTC in November is 08:15 in Brussels (CET, UTC+1).
    expect(formatDateTime('2026-11-18T07:15:00.000Z', 'nl-BE')).toBe('18-11-2026 08:15');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Brussels (CEST, UTC+2): the day moves too.
    expect(formatDateTime('2026-06-30T22:30:00.000Z', 'nl-BE')).toBe('01-07-2026 00:30');
    expect(formatDateTime('2026-11-18T07:15:00.000Z', 'en-GB')).toBe('18 Nov 2026 08:15');
  });
});
