import { describe, expect, it } from 'vitest';
import { latestMentorTrainingDeadline, validityEnd } from './rules.js';
import { schoolYearOf } from './school-year.js';

describe('validityEnd', () => {
  it('is five years minus one day after the validity start', () => {
    expect(validityEnd('2018-09-01')).toBe('2023-08-31');
    expect(validityEnd('2019-01-15')).toBe('2024-01-14');
  });
  it('handles a start on 29 February', () => {
    expect(validityEnd('2020-02-29')).toBe('2025-02-28');
  });
});

describe('latestMentorTrainingDeadline', () => {
  it('is one year after approval', () => {
    expect(latestMentorTrainingDeadline('2021-05-10')).toBe('2022-05-10');
  });
  it('is 18 months for approvals between 1 Sept 2019 and 31 March 2020', () => {
    expect(latestMentorTrainingDeadline('2019-09-01')).toBe('2021-03-01');
    expect(latestMentorTrainingDeadline('2020-03-31')).toBe('2021-09-30');
    expect(latestMentorTrainingDeadline('2020-04-01')).toBe('2021-04-01');
  });
});

describe('schoolYearOf', () => {
  it('puts 31 August in the year that ends and 1 September in the next', () => {
    expect(schoolYearOf('2023-08-31')).toBe('2022-2023');
    expect(schoolYearOf('2023-09-01')).toBe('2023-2024');
  });
});

describe('isIsoDate', () => {
  it('accepts real days and refuses impossible ones', async () => {
    const { isIsoDate } = await import('./school-year.js');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-4-30')).toBe(false);
    expect(isIsoDate('31/08/2023')).toBe(false);
  });
});
