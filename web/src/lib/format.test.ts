import { describe, expect, it } from 'vitest';
import { formatChange, formatFigure, formatRelative } from './format';

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
