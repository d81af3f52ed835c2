import { describe, expect, it } from 'vitest';
import { elapsedShare, horizonOf, lastDayIn, submissionShare, submissionWeights } from './horizon.js';
import { partialPlan, yearPlan } from './plan.js';

// The end date decides which school years the history holds and how much of the running one.

describe('the horizon of a generation', () => {
  const horizon = horizonOf('2026-11-29');

  it('covers 2015-2016 up to the school year of the end date', () => {
    // 2015 … 2026: twelve school years, the last one running on 29 November 2026.
    expect(horizon.years).toHaveLength(12);
    expect(horizon.years[0]).toBe('2015-2016');
    expect(horizon.runningYear).toBe('2026-2027');
    expect(horizonOf('2025-08-31').runningYear).toBe('2024-2025');
    expect(horizonOf('2025-09-01').runningYear).toBe('2025-2026');
  });

  it('ends a past year on 31 August and the running one on the end date', () => {
    expect(lastDayIn(horizon, '2025-2026')).toBe('2026-08-31');
    expect(lastDayIn(horizon, '2026-2027')).toBe('2026-11-29');
    expect(elapsedShare(horizon, '2025-2026')).toBe(1);
    // 1 September – 29 November 2026 = 30 + 31 + 29 = 90 days of the 365 of 2026-2027.
    expect(elapsedShare(horizon, '2026-2027')).toBeCloseTo(90 / 365, 10);
  });

  it('weighs the submissions of the running year by the months elapsed', () => {
    // September and October whole (1723, 1298), November 29 of 30 days (833 · 29/30), nothing after.
    const weights = submissionWeights(horizon, '2026-2027');
    expect(weights.slice(0, 2)).toEqual([1723, 1298]);
    expect(weights[2]).toBeCloseTo((833 * 29) / 30, 10);
    expect(weights.slice(3).every((w) => w === 0)).toBe(true);
    // The twelve weights add up to 9,409.
    expect(submissionShare(horizon, '2026-2027')).toBeCloseTo((1723 + 1298 + (833 * 29) / 30) / 9409, 10);
    expect(submissionShare(horizon, '2025-2026')).toBe(1);
  });

  it('plans the running year in proportion, and leaves a past year alone', () => {
    const plan = yearPlan('2026-2027');
    // Half of the submissions, a quarter of the days: approvals halve, revocations quarter.
    const part = partialPlan(plan, 0.5, 0.25);
    expect(part.approved).toBe(Math.round((plan.approved as number) * 0.5));
    expect(part.revocations).toBe(Math.round(plan.revocations * 0.25));
    expect(partialPlan(plan, 1, 1)).toBe(plan);
    // After 2024-2025 no new Leren en Werken applications (phased out by 2025-2026).
    expect(yearPlan('2024-2025').dualShare).toBeLessThan(1);
    expect(yearPlan('2025-2026').dualShare).toBe(1);
  });

  it('refuses an end date that is not a date or cuts the report year short', () => {
    expect(() => horizonOf('29-11-2026')).toThrow(/endDate "29-11-2026" is not a date/);
    expect(() => horizonOf('2023-08-31')).toThrow(/endDate 2023-08-31 lies before 2023-09-01/);
  });
});
