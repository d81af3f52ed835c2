import { isIsoDate, schoolYearEnd, schoolYearOf, schoolYearStart, schoolYearsBetween } from '@duaal/shared';
import { dayNumber, monthsLater, plusDays } from './dates.js';
import { REPORT_YEAR } from './model.js';
import { SUBMISSION_MONTH_WEIGHTS } from './plan.js';

// The end date of a generation: the history runs from the first approvals of the summer of 2016
// up to and including this day, and every status is the one it has on that day. The school year
// of the end date (the running one) is filled up to that day only.

/** The first cohort: a few recognitions approved in the summer of 2016 (see plan.ts). */
export const FIRST_TIMELINE_YEAR = '2015-2016';
/** The 2022-2023 report year must lie entirely in the history: the calibration reads it. */
export const EARLIEST_END_DATE = plusDays(schoolYearEnd(REPORT_YEAR), 1);

export interface Horizon {
  endDate: string;
  /** The school year of the end date. */
  runningYear: string;
  /** 2015-2016 up to the running school year. */
  years: string[];
}

export function horizonOf(endDate: string): Horizon {
  if (!isIsoDate(endDate)) throw new Error(`demo generator: endDate "${endDate}" is not a date (YYYY-MM-DD)`);
  if (endDate < EARLIEST_END_DATE) {
    throw new Error(`demo generator: endDate ${endDate} lies before ${EARLIEST_END_DATE}; the history must contain the whole report year ${REPORT_YEAR}`);
  }
  const runningYear = schoolYearOf(endDate);
  return { endDate, runningYear, years: schoolYearsBetween(FIRST_TIMELINE_YEAR, runningYear) };
}

/** The school years of the history from `first` on. */
export function yearsFrom(horizon: Horizon, first: string): string[] {
  return horizon.years.filter((y) => y >= first);
}

/** The last day of the year inside the history: its 31 August, or the end date in the running year. */
export function lastDayIn(horizon: Horizon, year: string): string {
  const end = schoolYearEnd(year);
  return end < horizon.endDate ? end : horizon.endDate;
}

/** The earlier of a day and the end date. */
export function notAfterEnd(horizon: Horizon, day: string): string {
  return day < horizon.endDate ? day : horizon.endDate;
}

/** Share of the year's days up to the end date: 1 for a past year. */
export function elapsedShare(horizon: Horizon, year: string): number {
  const start = schoolYearStart(year);
  const days = dayNumber(schoolYearEnd(year)) - dayNumber(start) + 1;
  return Math.min(1, Math.max(0, (dayNumber(lastDayIn(horizon, year)) - dayNumber(start) + 1) / days));
}

/**
 * Submission weight of each month of the year (September first) up to the end date: the monthly
 * pattern of SUBMISSION_MONTH_WEIGHTS, the month of the end date in proportion to its days elapsed.
 */
export function submissionWeights(horizon: Horizon, year: string): number[] {
  const start = schoolYearStart(year);
  return SUBMISSION_MONTH_WEIGHTS.map((weight, month) => {
    const first = monthsLater(start, month);
    const last = plusDays(monthsLater(first, 1), -1);
    if (first > horizon.endDate) return 0;
    if (last <= horizon.endDate) return weight;
    return (weight * (dayNumber(horizon.endDate) - dayNumber(first) + 1)) / (dayNumber(last) - dayNumber(first) + 1);
  });
}

/** Share of a year's submissions made up to the end date. */
export function submissionShare(horizon: Horizon, year: string): number {
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  return sum(submissionWeights(horizon, year)) / sum(SUBMISSION_MONTH_WEIGHTS);
}
