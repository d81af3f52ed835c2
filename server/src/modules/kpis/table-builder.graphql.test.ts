import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { buildKpiFixture, type KpiFixture } from './kpi-fixture.js';

// The table builder (web view /tabel) asks kpiTrend, per KPI, grouped by the chosen dimension and
// without grouping (the selection's distinct total). Its figures must be the ones the charts show
// for one school year (kpi, as the province map and breakdown charts ask it): checked here on the
// KPI fixture for every year, and by hand for K13 in Y and P.

const TABLE = /* GraphQL */ `
  query TableBuilderTrend($id: KpiId!, $measure: String, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    byMember: kpiTrend(id: $id, measure: $measure, filter: $filter, groupBy: $groupBy) { rows { keys { dimension id label } value status } }
    overall: kpiTrend(id: $id, measure: $measure, filter: $filter) { rows { keys { dimension id label } value status } }
  }
`;
const CHART = /* GraphQL */ `
  query Chart($id: KpiId!, $measure: String, $schoolYear: String!, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    kpi(id: $id, measure: $measure, schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
      rows { keys { dimension id label } value status }
      total { value status }
    }
    schoolYears
  }
`;

/** A fixed day after the fixture's last event, so open statuses are derived the same on every run. */
const TODAY = '2024-06-30';

interface Row {
  keys: { dimension: string; id: string; label: string }[];
  value: number | null;
  status: string;
}

let db: Db;
let fx: KpiFixture;
beforeAll(() => {
  db = createTestDb();
  fx = buildKpiFixture(db);
});

async function table(vars: Record<string, unknown>, userId: number) {
  const r = await runGraphQL<{ byMember: { rows: Row[] }; overall: { rows: Row[] } }>(db, TABLE, vars, { userId, today: TODAY });
  expect(r.errors).toBeUndefined();
  return r.data!;
}
async function chart(vars: Record<string, unknown>, userId: number) {
  const r = await runGraphQL<{ kpi: { rows: Row[]; total: { value: number | null; status: string } }; schoolYears: string[] }>(db, CHART, vars, { userId, today: TODAY });
  expect(r.errors).toBeUndefined();
  return r.data!;
}
/** "2022-2023|LIMBURG" → value and status. */
const cells = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.keys.map((k) => k.id).join('|'), [r.value, r.status]]));

describe('the table builder’s figures', () => {
  const filter = { provinces: ['LIMBURG', 'ANTWERPEN'] };

  it('K13 for Limburg and Antwerpen, derived by hand', async () => {
    const t = await table({ id: 'K13', filter, groupBy: ['PROVINCE'] }, fx.users.admin);
    // Running on at least one day of Y (2022-09-01 … 2023-08-31), by the establishment's province:
    // Antwerpen A1 (ES1a, to 2023-06-30), A3 (ES4, from 2022-09-15), A8 (ES4, ended 2023-03-15) = 3;
    // Limburg A4 (ES3, from 2023-04-01), A6 (ES1b, from 31 August 2023) = 2; A5 is cancelled.
    // P (2021-09-01 … 2022-08-31): Antwerpen A1 (starts 31 August 2022), A8 (from 2022-02-01) = 2;
    // Limburg nothing, so no row (the table shows 0 for a count the API does not list).
    const byMember = cells(t.byMember.rows);
    expect(byMember['2022-2023|ANTWERPEN']).toEqual([3, 'OK']);
    expect(byMember['2022-2023|LIMBURG']).toEqual([2, 'OK']);
    expect(byMember['2021-2022|ANTWERPEN']).toEqual([2, 'OK']);
    expect(byMember['2021-2022|LIMBURG']).toBeUndefined();
    // No agreement lies in both provinces: the selection's total is the sum, 5 in Y and 2 in P.
    const overall = cells(t.overall.rows);
    expect(overall['2022-2023']).toEqual([5, 'OK']);
    expect(overall['2021-2022']).toEqual([2, 'OK']);
  });

  it('equal the charts’ figures (kpi for one year) for every year, KPI, dimension and role', async () => {
    const cases = [
      { id: 'K13', filter, groupBy: 'PROVINCE' },
      { id: 'K1', filter, groupBy: 'PROVINCE' },
      { id: 'K9', filter: { partnerships: ['BOUW', 'HORECA'] }, groupBy: 'PARTNERSHIP' },
      { id: 'K10', measure: 'complianceRate', filter: {}, groupBy: 'PARTNERSHIP' },
    ];
    let compared = 0;
    const statuses = new Set<string>();
    for (const userId of [fx.users.admin, fx.users.policymaker, fx.users.member]) {
      for (const c of cases) {
        const t = await table({ id: c.id, measure: c.measure, filter: c.filter, groupBy: [c.groupBy] }, userId);
        const years = (await chart({ id: c.id, measure: c.measure, schoolYear: '2022-2023', filter: c.filter, groupBy: [c.groupBy] }, userId)).schoolYears;
        for (const year of years) {
          const one = await chart({ id: c.id, measure: c.measure, schoolYear: year, filter: c.filter, groupBy: [c.groupBy] }, userId);
          const trendRows = t.byMember.rows.filter((r) => r.keys[0]?.id === year).map((r) => ({ ...r, keys: r.keys.slice(1) }));
          expect(cells(trendRows), `${c.id} ${year} rows`).toEqual(cells(one.kpi.rows));
          const total = t.overall.rows.find((r) => r.keys[0]?.id === year);
          // A year the trend does not list holds nothing: the chart's total is then 0 or not applicable.
          if (total) expect([total.value, total.status], `${c.id} ${year} total`).toEqual([one.kpi.total.value, one.kpi.total.status]);
          else expect([0, null]).toContain(one.kpi.total.value);
          compared += one.kpi.rows.length;
          for (const r of [...one.kpi.rows, one.kpi.total]) statuses.add(r.status);
        }
      }
    }
    // The comparison saw figures, including the policymaker's suppressed and rounded ones.
    expect(compared).toBeGreaterThan(20);
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['OK', 'ROUNDED', 'SUPPRESSED']));
  });
});
