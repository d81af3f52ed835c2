import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import { KPI_CATALOG } from './catalog.js';
import { breakdowns } from './engine/define.js';
import { recordStatements } from './engine/sql.js';
import type { KpiDimension } from './engine/types.js';
import { computeKpi, type KpiInput } from './kpis.service.js';

// The SQL each KPI emits, one checked-in file per KPI (sql-snapshots/Kn.sql), so a reviewer sees
// a changed query in the diff. Per measure: the total of a school year, the same grouped by the
// KPI's first breakdown, and filtered on a province. The statements are recorded on an empty
// database: the text does not depend on the data. `npx vitest run -u <this file>` rewrites them
// after a deliberate change.

const db = createTestDb();
const actor = { userId: null, role: 'ADMIN' as const, partnershipId: null };

function statementsOf(input: KpiInput): string[] {
  return recordStatements(() => computeKpi({ db, actor, today: '2023-10-01', suppressionThreshold: 0, input })).statements;
}

describe('the SQL of each KPI', () => {
  for (const kpi of KPI_CATALOG) {
    it(`${kpi.id}`, async () => {
      const groupBy = breakdowns(kpi).find((d) => d !== 'SCHOOL_YEAR') as KpiDimension;
      const sections: string[] = [];
      for (const measure of kpi.measures) {
        const cases: [string, KpiInput][] = [
          ['total', { id: kpi.id, measure: measure.id, schoolYear: '2022-2023' }],
          [`by ${groupBy}`, { id: kpi.id, measure: measure.id, schoolYear: '2022-2023', groupBy: [groupBy] }],
          ['provinces filter', { id: kpi.id, measure: measure.id, schoolYear: '2022-2023', filter: { provinces: ['ANTWERPEN'] } }],
        ];
        for (const [name, input] of cases) {
          const statements = statementsOf(input);
          // Every case runs at least one statement (a not-applicable filter runs none: say so).
          sections.push(`-- ${kpi.id} ${measure.id}, ${name}: ${statements.length} statement(s)\n${statements.map((s) => `${s};`).join('\n\n')}`);
        }
      }
      await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot(`./sql-snapshots/${kpi.id}.sql`);
    });
  }
});
