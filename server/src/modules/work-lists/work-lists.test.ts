import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';

/*
 * The Opvolging work lists on a hand-made world; today is fixed at 2026-11-29 (school year
 * 2026-2027). BOUW follows PC 124 and 126, HORECA PC 302.
 *
 *  establishment   province   recognitions (training, PC)                          agreements
 *  SA  Bouw        Antwerpen  RA approved 2024-01-10 (T1, 124), mentors M29 M31 MDONE   2 terminated early in 2026-2027 (MISMATCH, NO_MENTOR), 1 in 2025-2026
 *                             APP13 submitted 2026-11-16 (13 days ago), SUBMITTED
 *                             APPINC submitted 2026-10-10, INCOMPLETE since 2026-10-15
 *  SL  Bouw        Limburg    RL approved 2025-02-01 (T3, 126), mentor MOVER          none
 *                             APP5 submitted 2026-11-24, IN_REVIEW since 2026-11-25
 *  SN  Bouw        Limburg    RN approved 2026-01-10 (T1, 124)                          none
 *  SX  Bouw        Antwerpen  RX5 valid to 2027-04-29 (5 months), no renewal           completed 2023
 *  SY  Bouw        Antwerpen  RXR valid to 2027-04-29, renewal RXRN filed 2026-10-01    completed 2023
 *  SZ  Bouw        Antwerpen  RX7 valid to 2027-07-01 (7 months)                        completed 2023
 *  SE  Bouw        Antwerpen  REXP valid to 2026-09-30 (expired 2 months ago)           1 running (2025-09-01..2027-06-30)
 *  SE2 Bouw        Antwerpen  REXP2 valid to 2026-09-30                                 completed 2023
 *  SH  Horeca      Limburg    RH approved 2024-03-01 (T2, 302), valid to 2027-03-01 (set), mentor MH
 *                             APPH submitted 2026-11-20, SUBMITTED
 *
 * Mentor trainings (BOUW unless said): M29 deadline 2026-12-28 (29 days) PENDING; M31 2026-12-30
 * (31 days) PENDING; MOVER 2026-10-01 NOT_COMPLETED (overdue); MDONE 2026-12-10 COMPLETED_SECTOR;
 * MH (HORECA) 2026-12-05 PENDING.
 */

const TODAY = '2026-11-29';

let db: Db;
const ids: Record<string, number> = {};
const users: Record<'admin' | 'bouw' | 'horeca' | 'policymaker', number> = { admin: 0, bouw: 0, horeca: 0, policymaker: 0 };
const as = (user: keyof typeof users) => ({ userId: users[user], today: TODAY });

beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124', '126'] });
  const horeca = f.partnership({ code: 'HORECA', jointCommittees: ['302'] });
  users.admin = f.user({ role: 'ADMIN' });
  users.bouw = f.user({ role: 'SECTOR_STAFF', partnershipId: bouw });
  users.horeca = f.user({ role: 'SECTOR_STAFF', partnershipId: horeca });
  users.policymaker = f.user({ role: 'POLICYMAKER' });
  const T1 = f.training({ code: 'T1' });
  const T2 = f.training({ code: 'T2' });
  const T3 = f.training({ code: 'T3' });
  const provider = f.provider();
  const bouwEnt = f.enterprise({ jointCommittees: ['124'] });
  const bouwEnt126 = f.enterprise({ jointCommittees: ['126'] });
  const horecaEnt = f.enterprise({ jointCommittees: ['302'] });
  const est = (key: string, enterpriseId: number, province: 'ANTWERPEN' | 'LIMBURG') => (ids[key] = f.establishment({ enterpriseId, province, name: key }));
  for (const key of ['SA', 'SX', 'SY', 'SZ', 'SE', 'SE2']) est(key, bouwEnt, 'ANTWERPEN');
  est('SL', bouwEnt126, 'LIMBURG');
  est('SN', bouwEnt, 'LIMBURG');
  est('SH', horecaEnt, 'LIMBURG');
  const bouwRec = (key: string, establishment: string, spec: Partial<Parameters<typeof f.recognition>[0]> & { submittedOn: string }) =>
    (ids[key] = f.recognition({
      establishmentId: ids[establishment] as number,
      trainingId: T1,
      handlingPartnershipId: bouw,
      jointCommitteeCode: '124',
      applicationId: key,
      ...spec,
    }));
  bouwRec('RA', 'SA', { submittedOn: '2024-01-01', approvedOn: '2024-01-10' });
  bouwRec('APP13', 'SA', { submittedOn: '2026-11-16' });
  bouwRec('APPINC', 'SA', { submittedOn: '2026-10-10', events: [{ status: 'INCOMPLETE', occurredOn: '2026-10-15' }] });
  bouwRec('RL', 'SL', { submittedOn: '2025-01-20', approvedOn: '2025-02-01', trainingId: T3, jointCommitteeCode: '126' });
  bouwRec('APP5', 'SL', { submittedOn: '2026-11-24', events: [{ status: 'IN_REVIEW', occurredOn: '2026-11-25' }], trainingId: T3, jointCommitteeCode: '126' });
  bouwRec('RN', 'SN', { submittedOn: '2026-01-01', approvedOn: '2026-01-10' });
  bouwRec('RX5', 'SX', { submittedOn: '2022-04-20', approvedOn: '2022-04-30', validFrom: '2022-04-30', validTo: '2027-04-29' });
  bouwRec('RXR', 'SY', { submittedOn: '2022-04-20', approvedOn: '2022-04-30', validFrom: '2022-04-30', validTo: '2027-04-29' });
  bouwRec('RXRN', 'SY', { submittedOn: '2026-10-01', approvedOn: '2026-10-10', validFrom: '2027-04-30', validTo: '2032-04-29', kind: 'RENEWAL', previousRecognitionId: ids.RXR });
  bouwRec('RX7', 'SZ', { submittedOn: '2022-06-20', approvedOn: '2022-07-02', validFrom: '2022-07-02', validTo: '2027-07-01' });
  bouwRec('REXP', 'SE', { submittedOn: '2021-09-20', approvedOn: '2021-10-01', validFrom: '2021-10-01', validTo: '2026-09-30', expiredOn: '2026-10-01' });
  bouwRec('REXP2', 'SE2', { submittedOn: '2021-09-20', approvedOn: '2021-10-01', validFrom: '2021-10-01', validTo: '2026-09-30', expiredOn: '2026-10-01' });
  const horecaRec = (key: string, spec: Partial<Parameters<typeof f.recognition>[0]> & { submittedOn: string }) =>
    (ids[key] = f.recognition({ establishmentId: ids.SH as number, trainingId: T2, handlingPartnershipId: horeca, jointCommitteeCode: '302', applicationId: key, ...spec }));
  horecaRec('RH', { submittedOn: '2024-02-20', approvedOn: '2024-03-01', validFrom: '2024-03-01', validTo: '2027-03-01' });
  horecaRec('APPH', { submittedOn: '2026-11-20' });

  const agreement = (establishment: string, recognition: string, spec: Partial<Parameters<typeof f.agreement>[0]> & { startOn: string; plannedEndOn: string }) =>
    f.agreement({ establishmentId: ids[establishment] as number, trainingId: T1, providerId: provider, recognitionId: ids[recognition] as number, ...spec });
  agreement('SA', 'RA', { startOn: '2026-09-01', plannedEndOn: '2027-06-30', actualEndOn: '2026-10-15', terminationReason: 'MISMATCH' });
  agreement('SA', 'RA', { startOn: '2026-09-01', plannedEndOn: '2027-06-30', actualEndOn: '2026-11-02', terminationReason: 'NO_MENTOR' });
  agreement('SA', 'RA', { startOn: '2025-09-01', plannedEndOn: '2026-06-30', actualEndOn: '2026-03-01', terminationReason: 'HEALTH_NOT_GUARANTEED' });
  for (const [establishment, recognition] of [['SX', 'RX5'], ['SY', 'RXR'], ['SZ', 'RX7'], ['SE2', 'REXP2']] as const) {
    agreement(establishment, recognition, { startOn: '2022-09-01', plannedEndOn: '2023-06-30', actualEndOn: '2023-06-30' });
  }
  agreement('SE', 'REXP', { startOn: '2025-09-01', plannedEndOn: '2027-06-30' });

  const mentor = (key: string, recognition: string, partnershipId: number, status: 'PENDING' | 'NOT_COMPLETED' | 'COMPLETED_SECTOR', deadline: string) => {
    const id = (ids[key] = f.mentor({ mentorKey: key }));
    f.recognitionMentor({ recognitionId: ids[recognition] as number, mentorId: id });
    f.mentorTraining({ mentorId: id, partnershipId, recognitionId: ids[recognition] as number, status, deadline });
    return id;
  };
  mentor('M29', 'RA', bouw, 'PENDING', '2026-12-28');
  mentor('M31', 'RA', bouw, 'PENDING', '2026-12-30');
  mentor('MOVER', 'RL', bouw, 'NOT_COMPLETED', '2026-10-01');
  mentor('MDONE', 'RA', bouw, 'COMPLETED_SECTOR', '2026-12-10');
  mentor('MH', 'RH', horeca, 'PENDING', '2026-12-05');
  db.insert(s.mentorPersonalData).values({ mentorId: ids.M29 as number, firstName: 'Jan', lastName: 'Peeters', nationalNumber: '80010100123', birthDate: '1980-01-01' }).run();
});

