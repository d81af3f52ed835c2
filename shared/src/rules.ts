import { addDays, addMonths } from './school-year.js';

// Rules of DOMAIN.md §3 that both server and generator apply.

/** A partnership has 14 calendar days to decide; then the application is approved automatically. */
export const AUTO_APPROVAL_DAYS = 14;
/** Without a decision 60 days after submission the application is cancelled. */
export const AUTO_CANCEL_DAYS = 60;
/** An approval is valid for five years. */
export const VALIDITY_YEARS = 5;
/** Mentor training is mandatory for mentors on recognitions filed from this date on. */
export const MENTOR_TRAINING_FROM = '2019-09-01';
/** PC 200 moved from the Flemish Partnership to Bedienden on this day. */
export const PC200_MOVE_DATE = '2023-07-03';

/** Last valid day: validity start + 5 years − 1 day. */
export function validityEnd(validFrom: string): string {
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 February into 1 March, so a validity from 2020-02-29 ends on 2025-02-28.
  const anniversary = new Date(Date.UTC(y + VALIDITY_YEARS, m - 1, d)).toISOString().slice(0, 10);
  return addDays(anniversary, -1);
}

/**
 * Latest allowed mentor-training deadline: one year after approval, 18 months for approvals
 * between 1 Sept 2019 and 31 March 2020 (COVID measure).
 */
export function latestMentorTrainingDeadline(approvedOn: string): string {
  const covid = approvedOn >= '2019-09-01' && approvedOn <= '2020-03-31';
  return addMonths(approvedOn, covid ? 18 : 12);
}

/** Default threshold below which person counts are suppressed for policymakers. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
