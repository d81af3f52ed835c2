import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';

/*
 * The recognitions behind a K1 figure: recognitions(filter: { validInSchoolYear, … }) lists exactly
 * what kpi(K1, same filter) counts. Y = 2022-2023, P = 2021-2022, N = 2023-2024.
 *
 * Partnerships: BOUW (PC 124), HORECA (PC 302), VLAAMS_PARTNERSCHAP (PC 200 until 2023-07-02),
 * BEDIENDEN (PC 200 from 2023-07-03), LOKALE_BESTUREN (no PC).
 * Trainings: METSELAAR (dual), KOK_LW (Leren en Werken), KOK (dual), VWO_ZORG (adult).
 *
 *   R1  ES1 METSELAAR 124 BOUW     appr 2017-09-01, valid …2022-08-31: P only (ends on 31 August)
 *   R2  ES1 METSELAAR 124 BOUW     RENEWAL of R1, appr 2022-06-10, valid from 2022-09-01: Y, N
 *   R3  ES3 KOK_LW    302 HORECA   appr 2023-08-31: in Y only on 31 August; N
 *   R4  ES2 METSELAAR 200 VP       appr 2021-10-10: P under VP, Y and N under BEDIENDEN
 *   R5  ES2 KOK_LW    200 VP       appr and REVOKED 2022-10-05: never valid
 *   R6  ES3 KOK_LW    302 HORECA   appr 2020-03-15 (valid …2025-03-14): P, Y, N
 *   R7  ES3 KOK       302 HORECA   DUPLICATE of R6 from 2023-02-03, ends with R6: Y, N
 *   R8  ES1 KOK       124 BOUW     appr 2021-12-10, also valid for VWO_ZORG: P, Y, N (under both trainings)
 *   R9  ES3 VWO_ZORG  —   LOKALE   appr 2022-11-10, STOPPED 2023-06-30: Y only
 *   R10 ES2 METSELAAR 124 BOUW     REJECTED: never
 *   R11 ES1 KOK       124 BOUW     appr 2019-05-10, REVOKED 2022-09-01 (first day of Y): P only
 */

const Y = '2022-2023';
const P = '2021-2022';
const N = '2023-2024';

let db: Db;
let users: Record<'admin' | 'bedienden' | 'vp' | 'bouw' | 'policymaker', number>;

beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const p = {
    BOUW: f.partnership({ code: 'BOUW', jointCommittees: ['124'] }),
    HORECA: f.partnership({ code: 'HORECA', jointCommittees: ['302'] }),
    VP: f.partnership({ code: 'VLAAMS_PARTNERSCHAP', kind: 'FLEMISH', jointCommittees: [{ code: '200', validTo: '2023-07-02' }] }),
    BEDIENDEN: f.partnership({ code: 'BEDIENDEN', jointCommittees: [{ code: '200', validFrom: '2023-07-03' }] }),
    LOKALE: f.partnership({ code: 'LOKALE_BESTUREN' }),
  };
  const t = {
    METSELAAR: f.training({ code: 'METSELAAR', nameNl: 'Metselaar' }),
    KOK_LW: f.training({ code: 'KOK_LW', nameNl: 'Kok (Leren en Werken)', system: 'LEREN_EN_WERKEN' }),
    KOK: f.training({ code: 'KOK', nameNl: 'Kok' }),
    VWO_ZORG: f.training({ code: 'VWO_ZORG', nameNl: 'Zorgkundige', level: 'ADULT' }),
  };
  const es = {
    ES1: f.establishment({ enterpriseId: f.enterprise({ jointCommittees: ['124'] }), province: 'ANTWERPEN', name: 'Bouwbedrijf Peeters' }),
    ES2: f.establishment({ enterpriseId: f.enterprise({ jointCommittees: ['200'] }), province: 'OOST_VLAANDEREN', name: 'Administratie Claes' }),
    ES3: f.establishment({ enterpriseId: f.enterprise({ jointCommittees: ['302'] }), province: 'LIMBURG', name: 'Restaurant Janssens' }),
  };
  const at = (establishmentId: number, trainingId: number, handlingPartnershipId: number, jointCommitteeCode: string | null) => ({
    establishmentId,
    trainingId,
    handlingPartnershipId,
    jointCommitteeCode,
  });
  const r1 = f.recognition({ ...at(es.ES1, t.METSELAAR, p.BOUW, '124'), applicationId: 'R1', submittedOn: '2017-08-20', approvedOn: '2017-09-01' });
  f.recognition({
    ...at(es.ES1, t.METSELAAR, p.BOUW, '124'),
    applicationId: 'R2',
    kind: 'RENEWAL',
    previousRecognitionId: r1,
    submittedOn: '2022-06-01',
    approvedOn: '2022-06-10',
    validFrom: '2022-09-01',
  });
  f.recognition({ ...at(es.ES3, t.KOK_LW, p.HORECA, '302'), applicationId: 'R3', submittedOn: '2023-08-17', approvedOn: '2023-08-31', automaticApproval: true });
  f.recognition({ ...at(es.ES2, t.METSELAAR, p.VP, '200'), applicationId: 'R4', submittedOn: '2021-10-01', approvedOn: '2021-10-10' });
  f.recognition({ ...at(es.ES2, t.KOK_LW, p.VP, '200'), applicationId: 'R5', submittedOn: '2022-10-01', approvedOn: '2022-10-05', revokedOn: '2022-10-05' });
  const r6 = f.recognition({ ...at(es.ES3, t.KOK_LW, p.HORECA, '302'), applicationId: 'R6', submittedOn: '2020-03-05', approvedOn: '2020-03-15' });
  f.recognition({
    ...at(es.ES3, t.KOK, p.HORECA, '302'),
    applicationId: 'R7',
    kind: 'DUPLICATE',
    previousRecognitionId: r6,
    submittedOn: '2023-02-03',
    approvedOn: '2023-02-03',
  });
  f.recognition({ ...at(es.ES1, t.KOK, p.BOUW, '124'), applicationId: 'R8', submittedOn: '2021-12-01', approvedOn: '2021-12-10', adultTrainingId: t.VWO_ZORG });
  f.recognition({ ...at(es.ES3, t.VWO_ZORG, p.LOKALE, null), applicationId: 'R9', submittedOn: '2022-11-01', approvedOn: '2022-11-10', stoppedOn: '2023-06-30' });
  f.recognition({ ...at(es.ES2, t.METSELAAR, p.BOUW, '124'), applicationId: 'R10', submittedOn: '2022-01-10', rejectedOn: '2022-02-01' });
  f.recognition({ ...at(es.ES1, t.KOK, p.BOUW, '124'), applicationId: 'R11', submittedOn: '2019-05-01', approvedOn: '2019-05-10', revokedOn: '2022-09-01' });
  users = {
    admin: f.user({ role: 'ADMIN' }),
    bedienden: f.user({ role: 'SECTOR_STAFF', partnershipId: p.BEDIENDEN }),
    vp: f.user({ role: 'SECTOR_STAFF', partnershipId: p.VP }),
    bouw: f.user({ role: 'SECTOR_STAFF', partnershipId: p.BOUW }),
    policymaker: f.user({ role: 'POLICYMAKER' }),
  };
});

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { applicationId: string } }[];
}

