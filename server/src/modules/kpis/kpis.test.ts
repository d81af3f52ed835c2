import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { createTestDb } from '../../testing/test-db.js';
import type { Actor } from '../auth/actor.js';
import type { KpiResult } from './engine/types.js';
import { buildKpiFixture } from './kpi-fixture.js';
import { computeKpi, computeKpiTrend, listSchoolYears, warmKpiCache, type KpiInput } from './kpis.service.js';

// Every expectation below is derived by hand from DOMAIN.md §3–§4 and the fixture table in
// kpi-fixture.ts. Y = 2022-2023, P = 2021-2022.

const Y = '2022-2023';
const P = '2021-2022';
const admin: Actor = { userId: 1, role: 'ADMIN', partnershipId: null };

let db: Db;
beforeAll(() => {
  db = createTestDb();
  buildKpiFixture(db);
});

function kpi(input: Omit<KpiInput, 'schoolYear'> & { schoolYear?: string }, asOf = '2026-01-15'): KpiResult {
  return computeKpi({ db, actor: admin, suppressionThreshold: 5, today: asOf, input: { schoolYear: Y, ...input } });
}
const total = (id: KpiInput['id'], measure?: string, schoolYear = Y) => kpi({ id, measure, schoolYear }).total.value;
/** Rows as { "KEY|KEY": value }. */
const byKey = (result: KpiResult) => Object.fromEntries(result.rows.map((r) => [r.keys.map((k) => k.id).join('|'), r.value]));

describe('K1 approved and valid recognitions', () => {
  it('counts recognitions valid on ≥ 1 day of Y, duplicates included', () => {
    // Y: R2 (valid only from 1 Sept 2022), R3 (valid only on 31 Aug 2023), R4, R6 (duplicate), R7,
    // R10 (until its stop), R11, R12 = 8. Not R1 (ends 2022-08-31), R5 (revoked on its first
    // valid day), R8/R9 (never approved).
    expect(total('K1')).toBe(8);
    // P: R1, R4, R7, R11 (valid only on 31 Aug 2022), R12 = 5.
    expect(total('K1', undefined, P)).toBe(5);
  });

  it('reports PC 200 under the partnership responsible on the last day of the year', () => {
    // Y: BOUW R2, R12; HORECA R3, R6, R7, R11; BEDIENDEN R4 (PC 200 from 2023-07-03); LOKALE R10 (no PC).
    expect(byKey(kpi({ id: 'K1', groupBy: ['PARTNERSHIP'] }))).toEqual({ BEDIENDEN: 1, BOUW: 2, HORECA: 4, LOKALE_BESTUREN: 1 });
    // P: R4 still under the Flemish Partnership (reporting day 2022-08-31 < 2023-07-03).
    expect(byKey(kpi({ id: 'K1', schoolYear: P, groupBy: ['PARTNERSHIP'] }))).toEqual({ BOUW: 2, HORECA: 2, VLAAMS_PARTNERSCHAP: 1 });
    // The handling partnership of R4 stays the Flemish Partnership.
    expect(byKey(kpi({ id: 'K1', groupBy: ['HANDLING_PARTNERSHIP'] }))).toEqual({ BOUW: 2, HORECA: 4, LOKALE_BESTUREN: 1, VLAAMS_PARTNERSCHAP: 1 });
  });

  it('splits by application kind, system and level', () => {
    // NEW R3 R4 R7 R10 R11 R12; RENEWAL R2; DUPLICATE R6.
    expect(byKey(kpi({ id: 'K1', groupBy: ['APPLICATION_KIND'] }))).toEqual({ NEW: 6, RENEWAL: 1, DUPLICATE: 1 });
    // LenW: R3, R7; dual: the other 6 (R10 is dual adult).
    expect(byKey(kpi({ id: 'K1', groupBy: ['SYSTEM', 'LEVEL'] }))).toEqual({
      'DUAL|SECONDARY': 5,
      'DUAL|ADULT': 1,
      'LEREN_EN_WERKEN|SECONDARY': 2,
    });
  });

  it('labels group keys in Dutch, a missing PC number included', () => {
    const result = kpi({ id: 'K1', groupBy: ['JOINT_COMMITTEE'] });
    expect(result.rows.map((r) => [r.keys[0]?.id, r.keys[0]?.label, r.value])).toEqual([
      ['124', 'PC 124', 2],
      ['200', 'PC 200', 1],
      ['302', 'PC 302', 4],
      ['NONE', 'Zonder PC-nummer', 1],
    ]);
    expect(kpi({ id: 'K1', groupBy: ['PROVINCE'] }).rows.map((r) => r.keys[0]?.label)).toEqual(['Antwerpen', 'Limburg', 'Oost-Vlaanderen']);
  });
});

