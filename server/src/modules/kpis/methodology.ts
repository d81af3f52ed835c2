import { addMonths, parseSchoolYear, schoolYearEnd } from '@duaal/shared';
import type { KpiId } from './engine/types.js';

// How each KPI's school year can be cut at a day, for a like-with-like comparison of the running
// school year with the same days of an earlier one (issue 11). Every rule of the catalogue counts
// over the days of a period (1 September – 31 August); cutting the period at a day keeps the rule:
//   EVENTS     counts dated events (a submission, a decision, a start, an end, a removal, an action):
//              up to the day, only the events dated on or before it;
//   PRESENCE   counts what is valid or running on at least one day of the year: up to the day,
//              what was valid or running on at least one day from 1 September up to it;
//   DEADLINES  counts mentors whose training deadline falls in the year: up to the day, those whose
//              deadline has passed, each by its status at the deadline;
//   SCHOOL_YEAR holds a figure stored per whole school year (the enrolments on 1 February): it is
//              not cut, the comparison stays the whole year.

export const KPI_PERIOD_KINDS = ['EVENTS', 'PRESENCE', 'DEADLINES', 'SCHOOL_YEAR'] as const;
export type KpiPeriodKind = (typeof KPI_PERIOD_KINDS)[number];

export const KPI_PERIOD_KIND: Readonly<Record<KpiId, KpiPeriodKind>> = {
  K1: 'PRESENCE', // approved and valid on ≥ 1 day
  K2: 'PRESENCE', // distinct over K1
  K3: 'EVENTS', // submission date
  K4: 'EVENTS', // submission date
  K5: 'EVENTS', // transition to approved / rejected
  K6: 'EVENTS', // rejections
  K7: 'EVENTS', // transitions to revoked
  K8: 'EVENTS', // transitions to stopped / expired, renewals
  K9: 'PRESENCE', // mentors on a recognition valid on ≥ 1 day
  K10: 'DEADLINES', // training deadline in the year
  K11: 'EVENTS', // removals
  K12: 'EVENTS', // start date
  K13: 'PRESENCE', // running on ≥ 1 day
  K14: 'EVENTS', // end date
  K15: 'PRESENCE', // enterprises with K1 / with a running agreement
  K16: 'PRESENCE', // ratio of two K15 figures
  K17: 'SCHOOL_YEAR', // enrolments are counted on 1 February, per school year
  K18: 'EVENTS', // decisions
  K19: 'EVENTS', // actions performed
  K20: 'EVENTS', // appeals filed
};

/** The last days counted when the running school year is compared on the same period. */
export interface SamePeriodCut {
  /** "Today": the last day counted in the school year measured. */
  until: string;
  /** The same day (and month) in the comparison year; null without a comparison. */
  comparisonUntil: string | null;
}

/**
 * The cut for `schoolYear` compared with `compareWith`, when `schoolYear` is running on `today` and
 * the KPI can be cut (29 Nov 2026 in 2026-2027 against 2025-2026 → 29 Nov 2025); otherwise null.
 * The comparison day moves by whole years (29 February becomes 28 February).
 */
export function samePeriodCut(id: KpiId, schoolYear: string, compareWith: string | null, today: string): SamePeriodCut | null {
  if (KPI_PERIOD_KIND[id] === 'SCHOOL_YEAR') return null;
  const start = parseSchoolYear(schoolYear);
  if (today < `${start}-09-01` || today > schoolYearEnd(schoolYear)) return null;
  const comparisonUntil = compareWith === null ? null : addMonths(today, 12 * (parseSchoolYear(compareWith) - start));
  return { until: today, comparisonUntil };
}
