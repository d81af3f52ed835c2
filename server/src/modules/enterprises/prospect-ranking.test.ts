import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { PROSPECT_WEIGHTS as W } from './prospect-weights.js';

/*
 * The ranked prospect list (prospectRanking) on a hand-made world; today is 2026-11-29, so without a
 * school year the reference day is today and enrolments are read for 2026-2027.
 *
 * Training K "Administratief medewerker kmo" (Leren en Werken, secondary); R is related to K by an
 * equivalence of the counter; partnerships BEDIENDEN (PC 200), BOUW (PC 124), HORECA (PC 302).
 * Recognitions of K: BEDIENDEN handles two (Alfa's, Foxtrot's), BOUW one (Charlie's), HORECA none:
 * PC 200 and 124 fit K, BEDIENDEN "covers" K (most recognitions), PC 302 does not fit.
 * A provider in Brugge has 12 learners enrolled in K in 2026-2027.
 *
 *  enterprise  PC   size    establishments          what it has                                   on the list?
 *  Alfa        200  MEDIUM  Brugge + Antwerpen      K recognised 2015-10-01 .. 2020-09-30 (expired) yes
 *  Bravo       124  LARGE   Kortrijk                R valid now; 2 agreements (2023-09, 2024-09)   yes
 *  Charlie     124  SMALL   Kortrijk                K recognised 2022, REVOKED 2023-03-01          yes
 *  Delta       124  SMALL   Antwerpen               nothing                                       yes
 *  Echo (×2)   124  SMALL   Kortrijk                nothing (same name: the tie goes to the KBO)   yes
 *  India       124  SMALL   Hasselt                 nothing                                       yes
 *  Foxtrot     200  SMALL   Brugge                  K valid now (approved 2024-05-01)              no: a workplace already
 *  Golf        302  LARGE   Brugge                  nothing                                       no: PC 302 does not fit K
 *  Hotel       124  SMALL   Brugge, closed 2025     nothing                                       no: no open establishment
 *
 * Scores (weights of prospect-weights.ts), reasons in the order the API gives them:
 *  Alfa    = SAME_TRAINING_EARLIER 40 (until 2020-2021, the school year of 2020-09-30) + COVERING_PARTNERSHIP 25
 *            + PROVIDER_MUNICIPALITY 15 (Brugge, 12) + SIZE 5 (medium)                                    = 85
 *  Bravo   = RELATED_TRAINING_NOW 30 + AGREEMENTS 10 + 2 (latest start 2024-09-01: 2024-2025)
 *            + PROVIDER_PROVINCE 5 (West-Vlaanderen, 12) + SIZE 10 (large) + JOINT_COMMITTEE 0            = 57
 *  Charlie = PROVIDER_PROVINCE 5 + JOINT_COMMITTEE 0 (the revoked recognition earns nothing)              = 5
 *  Echo, Echo = 5 each, like Charlie; Delta, India = JOINT_COMMITTEE 0 only (no provider in their province) = 0
 * Ranked: Alfa 85, Bravo 57, Charlie 5, Echo (lower KBO) 5, Echo (higher KBO) 5, Delta 0, India 0.
 */

const TODAY = '2026-11-29';
const users: Record<'admin' | 'bouw' | 'policymaker', number> = { admin: 0, bouw: 0, policymaker: 0 };
const as = (user: keyof typeof users) => ({ userId: users[user], today: TODAY });
const kbo: Record<string, string> = {};
let db: Db;
let addRecognition: (name: string) => void;

beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const bedienden = f.partnership({ code: 'BEDIENDEN', nameNl: 'Bedienden', jointCommittees: ['200'] });
  const bouw = f.partnership({ code: 'BOUW', nameNl: 'Bouw', jointCommittees: ['124'] });
  f.partnership({ code: 'HORECA', nameNl: 'Horeca', jointCommittees: ['302'] });
  users.admin = f.user({ role: 'ADMIN' });
  users.bouw = f.user({ role: 'SECTOR_STAFF', partnershipId: bouw });
  users.policymaker = f.user({ role: 'POLICYMAKER' });
  const K = f.training({ code: 'KMO', nameNl: 'Administratief medewerker kmo', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' });
  const R = f.training({ code: 'KMO-DUAAL', nameNl: 'Polyvalent administratief ondersteuner', system: 'DUAL', level: 'SECONDARY' });
  db.insert(s.trainingEquivalences).values({ fromTrainingId: K, toTrainingId: R, kind: 'LEREN_EN_WERKEN_TO_DUAL' }).run();
  const brugge = f.municipality({ province: 'WEST_VLAANDEREN' });
  const kortrijk = f.municipality({ province: 'WEST_VLAANDEREN', nisCode: '34022', nameNl: 'Kortrijk' });
  const provider = f.provider({ municipalityNisCode: brugge });
  f.enrolment({ trainingId: K, providerId: provider, schoolYear: '2026-2027', learners: 12 });

  const enterprise = (name: string, pc: string, sizeClass: 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE', sites: { nis?: string; province?: 'ANTWERPEN' | 'LIMBURG'; closedOn?: string }[]) => {
    const id = f.enterprise({ name, jointCommittees: [pc], sizeClass });
    const est = sites.map((site) => f.establishment({ enterpriseId: id, ...(site.nis ? { municipalityNisCode: site.nis } : { province: site.province! }), closedOn: site.closedOn ?? null }));
    return { id, est: est[0]! };
  };
  const alfa = enterprise('Alfa', '200', 'MEDIUM', [{ nis: brugge }, { province: 'ANTWERPEN' }]);
  const bravo = enterprise('Bravo', '124', 'LARGE', [{ nis: kortrijk }]);
  const charlie = enterprise('Charlie', '124', 'SMALL', [{ nis: kortrijk }]);
  enterprise('Delta', '124', 'SMALL', [{ province: 'ANTWERPEN' }]);
  const echo1 = enterprise('Echo', '124', 'SMALL', [{ nis: kortrijk }]);
  const echo2 = enterprise('Echo', '124', 'SMALL', [{ nis: kortrijk }]);
  enterprise('India', '124', 'SMALL', [{ province: 'LIMBURG' }]);
  const foxtrot = enterprise('Foxtrot', '200', 'SMALL', [{ nis: brugge }]);
  enterprise('Golf', '302', 'LARGE', [{ nis: brugge }]);
  enterprise('Hotel', '124', 'SMALL', [{ nis: brugge, closedOn: '2025-01-01' }]);
  for (const [key, e] of [['echo1', echo1], ['echo2', echo2]] as const) kbo[key] = db.select({ k: s.enterprises.kboNumber }).from(s.enterprises).where(eq(s.enterprises.id, e.id)).get()!.k;

  f.recognition({ establishmentId: alfa.est, trainingId: K, handlingPartnershipId: bedienden, submittedOn: '2015-09-20', approvedOn: '2015-10-01' });
  f.recognition({ establishmentId: foxtrot.est, trainingId: K, handlingPartnershipId: bedienden, submittedOn: '2024-04-20', approvedOn: '2024-05-01' });
  f.recognition({ establishmentId: charlie.est, trainingId: K, handlingPartnershipId: bouw, submittedOn: '2022-01-02', approvedOn: '2022-01-10', revokedOn: '2023-03-01' });
  const rR = f.recognition({ establishmentId: bravo.est, trainingId: R, handlingPartnershipId: bouw, submittedOn: '2024-01-02', approvedOn: '2024-01-10' });
  f.agreement({ establishmentId: bravo.est, trainingId: R, providerId: provider, recognitionId: rR, startOn: '2023-09-01', plannedEndOn: '2025-06-30', actualEndOn: '2025-06-30' });
  f.agreement({ establishmentId: bravo.est, trainingId: R, providerId: provider, recognitionId: rR, startOn: '2024-09-01', plannedEndOn: '2027-06-30' });
  addRecognition = (name) => {
    const enterpriseId = db.select({ id: s.enterprises.id }).from(s.enterprises).where(eq(s.enterprises.name, name)).get()!.id;
    const establishmentId = db.select({ id: s.establishments.id }).from(s.establishments).where(eq(s.establishments.enterpriseId, enterpriseId)).get()!.id;
    f.recognition({ establishmentId, trainingId: K, handlingPartnershipId: bedienden, submittedOn: '2026-10-01', approvedOn: '2026-10-10' });
  };
});

interface Reason { kind: string; points: number; count: number | null; schoolYear: string | null; trainingNames: string[]; place: string | null; jointCommitteeCodes: string[]; partnershipName: string | null }
interface Page { totalCount: number; hasNextPage: boolean; nodes: { name: string; kboNumber: string; municipalities: string[]; score: number; reasons: Reason[] }[] }