describe('K2 unique establishments and enterprises', () => {
  it('counts distinct establishments and enterprises over K1', () => {
    // Y: ES1a (R2), ES1b (R3), ES2 (R4), ES3 (R10), ES4 (R6, R7, R11), ES5 (R12) = 6; E1…E5 = 5.
    expect(total('K2', 'establishments')).toBe(6);
    expect(total('K2', 'enterprises')).toBe(5);
    // P: ES1a, ES2, ES4, ES5 = 4; E1, E2, E4, E5 = 4.
    expect(total('K2', 'establishments', P)).toBe(4);
    expect(total('K2', 'enterprises', P)).toBe(4);
  });

  it('counts an enterprise in each province and once in the total', () => {
    // E1 has recognised sites in Antwerpen (ES1a) and Limburg (ES1b): rows 2 + 2 + 2 = 6 > total 5.
    const result = kpi({ id: 'K2', measure: 'enterprises', groupBy: ['PROVINCE'] });
    expect(byKey(result)).toEqual({ ANTWERPEN: 2, LIMBURG: 2, OOST_VLAANDEREN: 2 });
    expect(result.total.value).toBe(5);
  });
});

describe('K1, K2, K17: a secondary recognition also valid for an adult training', () => {
  // Own world (DOMAIN.md §3: a secondary recognition can be declared valid for the adult training
  // built on the same qualification). Y = 2022-2023.
  //   KAP (dual, secondary), KAP_VWO (adult), LW (Leren en Werken, secondary)
  //   ES_A Antwerpen: RA KAP approved 2021-10-01, also valid for KAP_VWO (adult_training_id)
  //   ES_B Antwerpen: RB KAP approved 2022-01-10; RC LW approved 2020-11-02
  //   AA: ODOS for KAP_VWO at ES_A on RA, running in Y
  //   Enrolments Y in KAP_VWO: 4 at a centre in Antwerpen, 2 at one in Limburg
  let adultDb: Db;
  const adultKpi = (input: Omit<KpiInput, 'schoolYear'>) => computeKpi({ db: adultDb, actor: admin, suppressionThreshold: 5, today: '2026-01-15', input: { schoolYear: Y, ...input } });
  beforeAll(() => {
    adultDb = createTestDb();
    const f = createFactories(adultDb);
    const haartooi = f.partnership({ code: 'HAARTOOI', nameNl: 'Haartooi', jointCommittees: ['314'] });
    const e = f.enterprise({ jointCommittees: ['314'] });
    const esA = f.establishment({ enterpriseId: e, province: 'ANTWERPEN' });
    const esB = f.establishment({ enterpriseId: e, province: 'ANTWERPEN' });
    const kap = f.training({ code: 'KAP', system: 'DUAL', level: 'SECONDARY' });
    const kapVwo = f.training({ code: 'KAP_VWO', system: 'DUAL', level: 'ADULT' });
    const lw = f.training({ code: 'LW', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' });
    const pc = { handlingPartnershipId: haartooi, jointCommitteeCode: '314' };
    const ra = f.recognition({ establishmentId: esA, trainingId: kap, ...pc, submittedOn: '2021-09-20', approvedOn: '2021-10-01', adultTrainingId: kapVwo });
    f.recognition({ establishmentId: esB, trainingId: kap, ...pc, submittedOn: '2022-01-03', approvedOn: '2022-01-10' });
    f.recognition({ establishmentId: esB, trainingId: lw, ...pc, submittedOn: '2020-10-20', approvedOn: '2020-11-02' });
    const cvoAntwerpen = f.provider({ type: 'ADULT_EDUCATION_CENTRE', province: 'ANTWERPEN' });
    const cvoLimburg = f.provider({ type: 'ADULT_EDUCATION_CENTRE', province: 'LIMBURG' });
    f.agreement({ establishmentId: esA, trainingId: kapVwo, providerId: cvoAntwerpen, recognitionId: ra, type: 'ODOS', startOn: '2022-10-01', plannedEndOn: '2023-06-30' });
    f.enrolment({ trainingId: kapVwo, providerId: cvoAntwerpen, schoolYear: Y, learners: 4 });
    f.enrolment({ trainingId: kapVwo, providerId: cvoLimburg, schoolYear: Y, learners: 2 });
  });

  it('K1 counts RA under ADULT / KAP_VWO as well as under SECONDARY / KAP, once in the total', () => {
    expect(adultKpi({ id: 'K1' }).total.value).toBe(3); // RA, RB, RC
    const byLevel = adultKpi({ id: 'K1', groupBy: ['LEVEL'] });
    expect(byKey(byLevel)).toEqual({ SECONDARY: 3, ADULT: 1 }); // rows 4 > total 3
    expect(byLevel.total.value).toBe(3);
    expect(byKey(adultKpi({ id: 'K1', groupBy: ['TRAINING'] }))).toEqual({ KAP: 2, KAP_VWO: 1, LW: 1 });
    // RA is dual under both trainings: once in DUAL.
    expect(byKey(adultKpi({ id: 'K1', groupBy: ['SYSTEM'] }))).toEqual({ DUAL: 2, LEREN_EN_WERKEN: 1 });
    expect(byKey(adultKpi({ id: 'K1', groupBy: ['SYSTEM', 'LEVEL'] }))).toEqual({ 'DUAL|SECONDARY': 2, 'DUAL|ADULT': 1, 'LEREN_EN_WERKEN|SECONDARY': 1 });
    expect(adultKpi({ id: 'K1', filter: { levels: ['ADULT'] } }).total.value).toBe(1);
    expect(adultKpi({ id: 'K1', filter: { levels: ['SECONDARY'] } }).total.value).toBe(3);
    expect(adultKpi({ id: 'K1', filter: { trainings: ['KAP_VWO'] } }).total.value).toBe(1);
    expect(adultKpi({ id: 'K1', filter: { trainings: ['KAP'] } }).total.value).toBe(2);
  });

  it('K2 and K17 count the site under the adult training too', () => {
    expect(adultKpi({ id: 'K2', filter: { levels: ['ADULT'] } }).total.value).toBe(1); // ES_A
    const byLevel = adultKpi({ id: 'K2', groupBy: ['LEVEL'] });
    expect(byKey(byLevel)).toEqual({ SECONDARY: 2, ADULT: 1 });
    expect(byLevel.total.value).toBe(2);
    const by = (measure: string) => byKey(adultKpi({ id: 'K17', measure, groupBy: ['TRAINING'] }));
    expect(by('recognisedEstablishments')).toEqual({ KAP: 2, KAP_VWO: 1, LW: 1 });
    // AA runs for KAP_VWO at ES_A; no KAP or LW agreement anywhere.
    expect(by('unusedCapacity')).toEqual({ KAP: 2, LW: 1 });
    // ES_A in Antwerpen is valid for KAP_VWO: only the 2 learners in Limburg lack a site.
    expect(by('shortage')).toEqual({ KAP_VWO: 2 });
  });
});

describe('K3 applications and K4 mandates', () => {
  it('counts applications submitted in Y, new vs renewal, without duplicates', () => {
    // Y: R3, R5, R8 (cancelled after 60 days), R9, R10 — all new; R6 is a duplicate, not submitted.
    expect(byKey(kpi({ id: 'K3', groupBy: ['APPLICATION_KIND'] }))).toEqual({ NEW: 5 });
    // P: R4, R11 new; R2 renewal.
    expect(byKey(kpi({ id: 'K3', schoolYear: P, groupBy: ['APPLICATION_KIND'] }))).toEqual({ NEW: 2, RENEWAL: 1 });
    // By handling partnership: VP R5; LOKALE R8, R9, R10; HORECA R3.
    expect(byKey(kpi({ id: 'K3', groupBy: ['HANDLING_PARTNERSHIP'] }))).toEqual({ HORECA: 1, LOKALE_BESTUREN: 3, VLAAMS_PARTNERSCHAP: 1 });
  });

  it('computes the share under mandate, per type against all applications', () => {
    // Y: mandated R3 (workplace counsellor), R5 (sector), R8 (provider) of 5 = 60 %.
    expect(total('K4')).toBe(60);
    expect(total('K4', 'mandated')).toBe(3);
    // Each type 1 of all 5 applications = 20 %.
    expect(byKey(kpi({ id: 'K4', groupBy: ['MANDATE_TYPE'] }))).toEqual({ TRAINING_PROVIDER: 20, SECTOR_PARTNERSHIP: 20, WORKPLACE_COUNSELLOR: 20 });
    // P: R2 (provider), R4 (sector) of R2, R4, R11 = 2/3.
    expect(total('K4', undefined, P)).toBeCloseTo(200 / 3, 10);
  });
});

describe('K5 decisions and K6 rejection reasons', () => {
  it('counts decisions in Y without duplicates', () => {
    // Approved in Y: R3 (automatic), R5 (revoked the same day, still a decision), R10; R6 is a duplicate.
    expect(total('K5', 'approved')).toBe(3);
    expect(total('K5', 'approvedInvestigated')).toBe(2);
    expect(total('K5', 'approvedAutomatic')).toBe(1);
    expect(total('K5', 'rejected')).toBe(1); // R9
    expect(total('K5', 'approvalRate')).toBe(75); // 3 / (3 + 1)
    // P: R2, R4, R11 approved, none rejected.
    expect(total('K5', 'approved', P)).toBe(3);
    expect(total('K5', 'approvalRate', P)).toBe(100);
  });

  it('counts each reason of a rejection, the rejection once in the total', () => {
    const result = kpi({ id: 'K6', groupBy: ['REASON'] });
    expect(byKey(result)).toEqual({ INSUFFICIENT_EQUIPMENT: 1, NO_QUALIFIED_MENTOR: 1 });
    expect(result.total.value).toBe(1);
    expect(result.rows[0]?.keys[0]?.label).toBe('Bedrijfsuitrusting onvoldoende');
  });
});

describe('K7 revocations and K8 stopped, expired, renewed', () => {
  it('counts revocations with their enterprises and establishments', () => {
    expect(total('K7')).toBe(1); // R5, revoked 2022-10-05
    expect(total('K7', 'enterprises')).toBe(1); // E2
    expect(total('K7', 'establishments')).toBe(1); // ES2
    expect(total('K7', undefined, P)).toBe(0);
  });

  it('counts stops, expiries (the day after the validity end) and renewals', () => {
    expect(total('K8', 'stopped')).toBe(1); // R10 on 2023-06-30
    expect(total('K8', 'expired')).toBe(1); // R1: valid to 2022-08-31, expires 2022-09-01, in Y
    expect(total('K8', 'expired', P)).toBe(0);
    expect(total('K8', 'renewed')).toBe(0);
    expect(total('K8', 'renewed', P)).toBe(1); // R2 approved 2022-06-20
  });
});

describe('K9 unique mentors', () => {
  it('counts a mentor under each partnership and once in the total', () => {
    // Y: BOUW R2 {M1, M2}; HORECA R3 {M2}, R7 {M4}, R11 {M6, M9}; BEDIENDEN R4 {M3 (removed
    // 2023-05-01, on it before), M8}; LOKALE R10 {M5, M7}. Rows 2 + 4 + 2 + 2 = 10 > 9 mentors.
    const result = kpi({ id: 'K9', groupBy: ['PARTNERSHIP'] });
    expect(byKey(result)).toEqual({ BEDIENDEN: 2, BOUW: 2, HORECA: 4, LOKALE_BESTUREN: 2 });
    expect(result.total.value).toBe(9);
    // P: BOUW R1 {M1}; VP R4 {M3, M8}; HORECA R7 {M4}, R11 {M6, M9} (valid on 31 Aug 2022) = 6.
    expect(byKey(kpi({ id: 'K9', schoolYear: P, groupBy: ['PARTNERSHIP'] }))).toEqual({ BOUW: 1, HORECA: 3, VLAAMS_PARTNERSCHAP: 2 });
    expect(total('K9', undefined, P)).toBe(6);
  });
});

describe('K10 mentor-training compliance', () => {
  it('classifies mentors due in Y by their status at the deadline', () => {
    // Due in Y: M2 (2023-06-20, completed on the deadline), M6 (2023-08-31 = last day of Y, not
    // completed), M7 (exempt), M8 (2022-10-10, completed too late), M9 (follow-up stopped before
    // the deadline). M4 (18-month deadline 2021-09-15) falls in P; M2's HORECA and M5's in 2023-2024.
    expect(total('K10', 'due')).toBe(5);
    expect(total('K10', 'completed')).toBe(1);
    expect(total('K10', 'exempt')).toBe(1);
    expect(total('K10', 'notCompleted')).toBe(2);
    expect(total('K10', 'followUpStopped')).toBe(1);
    expect(total('K10', 'compliant')).toBe(2);
    expect(total('K10', 'complianceRate')).toBe(40); // 2 / 5
    expect(byKey(kpi({ id: 'K10', measure: 'due', groupBy: ['STATUS'] }))).toEqual({
      COMPLETED: 1,
      EXEMPT: 1,
      NOT_COMPLETED: 2,
      FOLLOW_UP_STOPPED: 1,
    });
  });

  it('puts the 18-month COVID deadline of a 2019-2020 approval in 2021-2022', () => {
    // R7 approved 2020-03-15 → deadline 2021-09-15, not 2021-03-15 (12 months, in 2020-2021).
    expect(total('K10', 'due', P)).toBe(1);
    expect(total('K10', 'complianceRate', P)).toBe(100);
    expect(total('K10', 'due', '2020-2021')).toBe(0);
    expect(kpi({ id: 'K10', measure: 'complianceRate', schoolYear: '2020-2021' }).total.status).toBe('NOT_APPLICABLE');
  });

  it('keeps mentors whose deadline has not passed out of the rate', () => {
    // As of 2023-08-30, M6's deadline (2023-08-31) has not passed: pending. Rate = 2 / (5 − 1).
    const asOf = '2023-08-30';
    expect(kpi({ id: 'K10', measure: 'pending' }, asOf).total.value).toBe(1);
    expect(kpi({ id: 'K10', measure: 'notCompleted' }, asOf).total.value).toBe(1);
    expect(kpi({ id: 'K10', measure: 'complianceRate' }, asOf).total.value).toBe(50);
  });

  it('reports a mentor through the recognition that set the deadline', () => {
    // M2 → R2 BOUW; M6, M9 → R11 HORECA; M7 → R10 LOKALE; M8 → R4 (PC 200) BEDIENDEN in Y.
    expect(byKey(kpi({ id: 'K10', measure: 'due', groupBy: ['PARTNERSHIP'] }))).toEqual({ BEDIENDEN: 1, BOUW: 1, HORECA: 2, LOKALE_BESTUREN: 1 });
    // Follow-up (handling) partnership of M8 is the Flemish Partnership.
    expect(byKey(kpi({ id: 'K10', measure: 'due', groupBy: ['HANDLING_PARTNERSHIP'] }))).toEqual({
      BOUW: 1,
      HORECA: 2,
      LOKALE_BESTUREN: 1,
      VLAAMS_PARTNERSCHAP: 1,
    });
  });
});

describe('K11 mentor removals', () => {
  it('counts unique mentors removed in Y by reason', () => {
    expect(byKey(kpi({ id: 'K11', groupBy: ['REASON'] }))).toEqual({ CONDUCT: 1 }); // M3
    expect(total('K11', undefined, P)).toBe(0);
  });
});

describe('K12–K14 agreements', () => {
  it('K12 counts agreements started in Y, not cancelled ones', () => {
    // Y: A3 (LenW SO), A4 (dual adult), A6 (LenW SO, 2023-08-31); A5 cancelled.
    expect(byKey(kpi({ id: 'K12', groupBy: ['SYSTEM', 'LEVEL'] }))).toEqual({ 'DUAL|ADULT': 1, 'LEREN_EN_WERKEN|SECONDARY': 2 });
    // P: A1 (started 31 Aug 2022), A2, A7, A8.
    expect(total('K12', undefined, P)).toBe(4);
  });

  it('K13 counts agreements running on ≥ 1 day of Y', () => {
    // Y: A1 (started 31 Aug, runs on), A2 (ended early on 1 Sept: runs that day), A3, A4, A6, A8 = 6.
    expect(total('K13')).toBe(6);
    // P: A1 (runs on 31 Aug 2022), A2, A7, A8 = 4.
    expect(total('K13', undefined, P)).toBe(4);
    // Types in Y: OAO A1, A6, A8; SAO A2; DA A3; ODOS A4.
    expect(byKey(kpi({ id: 'K13', groupBy: ['AGREEMENT_TYPE'] }))).toEqual({ OAO: 3, SAO: 1, DA: 1, ODOS: 1 });
    // Reporting through their recognitions: A1 → R1 BOUW; A2 → R4 BEDIENDEN; A3, A8 → R7 and A6 → R3 HORECA; A4 → R10 LOKALE.
    expect(byKey(kpi({ id: 'K13', groupBy: ['PARTNERSHIP'] }))).toEqual({ BEDIENDEN: 1, BOUW: 1, HORECA: 3, LOKALE_BESTUREN: 1 });
  });

  it('K14 counts early terminations by end date, reason and system', () => {
    // A2 (ended 2022-09-01, mismatch, dual), A8 (2023-03-15, learner circumstances, LenW).
    expect(byKey(kpi({ id: 'K14', groupBy: ['SYSTEM'] }))).toEqual({ DUAL: 1, LEREN_EN_WERKEN: 1 });
    expect(byKey(kpi({ id: 'K14', groupBy: ['REASON'] }))).toEqual({ MISMATCH: 1, LEARNER_CIRCUMSTANCES: 1 });
    expect(total('K14', undefined, P)).toBe(0);
  });
});

describe('K15 enterprises and K16 activation rate', () => {
  it('counts an enterprise in each of its provinces and once in the total', () => {
    // Recognised in Y: Antwerpen {E1 (ES1a), E4}, Limburg {E1 (ES1b), E3}, Oost-Vlaanderen {E2, E5}.
    const recognised = kpi({ id: 'K15', groupBy: ['PROVINCE'] });
    expect(byKey(recognised)).toEqual({ ANTWERPEN: 2, LIMBURG: 2, OOST_VLAANDEREN: 2 });
    expect(recognised.total.value).toBe(5);
    // Active in Y: Antwerpen {E1 (A1), E4 (A3, A8)}, Limburg {E1 (A6), E3 (A4)}, Oost-Vlaanderen {E2 (A2)}.
    const active = kpi({ id: 'K15', measure: 'activeEnterprises', groupBy: ['PROVINCE'] });
    expect(byKey(active)).toEqual({ ANTWERPEN: 2, LIMBURG: 2, OOST_VLAANDEREN: 1 });
    expect(active.total.value).toBe(4);
  });

  it('counts an enterprise with two PC numbers in each sector', () => {
    // E1 holds R2 under PC 124 (BOUW) and R3 under PC 302 (HORECA); E5 BOUW; E4 HORECA; E2 BEDIENDEN; E3 no PC.
    expect(byKey(kpi({ id: 'K15', groupBy: ['JOINT_COMMITTEE'] }))).toEqual({ '124': 2, '200': 1, '302': 2, NONE: 1 });
    expect(byKey(kpi({ id: 'K15', groupBy: ['PARTNERSHIP'] }))).toEqual({ BEDIENDEN: 1, BOUW: 2, HORECA: 2, LOKALE_BESTUREN: 1 });
  });

  it('K16 divides active by recognised enterprises per group', () => {
    expect(total('K16')).toBe(80); // 4 / 5
    // Oost-Vlaanderen: E2 active of {E2, E5} = 50 %.
    expect(byKey(kpi({ id: 'K16', groupBy: ['PROVINCE'] }))).toEqual({ ANTWERPEN: 100, LIMBURG: 100, OOST_VLAANDEREN: 50 });
    // P: recognised E1, E2, E4, E5; active E1 (A1), E2 (A2, A7), E4 (A8) = 75 %.
    expect(total('K16', undefined, P)).toBe(75);
  });
});

describe('K17 supply and demand', () => {
  it('compares recognised sites, running agreements and enrolments per training', () => {
    const by = (measure: string) => byKey(kpi({ id: 'K17', measure, groupBy: ['TRAINING'] }));
    // DUAL_SO: ES1a (R2), ES2 (R4), ES4 (R6); LW_SO: ES1b (R3), ES4 (R7); KOK: ES4 (R11), ES5 (R12); ZORG: ES3 (R10).
    expect(by('recognisedEstablishments')).toEqual({ DUAL_SO: 3, KOK: 2, LW_SO: 2, ZORG: 1 });
    // DUAL_SO A1, A2; LW_SO A3, A6, A8; ZORG A4.
    expect(by('runningAgreements')).toEqual({ DUAL_SO: 2, LW_SO: 3, ZORG: 1 });
    expect(by('enrolments')).toEqual({ DUAL_SO: 10, KOK: 3, ZORG: 4 });
    // Unused: ES4 for DUAL_SO (the duplicate R6, no dual agreement there); ES4 and ES5 for KOK.
    expect(by('unusedCapacity')).toEqual({ DUAL_SO: 1, KOK: 2 });
    expect(total('K17', 'unusedCapacity')).toBe(2); // ES4, ES5
    // Shortage: 3 KOK learners at PV2 in Limburg, where no KOK site is recognised.
    expect(by('shortage')).toEqual({ KOK: 3 });
    expect(total('K17', 'enrolments')).toBe(17);
    expect(total('K17', 'enrolments', P)).toBe(8);
  });

  it('does not split enrolments by partnership', () => {
    const result = kpi({ id: 'K17', measure: 'enrolments', groupBy: ['PARTNERSHIP'] });
    expect(result.total.status).toBe('NOT_APPLICABLE');
    expect(result.rows).toEqual([]);
  });
});

describe('K18 lead time', () => {
  it('computes the median days, the share decided within 14 days and automatic approvals', () => {
    // Y decisions: R5 4 days, R10 10, R3 14 (automatic), R9 30 → median (10 + 14) / 2 = 12.
    expect(total('K18')).toBe(12);
    // Decided by the partnership within 14 days: R5, R10 of 4 (R3 approved automatically) = 50 %.
    expect(total('K18', 'decidedWithin14DaysShare')).toBe(50);
    expect(total('K18', 'automaticApprovals')).toBe(1);
    // P: R2 5, R4 9, R11 11 → median 9; all within 14 days.
    expect(total('K18', undefined, P)).toBe(9);
    expect(total('K18', 'decidedWithin14DaysShare', P)).toBe(100);
  });
});

describe('K19 follow-up actions and K20 appeals', () => {
  it('counts actions by type and the unique establishments', () => {
    // Y: F1, F2 site visits at ES1a; F3 phone contact at ES2.
    expect(byKey(kpi({ id: 'K19', groupBy: ['STATUS'] }))).toEqual({ PHONE_CONTACT: 1, SITE_VISIT: 2 });
    expect(byKey(kpi({ id: 'K19', measure: 'establishments', groupBy: ['STATUS'] }))).toEqual({ PHONE_CONTACT: 1, SITE_VISIT: 1 });
    // F3 on R4 reports under BEDIENDEN; performed by the Flemish Partnership.
    expect(byKey(kpi({ id: 'K19', groupBy: ['PARTNERSHIP'] }))).toEqual({ BEDIENDEN: 1, BOUW: 2 });
    // P: F4 without recognition reports under the partnership that performed it.
    expect(byKey(kpi({ id: 'K19', schoolYear: P, groupBy: ['PARTNERSHIP'] }))).toEqual({ HORECA: 1 });
  });

  it('counts appeals by handling partnership, status and outcome', () => {
    expect(byKey(kpi({ id: 'K20', groupBy: ['HANDLING_PARTNERSHIP'] }))).toEqual({ LOKALE_BESTUREN: 1, VLAAMS_PARTNERSCHAP: 1 });
    expect(byKey(kpi({ id: 'K20', groupBy: ['STATUS'] }))).toEqual({ WITHDRAWN: 1, HANDLED: 1 });
    expect(byKey(kpi({ id: 'K20', groupBy: ['REASON'] }))).toEqual({ CONFIRMED: 1, NONE: 1 });
    expect(total('K20', undefined, P)).toBe(0);
  });
});

describe('trend and school years', () => {
  it('lists the school years holding data', () => {
    // First date: R1 submitted 2017-08-10 (school year 2016-2017); last: 2023-08-31.
    expect(listSchoolYears(db)).toEqual(['2016-2017', '2017-2018', '2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023']);
  });

  it('computes every year with its own rules and a distinct total over all', () => {
    const trend = computeKpiTrend({ db, actor: admin, suppressionThreshold: 5, today: '2026-01-15', input: { id: 'K1' } });
    // 2016-2017 none (R1 valid from 2017-09-01); 2017-2018 R1; 2018-2019 R1, R12 (from 2019-08-30);
    // 2019-2020 and 2020-2021 R1, R7, R12; P 5; Y 8.
    expect(byKey(trend)).toEqual({
      '2016-2017': 0,
      '2017-2018': 1,
      '2018-2019': 2,
      '2019-2020': 3,
      '2020-2021': 3,
      '2021-2022': 5,
      '2022-2023': 8,
    });
    // Every recognition ever valid once: all but R5, R8, R9 = 9.
    expect(trend.total.value).toBe(9);
    expect(trend.schoolYear).toBe(Y);
    expect(trend.groupBy).toEqual(['SCHOOL_YEAR']);
  });
});

describe('result cache', () => {
  it('forgets computed figures as soon as the data change', () => {
    const fresh = createTestDb();
    const fx = buildKpiFixture(fresh);
    const k1 = () => computeKpi({ db: fresh, actor: admin, suppressionThreshold: 5, today: '2026-01-15', input: { id: 'K1', schoolYear: Y } }).total.value;
    warmKpiCache(fresh, '2026-01-15');
    expect(k1()).toBe(8);
    // One more recognition approved in Y at ES5 → 9.
    createFactories(fresh).recognition({
      establishmentId: fx.establishments.ES5,
      trainingId: fx.trainings.DUAL_SO,
      handlingPartnershipId: fx.partnerships.BOUW,
      jointCommitteeCode: '124',
      submittedOn: '2023-01-02',
      approvedOn: '2023-01-05',
    });
    expect(k1()).toBe(9);
  });
});
