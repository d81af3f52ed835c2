import { useQuery } from 'urql';
import { graphql } from '../../../graphql';
import { template } from '../../../i18n/template';
import { useI18n } from '../../../i18n/i18n';
import { enrolmentAvailability, missingEnrolmentsMessage } from '../enrolment-availability';

const EnrolmentNoticeQuery = graphql(`
  query EnrolmentNotice {
    schoolYears
    enrolments: kpiTrend(id: K17, measure: "enrolments") {
      rows {
        keys {
          dimension
          id
          label
        }
        value
        status
      }
      total {
        keys {
          dimension
          id
          label
        }
        value
        status
      }
    }
  }
`);

/**
 * The notice to show instead of zeros when the chosen school year has no enrolment data yet
 * (null while loading or when the year has data). One query, cached, shared by chart and map.
 */
export function useEnrolmentNotice(schoolYear: string): { notice: string | null; loaded: boolean } {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: EnrolmentNoticeQuery });
  if (!data) return { notice: null, loaded: false };
  const availability = enrolmentAvailability(data.schoolYears, data.enrolments, schoolYear);
  return { notice: missingEnrolmentsMessage(availability, schoolYear, t.radar, template), loaded: true };
}
