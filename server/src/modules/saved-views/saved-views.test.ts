import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { databaseDigest } from '../imports/index.js';

// Saved views (issue 11) through the API. Fixture: two users, Ada (ADMIN) and Piet
// (POLICYMAKER), no views yet. The clock is fixed at 2026-11-29 12:00 UTC so audit rows and
// timestamps are known.

const NOW = new Date('2026-11-29T12:00:00.000Z');
const LIST = `query { savedViews { id name path query url createdAt updatedAt } }`;
const SAVE = `mutation($input: SaveViewInput!) { saveView(input: $input) { id name path query url } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameSavedView(id: $id, name: $name) { id name url } }`;
const DELETE = `mutation($id: ID!) { deleteSavedView(id: $id) }`;

interface View {
  id: string;
  name: string;
  path: string;
  query: string;
  url: string;
}

let db: Db;
let ada: number;
let piet: number;
const as = (userId: number) => ({ userId, today: '2026-11-29', now: NOW });
const save = (userId: number, input: Record<string, unknown>) => runGraphQL<{ saveView: View }>(db, SAVE, { input }, as(userId));
const list = async (userId: number) => (await runGraphQL<{ savedViews: View[] }>(db, LIST, {}, as(userId))).data?.savedViews ?? [];
const audit = (action: string) =>
  db.sqlite.prepare('select user_id as userId, entity, detail, at from audit_log where action = ? order by id').all(action) as { userId: number; entity: string; detail: string; at: string }[];

beforeEach(() => {
  db = createTestDb();
  const f = createFactories(db);
  ada = f.user({ role: 'ADMIN', name: 'Ada' });
  piet = f.user({ role: 'POLICYMAKER', name: 'Piet' });
});