async function ranking(user: keyof typeof users, args = 'filter: { trainingCode: "KMO" }') {
  const response = await runGraphQL<{ prospectRanking: Page }>(
    db,
    `query { prospectRanking(${args}) { totalCount hasNextPage nodes { name kboNumber municipalities score reasons { kind points count schoolYear trainingNames place jointCommitteeCodes partnershipName } } } }`,
    {},
    as(user),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.prospectRanking;
}
const names = (page: Page) => page.nodes.map((n) => n.name);

describe('prospectRanking', () => {
  it('ranks by score, strongest first, ties by name and then enterprise number', async () => {
    const page = await ranking('admin');
    expect(page.totalCount).toBe(7);
    expect(page.nodes.map((n) => [n.name, n.score])).toEqual([
      ['Alfa', 85],
      ['Bravo', 57],
      ['Charlie', 5],
      ['Echo', 5],
      ['Echo', 5],
      ['Delta', 0],
      ['India', 0],
    ]);
    expect(kbo.echo1! < kbo.echo2!).toBe(true);
    expect(page.nodes[3]!.kboNumber).toBe(kbo.echo1);
    expect(page.nodes[4]!.kboNumber).toBe(kbo.echo2);
  });

  it('says why each enterprise is listed, with the points of each reason', async () => {
    const page = await ranking('admin');
    const reasons = (name: string) => page.nodes.find((n) => n.name === name)!.reasons.map((r) => [r.kind, r.points]);
    expect(reasons('Alfa')).toEqual([
      ['SAME_TRAINING_EARLIER', W.SAME_TRAINING_EARLIER],
      ['COVERING_PARTNERSHIP', W.COVERING_PARTNERSHIP],
      ['PROVIDER_MUNICIPALITY', W.PROVIDER_MUNICIPALITY],
      ['SIZE', W.SIZE_MEDIUM],
    ]);
    expect(reasons('Bravo')).toEqual([
      ['RELATED_TRAINING_NOW', W.RELATED_TRAINING_NOW],
      ['AGREEMENTS', W.AGREEMENTS + 2],
      ['PROVIDER_PROVINCE', W.PROVIDER_PROVINCE],
      ['SIZE', W.SIZE_LARGE],
      ['JOINT_COMMITTEE', 0],
    ]);
    // The revoked recognition of K is no reason; the provider in the province is.
    expect(reasons('Charlie')).toEqual([['PROVIDER_PROVINCE', 5], ['JOINT_COMMITTEE', 0]]);
    // Only the PC number: the last rows.
    expect(reasons('Delta')).toEqual([['JOINT_COMMITTEE', 0]]);
    expect(reasons('India')).toEqual([['JOINT_COMMITTEE', 0]]);
    const alfa = page.nodes[0]!;
    expect(alfa.reasons[0]!.schoolYear).toBe('2020-2021');
    expect(alfa.reasons[1]).toMatchObject({ jointCommitteeCodes: ['200'], partnershipName: 'Bedienden' });
    expect(alfa.reasons[2]).toMatchObject({ place: 'Brugge', count: 12 });
    // An enterprise in two provinces: both municipalities without a region filter.
    expect(alfa.municipalities).toEqual(['Antwerpen', 'Brugge']);
    const bravo = page.nodes[1]!;
    expect(bravo.reasons[0]!.trainingNames).toEqual(['Polyvalent administratief ondersteuner']);
    expect(bravo.reasons[1]).toMatchObject({ count: 2, schoolYear: '2024-2025' });
    expect(bravo.reasons[2]).toMatchObject({ place: 'WEST_VLAANDEREN', count: 12 });
    expect(bravo.reasons[4]).toMatchObject({ jointCommitteeCodes: ['124'], partnershipName: 'Bouw' });
    // Every row says why it is there.
    expect(page.nodes.every((n) => n.reasons.length > 0)).toBe(true);
  });

  it('honours the region: the enterprise in two provinces shows its site there, the others drop out', async () => {
    const wv = await ranking('admin', 'filter: { trainingCode: "KMO", provinces: [WEST_VLAANDEREN] }');
    expect(names(wv)).toEqual(['Alfa', 'Bravo', 'Charlie', 'Echo', 'Echo']);
    expect(wv.nodes[0]!.municipalities).toEqual(['Brugge']);
    const antwerpen = await ranking('admin', 'filter: { trainingCode: "KMO", provinces: [ANTWERPEN] }');
    // Alfa is listed for its site in Antwerpen too; the provider counts only near its sites in the
    // region, and Antwerpen has none: no provider reason there.
    expect(names(antwerpen)).toEqual(['Alfa', 'Delta']);
    expect(antwerpen.nodes[0]!.reasons.map((r) => r.kind)).toEqual(['SAME_TRAINING_EARLIER', 'COVERING_PARTNERSHIP', 'SIZE']);
  });

  it('honours PC number, partnership, system and level', async () => {
    expect(names(await ranking('admin', 'filter: { trainingCode: "KMO", jointCommittees: ["200"] }'))).toEqual(['Alfa']);
    expect(names(await ranking('admin', 'filter: { trainingCode: "KMO", partnership: "BOUW" }'))).toEqual(['Bravo', 'Charlie', 'Echo', 'Echo', 'Delta', 'India']);
    expect((await ranking('admin', 'filter: { trainingCode: "KMO", systems: [DUAL] }')).totalCount).toBe(0);
    expect((await ranking('admin', 'filter: { trainingCode: "KMO", systems: [LEREN_EN_WERKEN], levels: [SECONDARY] }')).totalCount).toBe(7);
  });

  it('reads an earlier school year on its last day', async () => {
    // 2019-2020 ends 2020-08-31: Alfa's recognition of K was valid then (off the list), Foxtrot's not
    // yet approved (on it, PC 200 of the covering partnership: 25); Bravo had no recognition of R nor
    // agreements yet, and no enrolment of K is known for 2019-2020: only its size (10) is left.
    // Hotel's establishment closed on 2025-01-01, so it was open then: on the list with 0.
    const page = await ranking('admin', 'filter: { trainingCode: "KMO", schoolYear: "2019-2020" }');
    expect(page.nodes.map((n) => [n.name, n.score])).toEqual([
      ['Foxtrot', 25],
      ['Bravo', 10],
      ['Charlie', 0],
      ['Delta', 0],
      ['Echo', 0],
      ['Echo', 0],
      ['Hotel', 0],
      ['India', 0],
    ]);
  });

  it('sorts by name and municipality on the server and pages through one order', async () => {
    expect(names(await ranking('admin', 'filter: { trainingCode: "KMO" }, sort: NAME'))).toEqual(['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Echo', 'India']);
    expect(names(await ranking('admin', 'filter: { trainingCode: "KMO" }, sort: NAME, direction: DESC'))).toEqual(['India', 'Echo', 'Echo', 'Delta', 'Charlie', 'Bravo', 'Alfa']);
    // First municipality of each: Alfa and Delta Antwerpen, India Hasselt, the rest Kortrijk.
    expect(names(await ranking('admin', 'filter: { trainingCode: "KMO" }, sort: MUNICIPALITY'))).toEqual(['Alfa', 'Delta', 'India', 'Bravo', 'Charlie', 'Echo', 'Echo']);
    const second = await ranking('admin', 'filter: { trainingCode: "KMO" }, first: 2, offset: 2');
    expect(second.totalCount).toBe(7);
    expect(second.hasNextPage).toBe(true);
    expect(second.nodes[1]!.kboNumber).toBe(kbo.echo1);
    expect(names(second)).toEqual(['Charlie', 'Echo']);
    const last = await ranking('admin', 'filter: { trainingCode: "KMO" }, first: 2, offset: 6');
    expect(names(last)).toEqual(['India']);
    expect(last.hasNextPage).toBe(false);
  });

  it('follows the role: sector staff see their partnership, policymakers nothing', async () => {
    // BOUW follows the enterprises of PC 124 (and those with a recognition it handles): not Alfa.
    expect(names(await ranking('bouw'))).toEqual(['Bravo', 'Charlie', 'Echo', 'Echo', 'Delta', 'India']);
    const refused = await runGraphQL(db, 'query { prospectRanking(filter: { trainingCode: "KMO" }) { totalCount nodes { name } } }', {}, as('policymaker'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.prospectRanking ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('Alfa');
  });

  it('names the field of bad input', async () => {
    const training = await runGraphQL(db, 'query { prospectRanking(filter: { trainingCode: "NOPE" }) { totalCount } }', {}, as('admin'));
    expect(training.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(training.errors?.[0]?.message).toContain('filter.trainingCode');
    const year = await runGraphQL(db, 'query { prospectRanking(filter: { trainingCode: "KMO", schoolYear: "2019" }) { totalCount } }', {}, as('admin'));
    expect(year.errors?.[0]?.message).toContain('filter.schoolYear');
    const page = await runGraphQL(db, 'query { prospectRanking(filter: { trainingCode: "KMO" }, first: 500) { totalCount } }', {}, as('admin'));
    expect(page.errors?.[0]?.message).toContain('"first"');
  });

  // Last: it writes. The ranking is kept between pages, but not past a change of the data.
  it('follows a new recognition at once: India, recognised for K today, leaves the list', async () => {
    expect(names(await ranking('admin'))).toContain('India');
    addRecognition('India');
    // BEDIENDEN now handles 3 recognitions of K, still the most: every other score stays.
    const page = await ranking('admin');
    expect(page.nodes.map((n) => [n.name, n.score])).toEqual([
      ['Alfa', 85],
      ['Bravo', 57],
      ['Charlie', 5],
      ['Echo', 5],
      ['Echo', 5],
      ['Delta', 0],
    ]);
  });
});
