// School years run 1 September – 31 August, written "2022-2023". Dates are ISO strings
// (YYYY-MM-DD), which compare correctly as strings; the database stores them the same way.

export type SchoolYear = `${number}-${number}`;

export const FIRST_SCHOOL_YEAR = '2016-2017';

export function schoolYearStart(year: string): string {
  return `${parseSchoolYear(year)}-09-01`;
}

export function schoolYearEnd(year: string): string {
  return `${parseSchoolYear(year) + 1}-08-31`;
}

/** Returns the first calendar year of a well-formed school year, or throws. */
export function parseSchoolYear(year: string): number {
  const match = /^(\d{4})-(\d{4})$/.exec(year);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new Error(`"${year}" is not a school year: write it as 2022-2023`);
  }
  return Number(match[1]);
}

export function isSchoolYear(year: string): boolean {
  return /^(\d{4})-(\d{4})$/.test(year) && Number(year.slice(5)) === Number(year.slice(0, 4)) + 1;
}

export function schoolYearOf(isoDate: string): string {
  const y = Number(isoDate.slice(0, 4));
  const start = isoDate.slice(5) >= '09-01' ? y : y - 1;
  return `${start}-${start + 1}`;
}

export function previousSchoolYear(year: string): string {
  const start = parseSchoolYear(year) - 1;
  return `${start}-${start + 1}`;
}

export function schoolYearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let y = parseSchoolYear(first); y <= parseSchoolYear(last); y++) years.push(`${y}-${y + 1}`);
  return years;
}

/** ISO date plus whole days / months / years, in UTC so no time zone moves a day. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}
