import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { buildRecordsFixture, type RecordsFixture } from '../../testing/records-fixture.js';
import { createTestDb } from '../../testing/test-db.js';

let db: Db;
let f: RecordsFixture;
beforeAll(() => {
  db = createTestDb();
  f = buildRecordsFixture(db);
});

describe('query limits and error codes', () => {
  it('refuses a query deeper than 10 levels before resolving anything', async () => {
    // recognitions(1) edges(2) node(3) establishment(4) enterprise(5) establishments(6) edges(7)
    // node(8) recognitions(9) edges(10) node(11) training(12) code(13)
    const deep = `{ recognitions(first: 1) { edges { node { establishment { enterprise { establishments { edges { node {
      recognitions { edges { node { training { code } } } } } } } } } } } } }`;
    const response = await runGraphQL(db, deep, {}, { userId: f.users.admin });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Query exceeds the maximum depth', 'BAD_USER_INPUT']]);
  });

  it('serves a query of depth 10', async () => {
    const ok = `{ recognitions(first: 1, orderBy: { field: APPLICATION_ID }) { edges { node { establishment { enterprise {
      establishments { edges { node { name } } } } } } } } }`;
    const response = await runGraphQL<{ recognitions: { edges: { node: { establishment: { enterprise: { establishments: { edges: { node: { name: string } }[] } } } } }[] } }>(
      db, ok, {}, { userId: f.users.admin });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recognitions.edges[0]!.node.establishment.enterprise.establishments.edges).toEqual([{ node: { name: 'Peeters werf Antwerpen' } }]);
  });

  it('answers NOT_FOUND for an unknown training in prospects', async () => {
    const response = await runGraphQL(db, '{ prospects(trainingCode: "NOPE", first: 5) { totalCount } }', {}, { userId: f.users.admin });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('filters prospects by region', async () => {
    const run = async (provinces: string) => {
      const response = await runGraphQL<{ prospects: { totalCount: number; edges: { node: { name: string } }[] } }>(
        db, `{ prospects(trainingCode: "BOUW_METSELAAR", provinces: [${provinces}], first: 5) { totalCount edges { node { name } } } }`, {}, { userId: f.users.bouw });
      expect(response.errors).toBeUndefined();
      return response.data!.prospects.edges.map((e) => e.node.name);
    };
    expect(await run('LIMBURG')).toEqual(['Aannemer Zonder Erkenning']);
    expect(await run('ANTWERPEN')).toEqual(['Bouw Vroeger Erkend']); // E1 is also in Antwerpen but recognised today
    expect(await run('WEST_VLAANDEREN')).toEqual([]);
  });

  it('masks unexpected errors', async () => {
    const broken = createTestDb();
    const fixture = buildRecordsFixture(broken);
    broken.sqlite.exec('drop table appeals');
    const response = await runGraphQL(broken, '{ appeals(first: 5) { totalCount } }', {}, { userId: fixture.users.admin });
    expect(response.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Unexpected error.', 'INTERNAL_SERVER_ERROR']]);
    expect(JSON.stringify(response)).not.toMatch(/sql|no such table|select/i);
  });
});
