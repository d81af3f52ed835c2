import { graphql, type ResultOf } from '../../graphql';
import { KpiCatalogEntryFields } from '../../components/KpiDefinitionButton';

// The methodology page reads the same catalogue as the definition dialog (one source for both):
// the dialog's fields plus the unit, the measures and how a school year is cut at a day.

export const MethodologyQuery = graphql(
  `
    query Methodology {
      kpiCatalog {
        ...KpiCatalogEntry
        unit
        periodKind
        measures {
          id
          nameNl
          nameEn
          unit
          personCount
        }
      }
    }
  `,
  [KpiCatalogEntryFields],
);

export type MethodologyEntry = ResultOf<typeof MethodologyQuery>['kpiCatalog'][number];
