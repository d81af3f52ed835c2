import type { KpiNote } from '@duaal/shared';
import type { RawValue } from './evaluate.js';
import type { MeasureDefinition, ValueStatus } from './types.js';

// Disclosure control for policymakers (docs/methodology-disclosure.md): every value of a KPI
// result, its rows, its total, its comparison year and every year of a trend passes through
// `disclose`, so one rule holds for every query. Other roles get the values as computed.

export interface DisclosureControl {
  /** Person counts 1 … threshold−1 are suppressed (SUPPRESSION_THRESHOLD, default 5). */
  threshold: number;
  /** Every other non-zero person count is rounded to the nearest multiple of base. */
  base: number;
}

/**
 * The control for a threshold: base = threshold (5 by default, the UK ONS / DfE base). With
 * base ≥ threshold every sum or difference of published counts is a multiple of the base, never
 * a suppressed 1 … threshold−1; with base ≤ threshold no count at or above the threshold is
 * rounded to more than about 1.5 × itself.
 */
export const disclosureControl = (threshold: number): DisclosureControl => ({ threshold, base: threshold });

export interface Cell {
  value: number | null;
  status: ValueStatus;
  /** Why the value has no number (a code the web words in the UI's language); null when it has one. */
  note: KpiNote | null;
}

/** The nearest multiple of base (a tie rounds up); a non-zero count never becomes 0, a true zero's sign. */
export function roundToBase(value: number, base: number): number {
  if (value === 0) return 0;
  return Math.max(base, Math.round(value / base) * base);
}

export function isPersonMeasure(measure: MeasureDefinition): boolean {
  const calc = measure.calc;
  return measure.personCount || (calc.kind === 'ratio' && (calc.numerator.personCount || calc.denominator.personCount));
}

const small = (control: DisclosureControl, v: number) => v >= 1 && v < control.threshold;

/**
 * A percentage for a policymaker: withheld when its numerator, its denominator or their difference
 * is a small non-zero count (a rate beside a count gives the count); otherwise computed from the
 * person counts as published (rounded), so it tells nothing the rounded counts do not, and shown
 * as a whole percent.
 */
function discloseRatio(measure: MeasureDefinition, raw: RawValue, control: DisclosureControl): Cell {
  const calc = measure.calc;
  if (calc.kind !== 'ratio') throw new Error(`${measure.id} is not a ratio`);
  const num = raw.numerator ?? 0;
  const den = raw.denominator ?? 0;
  if (den === 0) return { value: null, status: 'NOT_APPLICABLE', note: { code: 'ZERO_DENOMINATOR', params: {} } };
  if (small(control, num) || small(control, den) || small(control, den - num)) {
    return { value: null, status: 'SUPPRESSED', note: { code: 'SUPPRESSED_RATIO', params: { threshold: control.threshold } } };
  }
  const part = (value: number, m: MeasureDefinition) => (m.personCount ? roundToBase(value, control.base) : value);
  return { value: Math.round((100 * part(num, calc.numerator)) / part(den, calc.denominator)), status: 'ROUNDED', note: null };
}

/**
 * Status and published value of one computed value. control null (every role but POLICYMAKER):
 * the value as computed. For a policymaker: person counts 0 as is, 1 … threshold−1 suppressed,
 * the rest rounded to the base; percentages as in discloseRatio; other values as computed.
 */
export function disclose(measure: MeasureDefinition, raw: RawValue, control: DisclosureControl | null): Cell {
  if (measure.calc.kind === 'ratio') {
    if (control) return discloseRatio(measure, raw, control);
    if (!raw.denominator) return { value: null, status: 'NOT_APPLICABLE', note: { code: 'ZERO_DENOMINATOR', params: {} } };
    return { value: raw.value, status: 'OK', note: null };
  }
  if (raw.value === null) return { value: null, status: 'NOT_APPLICABLE', note: { code: 'NO_DATA', params: {} } };
  if (!control || !measure.personCount || raw.value === 0) return { value: raw.value, status: 'OK', note: null };
  if (small(control, raw.value)) {
    return { value: null, status: 'SUPPRESSED', note: { code: 'SUPPRESSED_COUNT', params: { threshold: control.threshold } } };
  }
  return { value: roundToBase(raw.value, control.base), status: 'ROUNDED', note: null };
}
