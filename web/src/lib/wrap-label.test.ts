import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Limburg', 29)).toEqual(['Limburg']);
  });
  it('wraps "Brussels Hoofdstedelijk Gewest" on two lines instead of cutting it', () => {
    // 30 characters, 29 fit on a line (190 px / 6.5): "Brussels Hoofdstedelijk" (23) + "Gewest".
    expect(wrapLabel('Brussels Hoofdstedelijk Gewest', 29)).toEqual(['Brussels Hoofdstedelijk', 'Gewest']);
  });
  it('ends the second line in "…" when two lines are not enough', () => {
    const lines = wrapLabel('Stopgezet op vraag van de lerende wegens persoonlijke redenen', 20);
    // Line 1 "Stopgezet op vraag" (18); line 2 holds the rest, cut to 19 characters + "…".
    expect(lines).toEqual(['Stopgezet op vraag', 'van de lerende wege…']);
  });
});