async function list(filter: Record<string, unknown>, who: keyof typeof users = 'admin', extra = '') {
  const response = await runGraphQL<{ recognitions: Connection }>(
    db,
    `query($f: RecognitionFilter, $after: String) { recognitions(first: 50, after: $after, filter: $f${extra}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { applicationId } } } }`,
    { f: filter },
    { userId: users[who] },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.recognitions;
}
const ids = (c: Connection) => c.edges.map((e) => e.node.applicationId).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

async function k1(schoolYear: string, filter: Record<string, unknown>) {
  const response = await runGraphQL<{ kpi: { total: { value: number | null } } }>(
    db,
    'query($y: String!, $f: KpiFilter) { kpi(id: K1, schoolYear: $y, filter: $f) { total { value } } }',
    { y: schoolYear, f: filter },
    { userId: users.admin },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.kpi.total.value;
}

describe('recognitions counted by K1', () => {
  it.each([
    [Y, {}, ['R2', 'R3', 'R4', 'R6', 'R7', 'R8', 'R9']],
    [P, {}, ['R1', 'R4', 'R6', 'R8', 'R11']],
    [N, {}, ['R2', 'R3', 'R4', 'R6', 'R7', 'R8']],
    // PC 200 reports under the partnership responsible for it on the last day of the year.
    [Y, { reportingPartnerships: ['BEDIENDEN'] }, ['R4']],
    [Y, { reportingPartnerships: ['VLAAMS_PARTNERSCHAP'] }, []],
    [P, { reportingPartnerships: ['VLAAMS_PARTNERSCHAP'] }, ['R4']],
    [P, { reportingPartnerships: ['BEDIENDEN'] }, []],
    [Y, { reportingPartnerships: ['LOKALE_BESTUREN'] }, ['R9']],
    [Y, { reportingPartnerships: ['HORECA'] }, ['R3', 'R6', 'R7']],
    [Y, { jointCommittees: ['200'] }, ['R4']],
    // The adult training a secondary recognition is also declared valid for.
    [Y, { trainings: ['VWO_ZORG'] }, ['R8', 'R9']],
    [Y, { levels: ['ADULT'] }, ['R8', 'R9']],
    [Y, { trainings: ['KOK'] }, ['R7', 'R8']],
    [P, { trainings: ['KOK'] }, ['R8', 'R11']],
  ])('%s %j', async (year, filter, expected) => {
    const { reportingPartnerships, ...rest } = filter as { reportingPartnerships?: string[] };
    const result = await list({ validInSchoolYear: year, ...filter });
    expect(ids(result)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
    expect(await k1(year, { ...rest, partnerships: reportingPartnerships })).toBe(expected.length);
  });

  it('has the totalCount of K1 for every partnership, PC number, training, system and level', async () => {
    const filters: [Record<string, unknown>, Record<string, unknown>][] = [
      ...['BOUW', 'HORECA', 'VLAAMS_PARTNERSCHAP', 'BEDIENDEN', 'LOKALE_BESTUREN'].map((c) => [{ reportingPartnerships: [c] }, { partnerships: [c] }] as [Record<string, unknown>, Record<string, unknown>]),
      ...['124', '200', '302'].map((c) => [{ jointCommittees: [c] }, { jointCommittees: [c] }] as [Record<string, unknown>, Record<string, unknown>]),
      ...['METSELAAR', 'KOK_LW', 'KOK', 'VWO_ZORG'].map((c) => [{ trainings: [c] }, { trainings: [c] }] as [Record<string, unknown>, Record<string, unknown>]),
      [{ systems: ['LEREN_EN_WERKEN'] }, { systems: ['LEREN_EN_WERKEN'] }],
      [{ levels: ['SECONDARY'] }, { levels: ['SECONDARY'] }],
      [{ reportingPartnerships: ['BOUW'], trainings: ['VWO_ZORG'] }, { partnerships: ['BOUW'], trainings: ['VWO_ZORG'] }],
      [{ reportingPartnerships: ['BOUW'], provinces: ['ANTWERPEN'], levels: ['ADULT'] }, { partnerships: ['BOUW'], provinces: ['ANTWERPEN'], levels: ['ADULT'] }],
    ];
    for (const year of [P, Y, N]) {
      for (const [recognitionFilter, kpiFilter] of filters) {
        const result = await list({ validInSchoolYear: year, ...recognitionFilter });
        expect({ year, recognitionFilter, count: result.totalCount }).toEqual({ year, recognitionFilter, count: await k1(year, kpiFilter) });
      }
    }
  });

  it('without a school year: reporting partnership of today, training or adult training, any validity', async () => {
    // Today PC 200 is BEDIENDEN's; R5 was never valid but is still a recognition of that partnership.
    expect(ids(await list({ reportingPartnerships: ['BEDIENDEN'] }))).toEqual(['R4', 'R5']);
    expect(ids(await list({ reportingPartnerships: ['VLAAMS_PARTNERSCHAP'] }))).toEqual([]);
    expect(ids(await list({ trainings: ['VWO_ZORG'] }))).toEqual(['R8', 'R9']);
  });

  it('keeps the access rules: sector staff within their scope, policymakers refused', async () => {
    expect(ids(await list({ validInSchoolYear: Y, reportingPartnerships: ['BEDIENDEN'] }, 'bedienden'))).toEqual(['R4']);
    // VP handles R4, so its staff see it, reported under BEDIENDEN in Y and under VP in P.
    expect(ids(await list({ validInSchoolYear: Y, reportingPartnerships: ['BEDIENDEN'] }, 'vp'))).toEqual(['R4']);
    expect(ids(await list({ validInSchoolYear: P, reportingPartnerships: ['VLAAMS_PARTNERSCHAP'] }, 'vp'))).toEqual(['R4']);
    expect(ids(await list({ validInSchoolYear: Y, reportingPartnerships: ['HORECA'] }, 'bouw'))).toEqual([]);
    expect(ids(await list({ validInSchoolYear: Y, trainings: ['VWO_ZORG'] }, 'bouw'))).toEqual(['R8']);
    const refused = await runGraphQL(db, '{ recognitions(first: 5, filter: { validInSchoolYear: "2022-2023" }) { totalCount } }', {}, { userId: users.policymaker });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a school year that is not one', async () => {
    const response = await runGraphQL(db, '{ recognitions(first: 5, filter: { validInSchoolYear: "2022" }) { totalCount } }', {}, { userId: users.admin });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows the adult training a recognition is also valid for', async () => {
    const response = await runGraphQL<{ recognitions: { edges: { node: { applicationId: string; adultTraining: { code: string; level: string } | null } }[] } }>(
      db,
      '{ recognitions(first: 50, filter: { validInSchoolYear: "2022-2023", trainings: ["VWO_ZORG"] }, orderBy: { field: APPLICATION_ID }) { edges { node { applicationId adultTraining { code level } } } } }',
      {},
      { userId: users.admin },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.recognitions.edges.map((e) => e.node)).toEqual([
      { applicationId: 'R8', adultTraining: { code: 'VWO_ZORG', level: 'ADULT' } },
      { applicationId: 'R9', adultTraining: null },
    ]);
  });

  it.each([
    ['ESTABLISHMENT_NAME', 'ASC', ['R4', 'R2', 'R8', 'R3', 'R6', 'R7', 'R9']], // Administratie < Bouwbedrijf < Restaurant
    ['MUNICIPALITY', 'DESC', ['R9', 'R7', 'R6', 'R3', 'R4', 'R8', 'R2']], // Hasselt > Gent > Antwerpen
    ['TRAINING_NAME', 'ASC', ['R7', 'R8', 'R3', 'R6', 'R2', 'R4', 'R9']], // Kok < Kok (LW) < Metselaar < Zorgkundige
    ['VALID_FROM', 'DESC', ['R3', 'R7', 'R9', 'R2', 'R8', 'R4', 'R6']],
  ])('orders by %s %s, page by page', async (field, dir, expected) => {
    const order = `, orderBy: { field: ${field}, direction: ${dir} }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof runGraphQL<{ recognitions: Connection }>>> = await runGraphQL<{ recognitions: Connection }>(
        db,
        `query($after: String) { recognitions(first: 2, after: $after, filter: { validInSchoolYear: "2022-2023" }${order}) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { applicationId } } } }`,
        { after },
        { userId: users.admin },
      );
      expect(response.errors).toBeUndefined();
      const page: Connection = response.data!.recognitions;
      seen.push(...page.edges.map((e) => e.node.applicationId));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Ties are broken by id, in the direction asked for.
    expect(seen).toEqual(expected);
  });
});
