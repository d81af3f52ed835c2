import { graphql } from '../graphql';

/**
 * A KPI result as a table of measures reads it (lib/kpi-table.ts): every row and the total, each
 * with its keys, value and status. One selection for the measure tables of sectors, mentors and
 * the radar, so a field added to a table's cells is added once.
 */
export const KpiMeasureResult = graphql(`
  fragment KpiMeasureResult on KpiResult {
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
`);
