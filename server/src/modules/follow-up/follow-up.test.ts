import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { databaseDigest } from '../imports/index.js';
import { deleteFollowUpAction, recordFollowUpAction } from './follow-up.service.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { buildRecordsFixture, type RecordsFixture } from '../../testing/records-fixture.js';
import { createTestDb } from '../../testing/test-db.js';

// Issue "Follow-up", part 2: staff record K19 actions in the monitor. Fixture: records-fixture.ts —
// S1 (E1, PC 124) is a Bouw establishment, S2 (E2, PC 302) a Horeca one; M1 is named on R1 (Bouw).
// Today is fixed at 2026-11-29 (school year 2026-2027).

const TODAY = '2026-11-29';
const YEAR = '2026-2027';

const RECORD = `mutation($input: RecordFollowUpActionInput!) {
  recordFollowUpAction(input: $input) { id type performedOn note partnershipCode recordedBy editable }
}`;
const K19 = `query { kpi(id: K19, schoolYear: "${YEAR}", groupBy: [STATUS]) { total { value } rows { keys { id } value } } }`;
const HISTORY = `query($establishmentId: ID) { followUpActions(establishmentId: $establishmentId) { id type performedOn note recordedBy } }`;

let db: Db;
let fx: RecordsFixture;
const establishment = (key: keyof RecordsFixture['establishments']) => encodeGlobalID('Establishment', fx.establishments[key]);
const as = (user: keyof RecordsFixture['users']) => ({ userId: fx.users[user], today: TODAY });

/** K19 site visits in the school year of today, as ADMIN. */
async function siteVisits(): Promise<number> {
  const result = await runGraphQL<{ kpi: { rows: { keys: { id: string }[]; value: number }[] } }>(db, K19, {}, as('admin'));
  return result.data?.kpi.rows.find((r) => r.keys[0]?.id === 'SITE_VISIT')?.value ?? 0;
}

beforeEach(() => {
  db = createTestDb();
  fx = buildRecordsFixture(db);
});

