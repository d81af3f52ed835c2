import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { buildRecordsFixture, RECORDS_TODAY, type RecordsFixture } from '../../testing/records-fixture.js';
import { createTestDb } from '../../testing/test-db.js';

let db: Db;
let f: RecordsFixture;
beforeAll(() => {
  db = createTestDb();
  f = buildRecordsFixture(db);
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { agreementNumber: string } }[];
}

async function numbers(args: string, after?: string | null, who: keyof RecordsFixture['users'] = 'admin') {
  const response = await runGraphQL<{ agreements: Page }>(
    db,
    `query($after: String) { agreements(${args}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { agreementNumber } } } }`,
    { after },
    { userId: f.users[who], today: RECORDS_TODAY },
  );
  expect(response.errors).toBeUndefined();
  const result = response.data!.agreements;
  return { numbers: result.edges.map((e) => e.node.agreementNumber), totalCount: result.totalCount, pageInfo: result.pageInfo };
}

describe('agreements connection', () => {
  it('orders by newest start by default (ties by id, descending) and by other columns on request', async () => {
    expect((await numbers('first: 10')).numbers).toEqual(['AGR-003', 'AGR-004', 'AGR-001', 'AGR-002']);
    expect((await numbers('first: 10, orderBy: { field: START_ON }')).numbers).toEqual(['AGR-002', 'AGR-001', 'AGR-004', 'AGR-003']);
    expect((await numbers('first: 10, orderBy: { field: AGREEMENT_NUMBER, direction: DESC }')).numbers).toEqual([
      'AGR-004', 'AGR-003', 'AGR-002', 'AGR-001',
    ]);
  });

  it('pages with first/after', async () => {
    const one = await numbers('first: 3');
    expect(one.numbers).toEqual(['AGR-003', 'AGR-004', 'AGR-001']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(one.totalCount).toBe(4);
    const two = await numbers('first: 3', one.pageInfo.endCursor);
    expect(two.numbers).toEqual(['AGR-002']);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['{ statuses: [TERMINATED_EARLY] }', ['AGR-002']],
    ['{ terminationReasons: [MISMATCH] }', ['AGR-002']],
    ['{ types: [DA, ODOS] }', ['AGR-003', 'AGR-004']],
    ['{ partnerships: ["VLAAMS_PARTNERSCHAP"] }', ['AGR-004']],
    ['{ provinces: [ANTWERPEN] }', ['AGR-001', 'AGR-002']],
    ['{ startFrom: "2023-09-01" }', ['AGR-001', 'AGR-003', 'AGR-004']],
    ['{ startFrom: "2023-09-02", startTo: "2023-12-31" }', ['AGR-003']],
    ['{ levels: [ADULT] }', ['AGR-004']],
    ['{ trainings: ["HORECA_KOK"], statuses: [RUNNING] }', ['AGR-003']],
  ])('filters %s', async (filter, expected) => {
    const result = await numbers(`first: 10, filter: ${filter}, orderBy: { field: AGREEMENT_NUMBER }`);
    expect(result.numbers).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });

  it('keeps sector staff to their own agreements under any filter', async () => {
    const result = await numbers('first: 10, filter: { statuses: [RUNNING] }', null, 'bouw');
    expect(result.numbers).toEqual(['AGR-001']);
    expect(result.totalCount).toBe(1);
  });
});