describe('saving a view', () => {
  it('keeps path and filters, lists it for its owner only, and audits the write', async () => {
    const result = await save(ada, { name: '  Limburg mentoren  ', path: '/mentoren', query: '?jaar=2024-2025&provincie=LIMBURG' });
    expect(result.errors).toBeUndefined();
    // The name is trimmed; the query is stored without "?"; the url puts both together.
    expect(result.data?.saveView).toMatchObject({ name: 'Limburg mentoren', path: '/mentoren', query: 'jaar=2024-2025&provincie=LIMBURG', url: '/mentoren?jaar=2024-2025&provincie=LIMBURG' });
    expect((await list(ada)).map((v) => v.name)).toEqual(['Limburg mentoren']);
    // Piet saved nothing: he sees none of Ada's views.
    expect(await list(piet)).toEqual([]);
    const id = result.data!.saveView.id;
    expect(audit('saved_view_created')).toEqual([{ userId: ada, entity: 'saved_views', detail: `${id} /mentoren?jaar=2024-2025&provincie=LIMBURG`, at: NOW.toISOString() }]);
  });

  it('lists a user\'s views by name, ignoring case', async () => {
    for (const name of ['trends', 'Antwerpen', 'beheer']) expect((await save(ada, { name, path: '/overzicht' })).errors).toBeUndefined();
    // a < b < t without regard to case; "Antwerpen" sorts first although uppercase.
    expect((await list(ada)).map((v) => v.name)).toEqual(['Antwerpen', 'beheer', 'trends']);
  });

  it('keeps a view option (the map level) and drops empty parameters', async () => {
    const result = await save(ada, { name: 'Kaart', path: 'provincies', query: 'jaar=2024-2025&kaart=gemeenten&provincie=' });
    expect(result.data?.saveView.url).toBe('/provincies?jaar=2024-2025&kaart=gemeenten');
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'is empty'],
    ['an 81-character name', { name: 'x'.repeat(81) }, 'name', 'longer than 80'],
    ['a path that is no view', { path: '/geheim' }, 'path', "dashboard's views"],
    ['an unknown URL parameter', { query: 'jaar=2024-2025&token=abc' }, 'query', 'unknown parameter "token"'],
    ['a malformed school year', { query: 'jaar=2024' }, 'query', 'school year'],
    ['an unknown province', { query: 'provincie=HOLLAND' }, 'query', 'parameter "provincie" must be one of'],
    ['a repeated parameter', { query: 'jaar=2024-2025&jaar=2023-2024' }, 'query', 'more than once'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, field, words) => {
    const before = databaseDigest(db);
    const result = await save(ada, { name: 'Mijn weergave', path: '/overzicht', query: '', ...change });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0]?.extensions as { field?: string } | undefined)?.field).toBe(field);
    expect(result.errors?.[0]?.message).toContain(`${field}: `);
    expect(result.errors?.[0]?.message).toContain(words);
    expect(databaseDigest(db)).toEqual(before);
    expect(audit('saved_view_created')).toEqual([]);
  });

  it('refuses a second view of the same name (ignoring case) for one user, but not for another user', async () => {
    expect((await save(ada, { name: 'Limburg', path: '/overzicht' })).errors).toBeUndefined();
    const again = await save(ada, { name: 'LIMBURG', path: '/trends' });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toBe('name: you already have a view named "LIMBURG"');
    // Names are unique per user: Piet may use the same name.
    expect((await save(piet, { name: 'Limburg', path: '/trends' })).errors).toBeUndefined();
    expect((await list(ada)).map((v) => v.path)).toEqual(['/overzicht']);
  });

  it('asks an anonymous caller to sign in', async () => {
    const result = await runGraphQL(db, SAVE, { input: { name: 'x', path: '/overzicht' } }, { today: '2026-11-29' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('renaming and deleting', () => {
  let adaView: string;
  beforeEach(async () => {
    adaView = (await save(ada, { name: 'Limburg', path: '/mentoren', query: 'provincie=LIMBURG' })).data!.saveView.id;
    await save(ada, { name: 'Antwerpen', path: '/mentoren', query: 'provincie=ANTWERPEN' });
  });

  it('renames an own view and audits it', async () => {
    const result = await runGraphQL<{ renameSavedView: View }>(db, RENAME, { id: adaView, name: 'Limburg 2024' }, as(ada));
    expect(result.data?.renameSavedView).toEqual({ id: adaView, name: 'Limburg 2024', url: '/mentoren?provincie=LIMBURG' });
    expect(audit('saved_view_renamed')).toEqual([{ userId: ada, entity: 'saved_views', detail: adaView, at: NOW.toISOString() }]);
  });

  it('lets a view keep its own name in another case, but not take the name of another view', async () => {
    expect((await runGraphQL(db, RENAME, { id: adaView, name: 'LIMBURG' }, as(ada))).errors).toBeUndefined();
    const clash = await runGraphQL(db, RENAME, { id: adaView, name: 'antwerpen' }, as(ada));
    expect(clash.errors?.[0]?.message).toBe('name: you already have a view named "antwerpen"');
  });

  it('deletes an own view and audits it', async () => {
    const result = await runGraphQL<{ deleteSavedView: string }>(db, DELETE, { id: adaView }, as(ada));
    expect(result.data?.deleteSavedView).toBe(adaView);
    expect((await list(ada)).map((v) => v.name)).toEqual(['Antwerpen']);
    expect(audit('saved_view_deleted')).toEqual([{ userId: ada, entity: 'saved_views', detail: adaView, at: NOW.toISOString() }]);
  });

  it("answers NOT_FOUND on another user's view, for renaming and deleting, and changes nothing", async () => {
    const before = databaseDigest(db);
    const rename = await runGraphQL(db, RENAME, { id: adaView, name: 'Van Piet' }, as(piet));
    const remove = await runGraphQL(db, DELETE, { id: adaView }, as(piet));
    for (const result of [rename, remove]) {
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toBe(`id: you have no saved view with id ${adaView}`);
    }
    expect(databaseDigest(db)).toEqual(before);
    expect((await list(ada)).map((v) => v.name)).toEqual(['Antwerpen', 'Limburg']);
  });

  it('answers NOT_FOUND on an id that is no number', async () => {
    const result = await runGraphQL(db, DELETE, { id: 'abc' }, as(ada));
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
