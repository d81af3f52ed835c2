import type { Figure, KpiUnit } from './kpi';

export interface Symbols {
  suppressed: string;
  notApplicable: string;
  /** Marks the legend of ROUNDED values; the values themselves are shown as numbers. */
  rounded: string;
}
export const SYMBOLS: Symbols = { suppressed: '•', notApplicable: '–', rounded: '≈' };

/**
 * PERCENT values come from the API as a percentage (64.5 means 64.5 %). Kept in one place in
 * case the API ever returns fractions.
 */
export const percentOf = (value: number): number => value;

export function formatNumber(value: number, unit: KpiUnit, locale: string): string {
  if (unit === 'PERCENT') {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(percentOf(value))} %`;
  }
  if (unit === 'DAYS') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** The text of a figure: its number, or the symbol of why it has none. */
export function formatFigure(f: Figure, unit: KpiUnit, locale: string, symbols: Symbols = SYMBOLS): string {
  if (f.status === 'SUPPRESSED') return symbols.suppressed;
  if (f.value === null || f.status === 'NOT_APPLICABLE') return symbols.notApplicable;
  return formatNumber(f.value, unit, locale);
}

/** "+3,2 %" / "−12" — the change against the previous year, signed. */
export function formatChange(absolute: number, unit: KpiUnit, locale: string): string {
  const sign = absolute > 0 ? '+' : absolute < 0 ? '−' : '±';
  const magnitude = Math.abs(absolute);
  if (unit === 'PERCENT') {
    return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(percentOf(magnitude))} pp`;
  }
  return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(magnitude)}`;
}

export function formatRelative(relative: number, locale: string): string {
  const sign = relative > 0 ? '+' : relative < 0 ? '−' : '±';
  return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(Math.abs(relative) * 100)} %`;
}

/**
 * A calendar day (ISO, YYYY-MM-DD) as users read it: "30-11-2026" in Dutch, "30 Nov 2026" in
 * English. Written from the string itself, so no time zone can move the day.
 */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-');
  if (!locale.startsWith('en')) return `${d}-${m}-${y}`;
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(Number(y), Number(m) - 1, 1));
  return `${Number(d)} ${month} ${y}`;
}

/**
 * An instant (ISO 8601) as the day and time in Brussels: "18-11-2026 08:15" in Dutch. The time
 * zone is fixed, so every browser shows the same wall-clock time as the server's day.
 */
export function formatDateTime(isoInstant: string, locale: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(isoInstant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDate(`${part('year')}-${part('month')}-${part('day')}`, locale)} ${part('hour')}:${part('minute')}`;
}
