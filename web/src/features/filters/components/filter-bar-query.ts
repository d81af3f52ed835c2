import { graphql, type VariablesOf } from '../../../graphql';
import type { Filters } from '../../../lib/filters';

// The lists as a fragment on Query, so the overview's first request (overview-start.ts) asks
// for exactly these fields with the same variables.
export const FilterBarLists = graphql(`
  fragment FilterBarLists on Query {
    schoolYears
    partnerships {
      code
      nameNl
    }
    provinces {
      code
      nameNl
    }
    municipalities(provinces: $provinces) @include(if: $withMunicipalities) {
      nisCode
      nameNl
    }
    jointCommittees(partnerships: $partnerships) {
      code
      nameNl
      partnershipCode
    }
    trainings(level: $level, system: $system) {
      code
      nameNl
      system
      level
    }
  }
`);

export const FilterBarQuery = graphql(
  `
    query FilterBar(
      $partnerships: [String!]
      $provinces: [Province!]
      $withMunicipalities: Boolean!
      $level: Level
      $system: System
    ) {
      ...FilterBarLists
    }
  `,
  [FilterBarLists],
);

/** The filter bar's variables for the filters in the URL (the bar and the first request use this one function). */
export function filterBarVariables(filters: Filters): VariablesOf<typeof FilterBarQuery> {
  return {
    partnerships: filters.partnership ? [filters.partnership] : undefined,
    provinces: filters.province ? [filters.province] : undefined,
    withMunicipalities: !!filters.province,
    level: filters.level,
    system: filters.system,
  };
}

// With a partnership or PC number chosen, the training list narrows to trainings recognised there.
export const FilterBarTrainingsQuery = graphql(`
  query FilterBarTrainings($schoolYear: String!, $filter: KpiFilter) {
    kpi(id: K1, schoolYear: $schoolYear, filter: $filter, groupBy: [TRAINING]) {
      rows {
        keys {
          id
          label
        }
      }
    }
  }
`);
