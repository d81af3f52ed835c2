import { describe, expect, it } from 'vitest';
import { template } from '../../i18n/template';
import { nl } from '../../i18n/messages';
import { enrolmentAvailability, missingEnrolmentsMessage } from './enrolment-availability';

const YEARS = ['2015-2016', '2016-2017', '2021-2022', '2022-2023', '2023-2024', '2024-2025'];
const trend = (values: Record<string, number>) => ({
  rows: Object.entries(values).map(([id, value]) => ({ keys: [{ dimension: 'SCHOOL_YEAR', id, label: id }], value, status: 'OK' as const })),
  total: { keys: [], value: 0, status: 'OK' as const },
});
// What the API answers: 0 for the years the education department has not delivered yet.
const demo = trend({ '2015-2016': 0, '2016-2017': 122, '2021-2022': 2157, '2022-2023': 3034, '2023-2024': 0, '2024-2025': 0 });

describe('enrolment availability', () => {
  it('finds the last year with enrolments and says the chosen year has none yet', () => {
    const a = enrolmentAvailability(YEARS, demo, '2024-2025');
    expect(a).toEqual({ available: false, first: '2016-2017', last: '2022-2023' });
    expect(missingEnrolmentsMessage(a, '2024-2025', nl.radar, template)).toBe(
      'Nog geen inschrijvingsgegevens voor 2024-2025 — laatste beschikbare jaar: 2022-2023',
    );
  });
  it('says nothing for a year with data', () => {
    const a = enrolmentAvailability(YEARS, demo, '2022-2023');
    expect(a.available).toBe(true);
    expect(missingEnrolmentsMessage(a, '2022-2023', nl.radar, template)).toBeNull();
  });
  it('a year before the first delivery, a year missing from the trend, no data at all', () => {
    expect(missingEnrolmentsMessage(enrolmentAvailability(YEARS, demo, '2015-2016'), '2015-2016', nl.radar, template)).toBe(
      'Geen inschrijvingsgegevens voor 2015-2016 — eerste beschikbare jaar: 2016-2017',
    );
    expect(enrolmentAvailability(YEARS, trend({ '2022-2023': 5 }), '2023-2024')).toEqual({ available: false, first: '2022-2023', last: '2022-2023' });
    expect(missingEnrolmentsMessage(enrolmentAvailability(YEARS, trend({}), '2024-2025'), '2024-2025', nl.radar, template)).toBe(nl.radar.noEnrolmentsAtAll);
  });
  it('counts a year whose enrolments a policymaker sees rounded', () => {
    const t = trend({});
    t.rows.push({ keys: [{ dimension: 'SCHOOL_YEAR', id: '2022-2023', label: '' }], value: 3035, status: 'ROUNDED' as never });
    expect(enrolmentAvailability(YEARS, t, '2022-2023')).toEqual({ available: true, first: '2022-2023', last: '2022-2023' });
  });
  it('ignores suppressed years and years outside the database', () => {
    const t = trend({ '2022-2023': 10 });
    t.rows.push({ keys: [{ dimension: 'SCHOOL_YEAR', id: '2023-2024', label: '' }], value: null as unknown as number, status: 'SUPPRESSED' as never });
    expect(enrolmentAvailability(['2022-2023', '2023-2024'], t, '2023-2024').available).toBe(false);
    expect(enrolmentAvailability(['2023-2024'], trend({ '2022-2023': 10 }), '2023-2024').last).toBeNull();
  });
});
