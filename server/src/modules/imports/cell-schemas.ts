import { z } from 'zod';
import { checkEnterpriseNumber, checkEstablishmentNumber, isIsoDate, isSchoolYear, type NumberCheck } from '@duaal/shared';

// The kinds of cell an import file holds, as zod schemas: each checks one cell on its own (codes,
// numbers, dates) and turns the string into a value (empty → null, "0123.456.749" → "0123456749").

export const required = z.string().min(1, { error: 'is required' });
export const optional = z.string().transform((v) => (v === '' ? null : v));

// An export repeats a few thousand distinct dates hundreds of thousands of times: check each once.
const checkedDates = new Map<string, boolean>();
function isDate(value: string): boolean {
  let ok = checkedDates.get(value);
  if (ok === undefined) {
    ok = isIsoDate(value);
    if (checkedDates.size < 100_000) checkedDates.set(value, ok);
  }
  return ok;
}

export const isoDate = z.string().refine(isDate, {
  error: (issue) => (issue.input === '' ? 'is required' : `"${String(issue.input)}" is not a date: write YYYY-MM-DD`),
});
export const optionalIsoDate = z
  .string()
  .refine((v) => v === '' || isDate(v), { error: (issue) => `"${String(issue.input)}" is not a date: write YYYY-MM-DD` })
  .transform((v) => (v === '' ? null : v));

function unknownCode(values: readonly string[], input: string): string {
  return input === '' ? 'is required' : `unknown code "${input}" (allowed: ${values.join(', ')})`;
}

/** A code of one of the shared lists (enums.ts). */
export function code<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => unknownCode(values, String(issue.input)) });
}

export function optionalCode<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return z.string().transform((v, ctx): T[number] | null => {
    if (v === '') return null;
    if (!allowed.has(v)) {
      ctx.addIssue({ code: 'custom', message: unknownCode(values, v), input: v });
      return z.NEVER;
    }
    return v;
  });
}

/** A ";"-separated cell. */
export const list = z.string().transform((v) => [...new Set(v.split(';').map((s) => s.trim()).filter(Boolean))]);

export function codeList<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return list.transform((items, ctx): T[number][] => {
    for (const item of items) {
      if (!allowed.has(item)) ctx.addIssue({ code: 'custom', message: unknownCode(values, item), input: item });
    }
    return items;
  });
}

function identifier(check: (raw: string) => NumberCheck) {
  return z.string().transform((v, ctx) => {
    if (v === '') {
      ctx.addIssue({ code: 'custom', message: 'is required', input: v });
      return z.NEVER;
    }
    const result = check(v);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message, input: v });
      return z.NEVER;
    }
    return result.value;
  });
}
export const kboNumber = identifier(checkEnterpriseNumber);
export const establishmentNumber = identifier(checkEstablishmentNumber);

/** Rijksregisternummer: 11 digits, written with or without dots and dashes. */
export const nationalNumber = z
  .string()
  .transform((v) => v.replace(/[.\-\s]/g, ''))
  .refine((v) => /^\d{11}$/.test(v), { error: 'must have 11 digits (national register number)' });

export const flag = z.string().transform((v, ctx) => {
  const value = v.toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  ctx.addIssue({ code: 'custom', message: `"${v}" is not a flag: write true or false`, input: v });
  return z.NEVER;
});

export const schoolYear = z.string().refine(isSchoolYear, { error: (issue) => `"${String(issue.input)}" is not a school year: write 2022-2023` });
export const count = z
  .string()
  .refine((v) => /^\d+$/.test(v), { error: (issue) => `"${String(issue.input)}" is not a whole number ≥ 0` })
  .transform(Number);
