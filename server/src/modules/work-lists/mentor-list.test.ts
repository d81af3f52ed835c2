import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';

/*
 * The mentor list of Mentoren (mentorsDue without a window: every open follow-up) on a hand-made
 * world; today is 2026-11-29. BOUW follows PC 124, HORECA PC 302.
 *
 *  enterprise E (PC 124): establishment EA in Antwerpen (recognition RA, T1)
 *                         establishment EL in Limburg   (recognition RL, T2)
 *  enterprise H (PC 302): establishment HH in Limburg   (recognition RH, T1, Horeca)
 *
 *  mentor  named on  partnership  deadline     exported status    school year of the deadline
 *  AUG31   RA        BOUW         2026-08-31   PENDING            2025-2026 (last day)
 *  SEP01   RL        BOUW         2026-09-01   NOT_COMPLETED      2026-2027 (first day)
 *  TIE1    RA        BOUW         2027-01-15   PENDING            2026-2027   name "An Claes"
 *  TIE2    RA        BOUW         2027-01-15   PENDING            2026-2027
 *  TIE3    RA        BOUW         2027-01-15   PENDING            2026-2027
 *  BOTH    RA + RL   BOUW         2027-03-01   PENDING            2026-2027
 *  DONE    RA        BOUW         2027-02-01   COMPLETED_SECTOR   (trained: never listed)
 *  HOR     RH        HORECA       2027-02-10   PENDING            2026-2027
 *
 * Training records are created in this order, so their ids rise from AUG31 to HOR: the tie-break.
 */

const TODAY = '2026-11-29';
const users: Record<'admin' | 'bouw' | 'horeca' | 'member' | 'policymaker', number> = { admin: 0, bouw: 0, horeca: 0, member: 0, policymaker: 0 };
const as = (user: keyof typeof users) => ({ userId: users[user], today: TODAY });
let db: Db;

beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
  const horeca = f.partnership({ code: 'HORECA', jointCommittees: ['302'] });
  users.admin = f.user({ role: 'ADMIN' });
  users.bouw = f.user({ role: 'SECTOR_STAFF', partnershipId: bouw });
  users.horeca = f.user({ role: 'SECTOR_STAFF', partnershipId: horeca });
  users.member = f.user({ role: 'PARTNERSHIP_MEMBER' });
  users.policymaker = f.user({ role: 'POLICYMAKER' });
  const T1 = f.training({ code: 'T1' });
  const T2 = f.training({ code: 'T2' });
  const E = f.enterprise({ jointCommittees: ['124'] });
  const H = f.enterprise({ jointCommittees: ['302'] });
  const EA = f.establishment({ enterpriseId: E, province: 'ANTWERPEN', name: 'EA' });
  const EL = f.establishment({ enterpriseId: E, province: 'LIMBURG', name: 'EL' });
  const HH = f.establishment({ enterpriseId: H, province: 'LIMBURG', name: 'HH' });
  const approved = { submittedOn: '2026-01-05', approvedOn: '2026-01-10' };
  const RA = f.recognition({ establishmentId: EA, trainingId: T1, handlingPartnershipId: bouw, jointCommitteeCode: '124', applicationId: 'RA', ...approved });
  const RL = f.recognition({ establishmentId: EL, trainingId: T2, handlingPartnershipId: bouw, jointCommitteeCode: '124', applicationId: 'RL', ...approved });
  const RH = f.recognition({ establishmentId: HH, trainingId: T1, handlingPartnershipId: horeca, jointCommitteeCode: '302', applicationId: 'RH', ...approved });
  const mentor = (key: string, on: number[], partnershipId: number, status: 'PENDING' | 'NOT_COMPLETED' | 'COMPLETED_SECTOR', deadline: string) => {
    const id = f.mentor({ mentorKey: key });
    for (const recognitionId of on) f.recognitionMentor({ recognitionId, mentorId: id });
    f.mentorTraining({ mentorId: id, partnershipId, recognitionId: on[0]!, status, deadline });
    return id;
  };
  mentor('AUG31', [RA], bouw, 'PENDING', '2026-08-31');
  mentor('SEP01', [RL], bouw, 'NOT_COMPLETED', '2026-09-01');
  const tie1 = mentor('TIE1', [RA], bouw, 'PENDING', '2027-01-15');
  mentor('TIE2', [RA], bouw, 'PENDING', '2027-01-15');
  mentor('TIE3', [RA], bouw, 'PENDING', '2027-01-15');
  mentor('BOTH', [RA, RL], bouw, 'PENDING', '2027-03-01');
  mentor('DONE', [RA], bouw, 'COMPLETED_SECTOR', '2027-02-01');
  mentor('HOR', [RH], horeca, 'PENDING', '2027-02-10');
  db.insert(s.mentorPersonalData).values({ mentorId: tie1, firstName: 'An', lastName: 'Claes', nationalNumber: '85020200123', birthDate: '1985-02-02' }).run();
});