type Page<T> = { totalCount: number; rule: string; nodes: T[] };

async function list<T>(field: string, nodeFields: string, user: keyof typeof users, args = ''): Promise<Page<T>> {
  const result = await runGraphQL<Record<string, Page<T>>>(db, `query { ${field}${args ? `(${args})` : ''} { totalCount rule nodes { ${nodeFields} } } }`, {}, as(user));
  expect(result.errors).toBeUndefined();
  return result.data?.[field] as Page<T>;
}

describe('applications awaiting a decision', () => {
  const fields = 'applicationId status deadline deadlineKind daysLeft';
  const keys = (p: Page<{ applicationId: string }>) => p.nodes.map((n) => n.applicationId);

  it('lists Bouw pending applications, the one submitted 13 days ago first with 1 day left', async () => {
    const page = await list<{ applicationId: string; deadline: string; daysLeft: number; deadlineKind: string }>('pendingApplications', fields, 'bouw');
    // APP13: 2026-11-16 + 14 = 2026-11-30 (1 day); APP5: 2026-11-24 + 14 = 2026-12-08 (9 days);
    // APPINC (incomplete): 2026-10-10 + 60 = 2026-12-09 (10 days). APPH is Horeca's.
    expect(page.totalCount).toBe(3);
    expect(page.nodes).toEqual([
      { applicationId: 'APP13', status: 'SUBMITTED', deadline: '2026-11-30', deadlineKind: 'AUTO_APPROVAL', daysLeft: 1 },
      { applicationId: 'APP5', status: 'IN_REVIEW', deadline: '2026-12-08', deadlineKind: 'AUTO_APPROVAL', daysLeft: 9 },
      { applicationId: 'APPINC', status: 'INCOMPLETE', deadline: '2026-12-09', deadlineKind: 'CANCELLATION', daysLeft: 10 },
    ]);
    expect(page.rule).toContain('14 dagen');
  });

  it('cuts the rows by province, PC number and training', async () => {
    expect(keys(await list('pendingApplications', fields, 'bouw', 'filter: { provinces: [LIMBURG] }'))).toEqual(['APP5']);
    expect(keys(await list('pendingApplications', fields, 'bouw', 'filter: { jointCommittees: ["126"] }'))).toEqual(['APP5']);
    expect(keys(await list('pendingApplications', fields, 'bouw', 'filter: { trainings: ["T1"] }'))).toEqual(['APP13', 'APPINC']);
  });

  it('pages and sorts on the server', async () => {
    const second = await list<{ applicationId: string }>('pendingApplications', fields, 'bouw', 'first: 1, offset: 1');
    expect([second.totalCount, keys(second)]).toEqual([3, ['APP5']]);
    expect(keys(await list('pendingApplications', fields, 'bouw', 'direction: DESC'))).toEqual(['APPINC', 'APP5', 'APP13']);
  });

  it('shows Horeca staff only Horeca rows, an ADMIN all or one partnership', async () => {
    expect(keys(await list('pendingApplications', fields, 'horeca'))).toEqual(['APPH']);
    // APPH: 2026-11-20 + 14 = 2026-12-04, between APP13 and APP5.
    expect(keys(await list('pendingApplications', fields, 'admin'))).toEqual(['APP13', 'APPH', 'APP5', 'APPINC']);
    expect(keys(await list('pendingApplications', fields, 'admin', 'filter: { partnership: "HORECA" }'))).toEqual(['APPH']);
  });

  it('refuses a policymaker, and an unknown partnership names the field', async () => {
    const refused = await runGraphQL(db, 'query { pendingApplications { totalCount } }', {}, as('policymaker'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await runGraphQL(db, 'query { pendingApplications(filter: { partnership: "NOPE" }) { totalCount } }', {}, as('admin'));
    expect(unknown.errors?.[0]?.message).toContain('filter.partnership');
  });
});

describe('mentors due', () => {
  const fields = 'mentorKey name deadline daysLeft overdue recognitions { applicationId } establishmentId';
  type Row = { mentorKey: string; name: string | null; deadline: string; daysLeft: number; overdue: boolean; recognitions: { applicationId: string }[]; establishmentId: string };
  const keys = (p: Page<{ mentorKey: string }>) => p.nodes.map((n) => n.mentorKey);

  it('holds the overdue mentor and the one due in 29 days, not the one in 31 days nor the trained one', async () => {
    const page = await list<Row>('mentorsDue', fields, 'bouw', 'withinDays: 30');
    // Horizon 2026-11-29 + 30 = 2026-12-29: MOVER (2026-10-01, overdue 59 days), M29 (2026-12-28).
    // M31 (2026-12-30) lies beyond; MDONE completed; MH is Horeca's.
    expect(page.totalCount).toBe(2);
    expect(page.nodes).toEqual([
      { mentorKey: 'MOVER', name: null, deadline: '2026-10-01', daysLeft: -59, overdue: true, recognitions: [{ applicationId: 'RL' }], establishmentId: encodeGlobalID('Establishment', ids.SL as number) },
      { mentorKey: 'M29', name: 'Jan Peeters', deadline: '2026-12-28', daysLeft: 29, overdue: false, recognitions: [{ applicationId: 'RA' }], establishmentId: encodeGlobalID('Establishment', ids.SA as number) },
    ]);
  });

  it('takes the 60-day window, filters by province, refuses other windows', async () => {
    expect(keys(await list('mentorsDue', fields, 'bouw', 'withinDays: 60'))).toEqual(['MOVER', 'M29', 'M31']);
    expect(keys(await list('mentorsDue', fields, 'bouw', 'withinDays: 60, filter: { provinces: [LIMBURG] }'))).toEqual(['MOVER']);
    expect(keys(await list('mentorsDue', fields, 'bouw', 'withinDays: 60, filter: { trainings: ["T1"] }'))).toEqual(['M29', 'M31']);
    const bad = await runGraphQL(db, 'query { mentorsDue(withinDays: 45) { totalCount } }', {}, as('bouw'));
    expect(bad.errors?.[0]?.message).toContain('withinDays');
  });

  it('shows Horeca staff their mentor only, without a Bouw name', async () => {
    const page = await list<Row>('mentorsDue', 'mentorKey name', 'horeca', 'withinDays: 30');
    expect(page.nodes).toEqual([{ mentorKey: 'MH', name: null }]);
  });
});

describe('recognitions expiring', () => {
  const fields = 'applicationId kind validTo runningAgreements';
  it('holds the one expiring in 5 months without renewal and the expired one with a running agreement', async () => {
    const page = await list<{ applicationId: string }>('expiringRecognitions', fields, 'bouw');
    // RXR has a renewal filed; RX7 expires in 7 months; REXP2 has no running agreement.
    expect(page.nodes).toEqual([
      { applicationId: 'REXP', kind: 'EXPIRED', validTo: '2026-09-30', runningAgreements: 1 },
      { applicationId: 'RX5', kind: 'EXPIRING', validTo: '2027-04-29', runningAgreements: 0 },
    ]);
    expect(page.totalCount).toBe(2);
    const horeca = await list<{ applicationId: string }>('expiringRecognitions', fields, 'horeca');
    expect(horeca.nodes.map((n) => n.applicationId)).toEqual(['RH']);
  });
});

describe('establishments to follow up', () => {
  const fields = 'establishmentName reason recognisedSince earlyTerminations terminationReasons';
  it('holds the establishment with early terminations this school year and the unused one', async () => {
    const page = await list<{ establishmentName: string }>('establishmentsToFollowUp', fields, 'bouw');
    // SA: 2 terminations ended in 2026-2027 (the HEALTH one ended in 2025-2026). SL: RL approved
    // 2025-02-01, more than a year ago, never an agreement. SN: approved 2026-01-10, under a year.
    // SX/SY/SZ had an agreement; SE2's recognition is no longer valid.
    expect(page.nodes).toEqual([
      { establishmentName: 'SA', reason: 'TERMINATIONS', recognisedSince: null, earlyTerminations: 2, terminationReasons: ['MISMATCH', 'NO_MENTOR'] },
      { establishmentName: 'SL', reason: 'UNUSED', recognisedSince: '2025-02-01', earlyTerminations: 0, terminationReasons: [] },
    ]);
    const lastYear = await list<{ establishmentName: string; earlyTerminations: number }>('establishmentsToFollowUp', fields, 'bouw', 'filter: { schoolYear: "2025-2026" }');
    expect(lastYear.nodes.find((n) => n.establishmentName === 'SA')?.earlyTerminations).toBe(1);
    expect((await list('establishmentsToFollowUp', fields, 'bouw', 'filter: { provinces: [ANTWERPEN] }')).totalCount).toBe(1);
  });
});

describe('personal data downloads', () => {
  it('writes the reminders download to the audit log', async () => {
    const result = await runGraphQL(db, 'mutation { recordPersonalDataDownload(kind: MENTOR_REMINDERS, rows: 2) }', {}, as('bouw'));
    expect(result.errors).toBeUndefined();
    const row = db.sqlite.prepare("select detail from audit_log where action = 'personal_data_download' and user_id = ?").get(users.bouw) as { detail: string };
    expect(row.detail).toBe('MENTOR_REMINDERS 2 rows');
  });
});
