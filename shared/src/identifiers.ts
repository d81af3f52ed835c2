// KBO enterprise numbers and establishment-unit numbers: 10 digits, the last two equal to
// 97 − (first eight mod 97). Enterprises start with 0 or 1, establishments with 2–8.

export type NumberCheck = { ok: true; value: string } | { ok: false; message: string };

function checkMod97(raw: string, kind: 'enterprise' | 'establishment'): NumberCheck {
  const digits = raw.trim().replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, message: `${kind} number "${raw}" may only hold digits and dots` };
  if (digits.length !== 10) return { ok: false, message: `${kind} number "${raw}" must have 10 digits, has ${digits.length}` };
  const first = Number(digits[0]);
  if (kind === 'enterprise' && first > 1) return { ok: false, message: `enterprise number "${raw}" must start with 0 or 1` };
  if (kind === 'establishment' && (first < 2 || first > 8)) {
    return { ok: false, message: `establishment number "${raw}" must start with 2 to 8` };
  }
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  if (Number(digits.slice(8)) !== expected) {
    return { ok: false, message: `${kind} number "${raw}" fails the mod-97 check (check digits should be ${String(expected).padStart(2, '0')})` };
  }
  return { ok: true, value: digits };
}

export const checkEnterpriseNumber = (raw: string): NumberCheck => checkMod97(raw, 'enterprise');
export const checkEstablishmentNumber = (raw: string): NumberCheck => checkMod97(raw, 'establishment');

/** Appends the two check digits to an eight-digit stem (used by the synthetic generator and fixtures). */
export function withCheckDigits(stem8: string): string {
  const check = 97 - (Number(stem8) % 97);
  return stem8 + String(check).padStart(2, '0');
}

/** 0123456749 → 0123.456.749 */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
