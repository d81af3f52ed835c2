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
  edges: { node: { mentorKey: string } }[];
}

async function keys(args: string, who: keyof RecordsFixture['users'] = 'admin', after?: string | null) {
  const response = await runGraphQL<{ mentors: Page }>(
    db,
    `query($after: String) { mentors(${args}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { mentorKey } } } }`,
    { after },
    { userId: f.users[who], today: RECORDS_TODAY },
  );
  expect(response.errors).toBeUndefined();
  const result = response.data!.mentors;
  return { keys: result.edges.map((e) => e.node.mentorKey), totalCount: result.totalCount, pageInfo: result.pageInfo };
}

describe('mentors connection', () => {
  it('orders by mentor key by default and by the earliest training deadline on request', async () => {
    expect((await keys('first: 10')).keys).toEqual(['MK-1', 'MK-2', 'MK-3', 'MK-4']);
    // deadlines: M1 2023-10-10, M4 2023-10-10 (and 2024-03-10), M2 2024-03-10, M3 2024-05-08; ties by id.
    expect((await keys('first: 10, orderBy: { field: NEXT_DEADLINE }')).keys).toEqual(['MK-1', 'MK-4', 'MK-2', 'MK-3']);
    expect((await keys('first: 10, orderBy: { field: NEXT_DEADLINE, direction: DESC }')).keys).toEqual(['MK-3', 'MK-2', 'MK-4', 'MK-1']);
  });

  it('pages through the deadline ordering with cursors', async () => {
    const one = await keys('first: 2, orderBy: { field: NEXT_DEADLINE }');
    expect(one.keys).toEqual(['MK-1', 'MK-4']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(one.totalCount).toBe(4);
    const two = await keys('first: 2, orderBy: { field: NEXT_DEADLINE }', 'admin', one.pageInfo.endCursor);
    expect(two.keys).toEqual(['MK-2', 'MK-3']);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['{ trainingStatuses: [PENDING] }', 'admin', ['MK-1', 'MK-3']],
    ['{ trainingStatuses: [PENDING] }', 'bouw', ['MK-1']],
    ['{ partnerships: ["HORECA"] }', 'admin', ['MK-2', 'MK-4']],
    ['{ deadlineTo: "2023-12-31" }', 'admin', ['MK-1', 'MK-4']],
    ['{ deadlineFrom: "2024-01-01", deadlineTo: "2024-04-30" }', 'admin', ['MK-2', 'MK-4']],
    // both conditions on one training record: M4 is EXEMPT at HORECA, not at BOUW
    ['{ trainingStatuses: [EXEMPT], partnerships: ["BOUW"] }', 'admin', []],
    // M4's NOT_COMPLETED record belongs to BOUW: Horeca staff cannot filter on it
    ['{ trainingStatuses: [NOT_COMPLETED] }', 'horeca', []],
    ['{ trainingStatuses: [NOT_COMPLETED] }', 'bouw', ['MK-4']],
    ['{ mentorKey: "MK-3" }', 'admin', ['MK-3']],
  ] as const)('filters %s as %s', async (filter, who, expected) => {
    const result = await keys(`first: 10, filter: ${filter}`, who);
    expect(result.keys).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });
});
