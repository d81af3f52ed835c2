import { addMonths } from '@duaal/shared';

// Day arithmetic on ISO dates for the generator's hot loops: the same results as the shared
// addDays / daysBetween / addMonths, through a day number or a cache instead of a Date object per call.

const EPOCH = Date.UTC(1970, 0, 1);
const numbers = new Map<string, number>();
const isos: string[] = [];

export function dayNumber(iso: string): number {
  let n = numbers.get(iso);
  if (n === undefined) {
    n = Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / 86_400_000);
    numbers.set(iso, n);
  }
  return n;
}

export function isoOf(day: number): string {
  let iso = isos[day];
  if (iso === undefined) {
    iso = new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);
    isos[day] = iso;
  }
  return iso;
}

export function plusDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

const monthsLaterCache = new Map<string, string>();

/** The shared addMonths, cached: the generator asks it for the same days over and over. */
export function monthsLater(iso: string, months: number): string {
  const key = `${iso}|${months}`;
  let result = monthsLaterCache.get(key);
  if (result === undefined) monthsLaterCache.set(key, (result = addMonths(iso, months)));
  return result;
}