type Row = { mentorKey: string; status: string; exportedStatus: string; deadline: string; name: string | null; partnershipCode: string };
type Page = { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: Row[] };

async function mentorList(user: keyof typeof users, args = ''): Promise<Page> {
  const result = await runGraphQL<{ mentorsDue: Page }>(
    db,
    `query { mentorsDue${args ? `(${args})` : ''} { totalCount hasNextPage endCursor nodes { mentorKey status exportedStatus deadline name partnershipCode } } }`,
    {},
    as(user),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.mentorsDue;
}
const keys = (page: Page) => page.nodes.map((n) => n.mentorKey);

describe('the mentor list (every open follow-up)', () => {
  it('holds every open mentor of every deadline for ADMIN, earliest deadline first, with the status as of today', async () => {
    const page = await mentorList('admin');
    // No window: all seven open training records (DONE is trained); 2026-08-31 < 2026-09-01 < the
    // three ties of 2027-01-15 (by record id) < HOR 2027-02-10 < BOTH 2027-03-01.
    expect(page.totalCount).toBe(7);
    expect(keys(page)).toEqual(['AUG31', 'SEP01', 'TIE1', 'TIE2', 'TIE3', 'HOR', 'BOTH']);
    // AUG31 is PENDING in the export but its deadline passed: NOT_COMPLETED as of today.
    expect(page.nodes[0]).toMatchObject({ status: 'NOT_COMPLETED', exportedStatus: 'PENDING', deadline: '2026-08-31' });
    expect(page.nodes[2]).toMatchObject({ mentorKey: 'TIE1', status: 'PENDING', name: 'An Claes' });
    expect(page.hasNextPage).toBe(false);
  });

  it('keeps only deadlines in the chosen school year: 31 August is the last day of one, 1 September the first of the next', async () => {
    expect(keys(await mentorList('admin', 'filter: { schoolYear: "2025-2026" }'))).toEqual(['AUG31']);
    const next = await mentorList('admin', 'filter: { schoolYear: "2026-2027" }');
    expect([next.totalCount, keys(next)]).toEqual([6, ['SEP01', 'TIE1', 'TIE2', 'TIE3', 'HOR', 'BOTH']]);
    expect((await mentorList('admin', 'filter: { schoolYear: "2018-2019" }')).totalCount).toBe(0);
  });

  it('filters by the province of an establishment naming the mentor: one enterprise in two provinces', async () => {
    // Enterprise E has EA (Antwerpen, RA) and EL (Limburg, RL): a mentor counts where a recognition
    // naming him lies, BOTH (on RA and RL) in both provinces.
    expect(keys(await mentorList('bouw', 'filter: { provinces: [ANTWERPEN] }'))).toEqual(['AUG31', 'TIE1', 'TIE2', 'TIE3', 'BOTH']);
    expect(keys(await mentorList('bouw', 'filter: { provinces: [LIMBURG] }'))).toEqual(['SEP01', 'BOTH']);
    // ADMIN in Limburg also sees Horeca's HOR (HH lies in Limburg); with the school year too.
    expect(keys(await mentorList('admin', 'filter: { provinces: [LIMBURG] }'))).toEqual(['SEP01', 'HOR', 'BOTH']);
    expect(keys(await mentorList('admin', 'filter: { provinces: [LIMBURG], schoolYear: "2025-2026" }'))).toEqual([]);
    // Training T2 only on RL; PC 302 only on RH; partnership HORECA only HOR.
    expect(keys(await mentorList('admin', 'filter: { trainings: ["T2"] }'))).toEqual(['SEP01', 'BOTH']);
    expect(keys(await mentorList('admin', 'filter: { jointCommittees: ["302"] }'))).toEqual(['HOR']);
    expect(keys(await mentorList('admin', 'filter: { partnership: "HORECA" }'))).toEqual(['HOR']);
  });

  it('pages with first/after: every row once, the total on every page', async () => {
    const p1 = await mentorList('bouw', 'first: 2');
    expect([p1.totalCount, keys(p1), p1.hasNextPage]).toEqual([6, ['AUG31', 'SEP01'], true]);
    const p2 = await mentorList('bouw', `first: 2, after: "${p1.endCursor}"`);
    // The three ties of 2027-01-15 are split over pages 2 and 3 in record-id order.
    expect([p2.totalCount, keys(p2), p2.hasNextPage]).toEqual([6, ['TIE1', 'TIE2'], true]);
    const p3 = await mentorList('bouw', `first: 2, after: "${p2.endCursor}"`);
    expect([keys(p3), p3.hasNextPage]).toEqual([['TIE3', 'BOTH'], false]);
    const bad = await runGraphQL(db, 'query { mentorsDue(after: "bm9wZQ==") { totalCount } }', {}, as('bouw'));
    expect(bad.errors?.[0]?.message).toContain('after');
  });

  it('sorts on the server and keeps ties in one order whatever the direction', async () => {
    // By status as of today: NOT_COMPLETED (AUG31, SEP01) before PENDING; within a status, by record id.
    expect(keys(await mentorList('bouw', 'sort: STATUS'))).toEqual(['AUG31', 'SEP01', 'TIE1', 'TIE2', 'TIE3', 'BOTH']);
    expect(keys(await mentorList('bouw', 'sort: STATUS, direction: DESC'))).toEqual(['TIE1', 'TIE2', 'TIE3', 'BOTH', 'AUG31', 'SEP01']);
    expect(keys(await mentorList('bouw', 'direction: DESC'))).toEqual(['BOTH', 'TIE1', 'TIE2', 'TIE3', 'SEP01', 'AUG31']);
    // Page 2 of the descending status order, of size 3: the rest after the first three ties.
    expect(keys(await mentorList('bouw', 'sort: STATUS, direction: DESC, first: 3, offset: 3'))).toEqual(['BOTH', 'AUG31', 'SEP01']);
  });

  it('follows the role: staff their partnership, members without names, policymakers nothing', async () => {
    expect(keys(await mentorList('horeca'))).toEqual(['HOR']);
    const bouw = await mentorList('bouw');
    expect(new Set(bouw.nodes.map((n) => n.partnershipCode))).toEqual(new Set(['BOUW']));
    // A Bouw staff member may not narrow to another partnership: the scope stays Bouw.
    expect(keys(await mentorList('bouw', 'filter: { partnership: "HORECA" }'))).toEqual(keys(bouw));
    const member = await mentorList('member');
    expect(member.totalCount).toBe(7);
    expect(member.nodes.every((n) => n.name === null)).toBe(true);
    const refused = await runGraphQL(db, 'query { mentorsDue { totalCount } }', {}, as('policymaker'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the field of a bad school year or window', async () => {
    const year = await runGraphQL(db, 'query { mentorsDue(filter: { schoolYear: "2018" }) { totalCount } }', {}, as('admin'));
    expect(year.errors?.[0]?.message).toContain('filter.schoolYear');
    const window = await runGraphQL(db, 'query { mentorsDue(withinDays: 45) { totalCount } }', {}, as('admin'));
    expect(window.errors?.[0]?.message).toContain('withinDays');
    // The 30-day window of Opvolging (horizon 2026-12-29) holds only the two overdue mentors.
    expect(keys(await mentorList('bouw', 'withinDays: 30'))).toEqual(['AUG31', 'SEP01']);
  });

  it('writes a download of the list with names to the audit log', async () => {
    const result = await runGraphQL<{ recordPersonalDataDownload: boolean }>(db, 'mutation { recordPersonalDataDownload(kind: MENTOR_LIST, rows: 6) }', {}, as('bouw'));
    expect(result.errors).toBeUndefined();
    const rows = db.select().from(s.auditLog).where(eq(s.auditLog.userId, users.bouw)).all();
    expect(rows.map((r) => [r.action, r.detail])).toEqual([['personal_data_download', 'MENTOR_LIST 6 rows']]);
  });
});