describe('recording follow-up actions', () => {
  it('counts a Bouw site visit by Bouw staff in K19 at once, and shows it in the establishment history', async () => {
    expect(await siteVisits()).toBe(0);
    const result = await runGraphQL<{ recordFollowUpAction: Record<string, unknown> }>(
      db,
      RECORD,
      { input: { establishmentId: establishment('S1'), mentorId: encodeGlobalID('Mentor', fx.mentors.M1), type: 'SITE_VISIT', performedOn: '2026-11-27', note: 'Werkplek bekeken met de mentor' } },
      as('bouw'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordFollowUpAction).toMatchObject({ type: 'SITE_VISIT', performedOn: '2026-11-27', partnershipCode: 'BOUW', editable: true });
    // One action of 2026-11-27, in school year 2026-2027 → K19 site visits 0 → 1.
    expect(await siteVisits()).toBe(1);
    const history = await runGraphQL<{ followUpActions: { note: string }[] }>(db, HISTORY, { establishmentId: establishment('S1') }, as('bouw'));
    expect(history.data?.followUpActions.map((a) => a.note)).toEqual(['Werkplek bekeken met de mentor']);
    const audit = db.sqlite.prepare("select count(*) as n from audit_log where action = 'follow_up_recorded' and user_id = ?").get(fx.users.bouw) as { n: number };
    expect(audit.n).toBe(1);
  });

  it('refuses Bouw staff on a Horeca establishment with FORBIDDEN and writes nothing', async () => {
    const before = databaseDigest(db);
    const result = await runGraphQL(db, RECORD, { input: { establishmentId: establishment('S2'), type: 'SITE_VISIT', performedOn: TODAY } }, as('bouw'));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(databaseDigest(db)).toEqual(before);
  });

  it.each(['policymaker', 'member'] as const)('does not let a %s record', async (user) => {
    const before = databaseDigest(db);
    const result = await runGraphQL(db, RECORD, { input: { establishmentId: establishment('S1'), type: 'PHONE_CONTACT', performedOn: TODAY } }, as(user));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(databaseDigest(db)).toEqual(before);
  });

  it.each([
    ['a date after today', { performedOn: '2026-11-30' }, 'performedOn'],
    ['a date more than a year ago', { performedOn: '2025-11-28' }, 'performedOn'],
    ['a 10 kB note', { note: 'x'.repeat(10_000) }, 'note'],
  ])('rejects %s naming the field', async (_name, change, field) => {
    const before = databaseDigest(db);
    const result = await runGraphQL(db, RECORD, { input: { establishmentId: establishment('S1'), type: 'PHONE_CONTACT', performedOn: TODAY, ...change } }, as('bouw'));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(`${field}:`);
    expect(databaseDigest(db)).toEqual(before);
  });

  it('rejects an unknown type at the input field', async () => {
    const result = await runGraphQL(db, RECORD, { input: { establishmentId: establishment('S1'), type: 'CARRIER_PIGEON', performedOn: TODAY } }, as('bouw'));
    expect(result.errors?.[0]?.message).toMatch(/type/);
    expect(result.errors?.[0]?.message).toContain('CARRIER_PIGEON');
  });

  it('lets an ADMIN record for a named partnership only', async () => {
    const missing = await runGraphQL(db, RECORD, { input: { establishmentId: establishment('S2'), type: 'VIRTUAL_CONTACT', performedOn: TODAY } }, as('admin'));
    expect(missing.errors?.[0]?.message).toContain('partnershipCode:');
    const done = await runGraphQL<{ recordFollowUpAction: { partnershipCode: string } }>(
      db,
      RECORD,
      { input: { establishmentId: establishment('S2'), type: 'VIRTUAL_CONTACT', performedOn: TODAY, partnershipCode: 'HORECA' } },
      as('admin'),
    );
    expect(done.data?.recordFollowUpAction.partnershipCode).toBe('HORECA');
  });
});

describe('correcting and deleting', () => {
  const CORRECT = `mutation($id: ID!, $input: FollowUpActionDetails!) { correctFollowUpAction(id: $id, input: $input) { id type note } }`;
  const DELETE = `mutation($id: ID!) { deleteFollowUpAction(id: $id) }`;

  async function recordAsBouw(): Promise<string> {
    const result = await runGraphQL<{ recordFollowUpAction: { id: string } }>(db, RECORD, { input: { establishmentId: establishment('S1'), type: 'SITE_VISIT', performedOn: TODAY } }, as('bouw'));
    return result.data?.recordFollowUpAction.id as string;
  }

  it('lets the author correct and delete the action; K19 follows', async () => {
    const id = await recordAsBouw();
    const corrected = await runGraphQL<{ correctFollowUpAction: { type: string; note: string } }>(db, CORRECT, { id, input: { type: 'PHONE_CONTACT', performedOn: TODAY, note: 'Telefonisch, niet ter plaatse' } }, as('bouw'));
    expect(corrected.data?.correctFollowUpAction).toEqual({ id, type: 'PHONE_CONTACT', note: 'Telefonisch, niet ter plaatse' });
    expect(await siteVisits()).toBe(0);
    const deleted = await runGraphQL(db, DELETE, { id }, as('bouw'));
    expect(deleted.errors).toBeUndefined();
    expect((db.sqlite.prepare('select count(*) as n from follow_up_actions').get() as { n: number }).n).toBe(0);
  });

  it("refuses another user's action and the counter's own rows", async () => {
    const id = await recordAsBouw();
    const other = await runGraphQL(db, DELETE, { id }, as('admin'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const exported = db.sqlite
      .prepare("insert into follow_up_actions (action_key, partnership_id, establishment_id, type, performed_on) values ('OPV-1', ?, ?, 'SITE_VISIT', '2026-10-01') returning id")
      .get(fx.partnerships.BOUW, fx.establishments.S1) as { id: number };
    const counter = await runGraphQL(db, DELETE, { id: String(exported.id) }, as('bouw'));
    expect(counter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((db.sqlite.prepare('select count(*) as n from follow_up_actions').get() as { n: number }).n).toBe(2);
  });

  it('closes the window a day after recording', () => {
    const bouw = { db, actor: { userId: fx.users.bouw, role: 'SECTOR_STAFF' as const, partnershipId: fx.partnerships.BOUW }, today: TODAY };
    const recordedAt = new Date('2026-11-29T09:00:00Z');
    const row = recordFollowUpAction({ ...bouw, now: recordedAt, input: { establishmentId: fx.establishments.S1, type: 'SITE_VISIT', performedOn: TODAY } });
    // 24 h 1 min later: too late; the row stays.
    expect(() => deleteFollowUpAction({ ...bouw, today: '2026-11-30', now: new Date('2026-11-30T09:01:00Z'), id: row.id })).toThrow(/within a day/);
    // 23 h 59 min later: still the author's to delete.
    expect(deleteFollowUpAction({ ...bouw, today: '2026-11-30', now: new Date('2026-11-30T08:59:00Z'), id: row.id })).toBe(row.id);
  });
});
