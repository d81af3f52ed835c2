import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorState, Loading } from './StateView';

export const SchoolYearGateQuery = graphql(`
  query SchoolYearGate {
    schoolYears
  }
`);

/**
 * Views need a school year: the filter bar puts the latest one in the URL. Until then a loading
 * state, and an explicit empty state when the database holds no school year at all.
 */
export function SchoolYearGate({ schoolYear, children }: { schoolYear: string | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const [{ data, error }, reexecute] = useQuery({ query: SchoolYearGateQuery });
  if (error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (data && data.schoolYears.length === 0) {
    return (
      <p className="state state-empty" role="status">
        {t.state.noSchoolYears}
      </p>
    );
  }
  if (!schoolYear || !data) return <Loading />;
  return <>{children}</>;
}
