import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import type { TableDimension } from './table-state';

// The table's figures come from kpiTrend, the query of the trend chart, under the same access
// rules and disclosure control: per KPI the selection grouped by the dimension, and the
// selection's own distinct total per school year.

export const TableBuilderTrendQuery = graphql(`
  query TableBuilderTrend($id: KpiId!, $measure: String, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    byMember: kpiTrend(id: $id, measure: $measure, filter: $filter, groupBy: $groupBy) {
      measure
      rows {
        keys {
          dimension
          id
          label
        }
        value
        status
      }
    }
    overall: kpiTrend(id: $id, measure: $measure, filter: $filter) {
      rows {
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

export const TableBuilderListsQuery = graphql(`
  query TableBuilderLists($withPartnerships: Boolean!, $withTrainings: Boolean!) {
    schoolYears
    kpiCatalog {
      id
      nameNl
      nameEn
      unit
      definitionNl
      definitionEn
      breakdowns
      defaultMeasure
      measures {
        id
        nameNl
        nameEn
        unit
      }
    }
    partnerships @include(if: $withPartnerships) {
      code
      nameNl
    }
    trainings @include(if: $withTrainings) {
      code
      label
    }
  }
`);

type Vars = VariablesOf<typeof TableBuilderTrendQuery>;
export type KpiIdValue = Vars['id'];
export type TrendData = ResultOf<typeof TableBuilderTrendQuery>;

/** The API's filter for the chosen members; none chosen: no filter (every member). */
export function memberFilter(dimension: TableDimension, members: readonly string[]): NonNullable<Vars['filter']> {
  if (!members.length) return {};
  if (dimension === 'PROVINCE') return { provinces: members as NonNullable<Vars['filter']>['provinces'] };
  if (dimension === 'PARTNERSHIP') return { partnerships: [...members] };
  return { trainings: [...members] };
}

export interface IndicatorRequest {
  indicator: string;
  kpi: KpiIdValue;
  measure?: string;
}

/**
 * One request per KPI, all at once (the number of KPIs is the user's choice, so no fixed list of
 * hooks); the results come back in the order asked. `fetching` while the answer is not the
 * current choice's.
 */
export function useTableResults(requests: readonly IndicatorRequest[], dimension: TableDimension, members: readonly string[]) {
  const client = useClient();
  const key = JSON.stringify([requests, dimension, members]);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; data: (TrendData | undefined)[]; error?: CombinedError }>({ key: '', data: [] });
  useEffect(() => {
    let current = true;
    const filter = memberFilter(dimension, members);
    void Promise.all(
      requests.map((r) =>
        client.query(TableBuilderTrendQuery, { id: r.kpi, measure: r.measure, filter, groupBy: [dimension] }, attempt ? { requestPolicy: 'network-only' } : undefined).toPromise(),
      ),
    ).then((responses) => {
      if (!current) return;
      setAnswer({ key, data: responses.map((r) => r.data), error: responses.find((r) => r.error)?.error });
    });
    return () => {
      current = false;
    };
    // `key` stands for requests, dimension and members.
  }, [key, attempt, client]);
  return { fetching: answer.key !== key, data: answer.data, error: answer.key === key ? answer.error : undefined, retry: () => setAttempt((a) => a + 1) };
}
