import { hasNumber, type KpiResultLike } from '../../lib/kpi';

// Enrolments come from the Department of Education (count on 1 February) and are loaded later than
// the counter's own data, so the latest school years often have none yet. The API then answers 0,
// which must not be shown as "no learners".

export interface EnrolmentAvailability {
  /** The chosen year has enrolment data. */
  available: boolean;
  first: string | null;
  last: string | null;
}

/**
 * From every school year of the database and the K17 `enrolments` trend over all of Flanders
 * (unfiltered: a filter may rightly give 0): a year has data when its total is above 0.
 */
export function enrolmentAvailability(schoolYears: readonly string[], trend: KpiResultLike, year: string): EnrolmentAvailability {
  const withData = new Set(
    trend.rows.flatMap((row) => {
      const key = row.keys[0];
      return key?.dimension === 'SCHOOL_YEAR' && hasNumber(row.status) && (row.value ?? 0) > 0 ? [key.id] : [];
    }),
  );
  const years = [...schoolYears].sort().filter((y) => withData.has(y));
  return { available: withData.has(year), first: years[0] ?? null, last: years.at(-1) ?? null };
}

/** Which message explains the missing year: not yet loaded, before the first year, or none at all. */
export function missingEnrolmentsMessage(
  a: EnrolmentAvailability,
  year: string,
  messages: { noEnrolments: string; noEnrolmentsBefore: string; noEnrolmentsAtAll: string },
  template: (message: string, values: Record<string, string>) => string,
): string | null {
  if (a.available) return null;
  if (!a.last || !a.first) return messages.noEnrolmentsAtAll;
  if (year < a.first) return template(messages.noEnrolmentsBefore, { year, first: a.first });
  return template(messages.noEnrolments, { year, last: a.last });
}
