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
  edges: { node: { applicationId: string } }[];
}

async function page(args: string, variables: Record<string, unknown> = {}, who: keyof RecordsFixture['users'] = 'admin') {
  const response = await runGraphQL<{ recognitions: Page }>(
    db,
    `query($after: String) { recognitions(${args}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { applicationId } } } }`,
    variables,
    { userId: f.users[who], today: RECORDS_TODAY },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.recognitions;
}
const ids = (p: Page) => p.edges.map((e) => e.node.applicationId);

describe('recognitions connection', () => {
  it('pages with first/after in submission order, with the total on every page', async () => {
    const order = 'first: 2, orderBy: { field: SUBMITTED_ON, direction: ASC }';
    const one = await page(order);
    expect(ids(one)).toEqual(['APP-005', 'APP-001']);
    expect(one.totalCount).toBe(6);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page(order, { after: one.pageInfo.endCursor });
    expect(ids(two)).toEqual(['APP-002', 'APP-003']);
    const three = await page(order, { after: two.pageInfo.endCursor });
    expect(ids(three)).toEqual(['APP-004', 'APP-006']);
    expect(three.pageInfo.hasNextPage).toBe(false);
    expect(three.totalCount).toBe(6);
  });

  it('orders by newest submission by default, and by application id or status on request', async () => {
    expect(ids(await page('first: 10'))).toEqual(['APP-006', 'APP-004', 'APP-003', 'APP-002', 'APP-001', 'APP-005']);
    expect(ids(await page('first: 10, orderBy: { field: APPLICATION_ID, direction: DESC }'))).toEqual([
      'APP-006', 'APP-005', 'APP-004', 'APP-003', 'APP-002', 'APP-001',
    ]);
    // APPROVED < EXPIRED < IN_REVIEW < REJECTED as text; ties by id.
    expect(ids(await page('first: 10, orderBy: { field: STATUS }'))).toEqual(['APP-001', 'APP-003', 'APP-004', 'APP-005', 'APP-006', 'APP-002']);
  });

  it.each([
    ['{ statuses: [APPROVED] }', ['APP-001', 'APP-003', 'APP-004']],
    ['{ provinces: [LIMBURG] }', ['APP-002', 'APP-003']],
    ['{ municipalities: ["11002"] }', ['APP-001', 'APP-005', 'APP-006']],
    ['{ handlingPartnerships: ["HORECA"] }', ['APP-002', 'APP-003']],
    ['{ jointCommittees: ["200"] }', ['APP-004']],
    ['{ trainings: ["BOUW_METSELAAR"] }', ['APP-001', 'APP-005', 'APP-006']],
    ['{ levels: [ADULT] }', ['APP-004']],
    ['{ submittedFrom: "2023-01-01", submittedTo: "2023-12-31" }', ['APP-002', 'APP-003', 'APP-004']],
    ['{ statuses: [APPROVED], provinces: [ANTWERPEN] }', ['APP-001']],
    ['{ statuses: [REJECTED], provinces: [ANTWERPEN] }', []],
  ])('filters %s', async (filter, expected) => {
    const result = await page(`first: 10, filter: ${filter}, orderBy: { field: APPLICATION_ID }`);
    expect(ids(result)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });

  it('combines a filter with the partnership scope of sector staff', async () => {
    const result = await page('first: 10, filter: { statuses: [APPROVED] }', {}, 'bouw');
    expect(ids(result)).toEqual(['APP-001']);
    expect(result.totalCount).toBe(1);
  });

  it('refuses a page larger than 200 and serves one of 200', async () => {
    const tooLarge = await runGraphQL(db, '{ recognitions(first: 201) { totalCount } }', {}, { userId: f.users.admin });
    expect(tooLarge.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const last = await runGraphQL(db, '{ mentors(last: 500) { totalCount } }', {}, { userId: f.users.admin });
    expect(last.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(ids(await page('first: 200'))).toHaveLength(6);
  });

  it('shows the status history, rejection reasons and mentors of a recognition', async () => {
    const response = await runGraphQL<{ node: Record<string, unknown> }>(
      db,
      `query($id: ID!) { node(id: $id) { ... on Recognition { applicationId status rejectionReasons
        statusHistory { status occurredOn } handlingPartnership { code } establishment { name enterprise { kboNumber } } training { code } } } }`,
      { id: Buffer.from(`Recognition:${f.recognitions.R2}`).toString('base64') },
      { userId: f.users.horeca },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.node).toEqual({
      applicationId: 'APP-002',
      status: 'REJECTED',
      rejectionReasons: ['INSUFFICIENT_EQUIPMENT', 'NO_QUALIFIED_MENTOR'],
      statusHistory: [
        { status: 'SUBMITTED', occurredOn: '2023-01-15' },
        { status: 'IN_REVIEW', occurredOn: '2023-01-18' },
        { status: 'REJECTED', occurredOn: '2023-01-25' },
      ],
      handlingPartnership: { code: 'HORECA' },
      establishment: { name: 'De Kok Hasselt', enterprise: { kboNumber: '0400000284' } },
      training: { code: 'HORECA_KOK' },
    });

    const mentors = await runGraphQL<{ node: { mentors: { totalCount: number; edges: { node: Record<string, unknown> }[] } } }>(
      db,
      `query($id: ID!) { node(id: $id) { ... on Recognition { mentors { totalCount edges { node { addedOn removedOn removalReason mentor { mentorKey } } } } } } }`,
      { id: Buffer.from(`Recognition:${f.recognitions.R1}`).toString('base64') },
      { userId: f.users.member },
    );
    expect(mentors.errors).toBeUndefined();
    expect(mentors.data!.node.mentors.totalCount).toBe(2);
    expect(mentors.data!.node.mentors.edges.map((e) => e.node)).toEqual([
      { addedOn: '2022-10-01', removedOn: null, removalReason: null, mentor: { mentorKey: 'MK-1' } },
      { addedOn: '2022-10-01', removedOn: '2024-01-15', removalReason: 'TRAINING_NOT_FOLLOWED', mentor: { mentorKey: 'MK-4' } },
    ]);
  });
});
