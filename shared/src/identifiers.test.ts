import { describe, expect, it } from 'vitest';
import { checkEnterpriseNumber, checkEstablishmentNumber, formatEnterpriseNumber, withCheckDigits } from './identifiers.js';

// Worked by hand: 02022399 mod 97 = 2022399 − 97 × 20849 = 46, check digits 97 − 46 = 51 → 0202.239.951.
// 21456789 mod 97 = 21456789 − 97 × 221204 = 1, check digits 96 → 2145678996.
// 01234567 mod 97 = 1234567 − 97 × 12727 = 48, check digits 49 → 0123.456.749.

describe('KBO enterprise numbers', () => {
  it('accept a valid number, plain or written with dots and spaces', () => {
    expect(checkEnterpriseNumber('0202239951')).toEqual({ ok: true, value: '0202239951' });
    expect(checkEnterpriseNumber('0202.239.951')).toEqual({ ok: true, value: '0202239951' });
    expect(checkEnterpriseNumber(' 0123 456 749 ')).toEqual({ ok: true, value: '0123456749' });
  });

  it('refuse wrong check digits', () => {
    const result = checkEnterpriseNumber('0202.239.952');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/mod-97.*51/);
  });

  it('refuse a wrong length', () => {
    expect(checkEnterpriseNumber('020223995')).toMatchObject({ ok: false, message: expect.stringMatching(/10 digits, has 9/) });
    expect(checkEnterpriseNumber('02022399510')).toMatchObject({ ok: false, message: expect.stringMatching(/has 11/) });
  });

  it('refuse letters and an establishment-unit number', () => {
    expect(checkEnterpriseNumber('BE0202239951').ok).toBe(false);
    expect(checkEnterpriseNumber('2145678996')).toMatchObject({ ok: false, message: expect.stringMatching(/start with 0 or 1/) });
  });
});

describe('establishment-unit numbers', () => {
  it('accept a valid number starting with 2 to 8, with or without dots', () => {
    expect(checkEstablishmentNumber('2145678996')).toEqual({ ok: true, value: '2145678996' });
    expect(checkEstablishmentNumber('2.145.678.996')).toEqual({ ok: true, value: '2145678996' });
  });

  it('refuse wrong check digits and a wrong length', () => {
    expect(checkEstablishmentNumber('2145678997').ok).toBe(false);
    expect(checkEstablishmentNumber('214567899').ok).toBe(false);
  });

  it('refuse a first digit outside 2 to 8', () => {
    expect(checkEstablishmentNumber('0202239951')).toMatchObject({ ok: false, message: expect.stringMatching(/start with 2 to 8/) });
    // 91234567 mod 97 = 91234567 − 97 × 940562 = 53 → check 44: a correct check, still no establishment.
    expect(checkEstablishmentNumber('9123456744')).toMatchObject({ ok: false, message: expect.stringMatching(/start with 2 to 8/) });
  });
});

describe('helpers', () => {
  it('append check digits and format with dots', () => {
    expect(withCheckDigits('02022399')).toBe('0202239951');
    expect(withCheckDigits('21456789')).toBe('2145678996');
    expect(formatEnterpriseNumber('0123456749')).toBe('0123.456.749');
  });
});
