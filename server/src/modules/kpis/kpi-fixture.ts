import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { buildKpiFixturePlaces } from './kpi-fixture-places.js';

/*
 * A hand-made world for the KPI tests. Y = 2022-2023 (2022-09-01 … 2023-08-31), P = 2021-2022.
 *
 * Partnerships, enterprises, establishments, trainings and providers: see kpi-fixture-places.ts.
 *
 * Recognitions (validity = approval + 5 years − 1 day unless stated):
 *   R1  ES1a DUAL_SO 124 BOUW   NEW  sub 2017-08-10 appr 2017-09-01  valid …2022-08-31 (expires 2022-09-01, in Y)
 *   R2  ES1a DUAL_SO 124 BOUW   RENEWAL of R1, mandate TRAINING_PROVIDER, sub 2022-06-15 appr 2022-06-20,
 *       valid from 2022-09-01: valid only from 1 September (in Y, not in P)
 *   R3  ES1b LW_SO   302 HORECA NEW, WORKPLACE_COUNSELLOR, sub 2023-08-17, approved AUTOMATICALLY after
 *       14 days on 2023-08-31: valid in Y only on 31 August
 *   R4  ES2  DUAL_SO 200 VP     NEW, SECTOR_PARTNERSHIP, sub 2021-10-01 appr 2021-10-10
 *   R5  ES2  LW_SO   200 VP     NEW, SECTOR_PARTNERSHIP, sub 2022-10-01 appr 2022-10-05 REVOKED 2022-10-05:
 *       revoked on its first valid day, never valid
 *   R6  ES4  DUAL_SO 302 HORECA DUPLICATE of R7 created 2023-02-03, ends with R7 (2025-03-14)
 *   R7  ES4  LW_SO   302 HORECA NEW sub 2020-03-05 appr 2020-03-15 (COVID window: 18-month mentor deadline)
 *   R8  ES3  ZORG    —   LOKALE NEW, TRAINING_PROVIDER, sub 2022-11-01, CANCELLED 2022-12-31 (after 60 days)
 *   R9  ES3  ZORG    —   LOKALE NEW sub 2023-01-10 REJECTED 2023-02-09 (equipment + no qualified mentor)
 *   R10 ES3  ZORG    —   LOKALE NEW sub 2023-03-01 appr 2023-03-11 STOPPED 2023-06-30
 *   R11 ES4  KOK     302 HORECA NEW sub 2022-08-20 appr 2022-08-31: valid in P only on 31 August
 *   R12 ES5  KOK     124 BOUW   NEW sub 2019-08-20 appr 2019-08-30 (valid …2024-08-29)
 *
 * Mentors (on recognitions, added on approval unless stated) and mentor training:
 *   M1 on R1, R2 (added 2022-06-20)      training NOT_APPLICABLE (recognition filed before 2019-09-01)
 *   M2 on R2 (BOUW) and R3 (HORECA, added 2023-08-31): two partnerships
 *        BOUW follow-up: deadline 2023-06-20 (R2 + 1 year), completed elsewhere ON the deadline
 *        HORECA follow-up: deadline 2024-08-31 (not due in Y)
 *   M3 on R4, removed 2023-05-01 (CONDUCT)
 *   M4 on R7: deadline 2021-09-15 (approval 2020-03-15 + 18 months), completed 2021-09-10
 *   M5 on R10: deadline 2024-03-11, pending
 *   M6 on R11: deadline 2023-08-31 = last day of Y, NOT_COMPLETED
 *   M7 on R10: deadline 2023-06-01 set by the partnership, EXEMPT on 2023-04-01
 *   M8 on R4: deadline 2022-10-10, completed 2022-11-01 (too late)
 *   M9 on R11: deadline 2023-08-31, follow-up stopped 2023-05-01
 *
 * Agreements (recognition they run on):
 *   A1 ES1a DUAL_SO PV1 R1  OAO  start 2022-08-31 (31 August) end 2023-06-30 COMPLETED
 *   A2 ES2  DUAL_SO PV1 R4  SAO  start 2022-03-01, ended early 2022-09-01 (1 September), MISMATCH
 *   A3 ES4  LW_SO   PV2 R7  DA   start 2022-09-15 planned end 2023-06-30, RUNNING
 *   A4 ES3  ZORG    PV2 R10 ODOS start 2023-04-01 planned end 2024-01-31, RUNNING
 *   A5 ES4  LW_SO   PV2 R7  OAO  start 2023-01-10 CANCELLED
 *   A6 ES1b LW_SO   PV2 R3  OAO  start 2023-08-31, RUNNING
 *   A7 ES2  DUAL_SO PV1 R4  OAO  start 2021-09-01 end 2022-06-30 COMPLETED
 *   A8 ES4  LW_SO   PV2 R7  OAO  start 2022-02-01, ended early 2023-03-15, LEARNER_CIRCUMSTANCES
 * Enrolments Y: DUAL_SO at PV1 10, KOK at PV2 3, ZORG at PV2 4; P: DUAL_SO at PV1 8.
 * Follow-up: F1, F2 site visits by BOUW at ES1a on R2 (2022-10-01, 2023-01-01); F3 phone contact by VP
 *   at ES2 on R4 (2022-11-01); F4 virtual contact by HORECA at ES4, no recognition (2021-12-01).
 * Appeals: AP1 on R9, LOKALE, filed 2023-02-15, HANDLED / CONFIRMED; AP2 on agreement A2, VP,
 *   filed 2022-09-05, WITHDRAWN.
 */

export function buildKpiFixture(db: Db) {
  const f = createFactories(db);

  const { p, e, es, t, pv } = buildKpiFixturePlaces(f);

  const bouw = { handlingPartnershipId: p.BOUW, jointCommitteeCode: '124' };
  const horeca = { handlingPartnershipId: p.HORECA, jointCommitteeCode: '302' };
  const vp200 = { handlingPartnershipId: p.VP, jointCommitteeCode: '200' };
  const lokale = { handlingPartnershipId: p.LOKALE, jointCommitteeCode: null };

  const R1 = f.recognition({ establishmentId: es.ES1a, trainingId: t.DUAL_SO, ...bouw, submittedOn: '2017-08-10', approvedOn: '2017-09-01' });
  const r = {
    R1,
    R2: f.recognition({
      establishmentId: es.ES1a,
      trainingId: t.DUAL_SO,
      ...bouw,
      kind: 'RENEWAL',
      previousRecognitionId: R1,
      mandateType: 'TRAINING_PROVIDER',
      submittedOn: '2022-06-15',
      approvedOn: '2022-06-20',
      validFrom: '2022-09-01',
    }),
    R3: f.recognition({
      establishmentId: es.ES1b,
      trainingId: t.LW_SO,
      ...horeca,
      mandateType: 'WORKPLACE_COUNSELLOR',
      submittedOn: '2023-08-17',
      approvedOn: '2023-08-31',
      automaticApproval: true,
    }),
    R4: f.recognition({ establishmentId: es.ES2, trainingId: t.DUAL_SO, ...vp200, mandateType: 'SECTOR_PARTNERSHIP', submittedOn: '2021-10-01', approvedOn: '2021-10-10' }),
    R5: f.recognition({
      establishmentId: es.ES2,
      trainingId: t.LW_SO,
      ...vp200,
      mandateType: 'SECTOR_PARTNERSHIP',
      submittedOn: '2022-10-01',
      approvedOn: '2022-10-05',
      revokedOn: '2022-10-05',
    }),
    R7: f.recognition({ establishmentId: es.ES4, trainingId: t.LW_SO, ...horeca, submittedOn: '2020-03-05', approvedOn: '2020-03-15' }),
    R8: f.recognition({ establishmentId: es.ES3, trainingId: t.ZORG, ...lokale, mandateType: 'TRAINING_PROVIDER', submittedOn: '2022-11-01', cancelledOn: '2022-12-31' }),
    R9: f.recognition({
      establishmentId: es.ES3,
      trainingId: t.ZORG,
      ...lokale,
      submittedOn: '2023-01-10',
      rejectedOn: '2023-02-09',
      rejectionReasons: ['INSUFFICIENT_EQUIPMENT', 'NO_QUALIFIED_MENTOR'],
    }),
    R10: f.recognition({ establishmentId: es.ES3, trainingId: t.ZORG, ...lokale, submittedOn: '2023-03-01', approvedOn: '2023-03-11', stoppedOn: '2023-06-30' }),
    R11: f.recognition({ establishmentId: es.ES4, trainingId: t.KOK, ...horeca, submittedOn: '2022-08-20', approvedOn: '2022-08-31' }),
    R12: f.recognition({ establishmentId: es.ES5, trainingId: t.KOK, ...bouw, submittedOn: '2019-08-20', approvedOn: '2019-08-30' }),
  };
  const R6 = f.recognition({
    establishmentId: es.ES4,
    trainingId: t.DUAL_SO,
    ...horeca,
    kind: 'DUPLICATE',
    previousRecognitionId: r.R7,
    submittedOn: '2023-02-03',
    approvedOn: '2023-02-03',
  });

  const m = Object.fromEntries(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9'].map((k) => [k, f.mentor({ mentorKey: k })])) as Record<
    'M1' | 'M2' | 'M3' | 'M4' | 'M5' | 'M6' | 'M7' | 'M8' | 'M9',
    number
  >;
  f.recognitionMentor({ recognitionId: r.R1, mentorId: m.M1 });
  f.recognitionMentor({ recognitionId: r.R2, mentorId: m.M1, addedOn: '2022-06-20' });
  f.recognitionMentor({ recognitionId: r.R2, mentorId: m.M2, addedOn: '2022-06-20' });
  f.recognitionMentor({ recognitionId: r.R3, mentorId: m.M2, addedOn: '2023-08-31' });
  f.recognitionMentor({ recognitionId: r.R4, mentorId: m.M3, removedOn: '2023-05-01', removalReason: 'CONDUCT' });
  f.recognitionMentor({ recognitionId: r.R7, mentorId: m.M4 });
  f.recognitionMentor({ recognitionId: r.R10, mentorId: m.M5 });
  f.recognitionMentor({ recognitionId: r.R11, mentorId: m.M6 });
  f.recognitionMentor({ recognitionId: r.R10, mentorId: m.M7 });
  f.recognitionMentor({ recognitionId: r.R4, mentorId: m.M8 });
  f.recognitionMentor({ recognitionId: r.R11, mentorId: m.M9 });

  f.mentorTraining({ mentorId: m.M1, partnershipId: p.BOUW, recognitionId: r.R1, status: 'NOT_APPLICABLE', deadline: null });
  f.mentorTraining({ mentorId: m.M2, partnershipId: p.BOUW, recognitionId: r.R2, status: 'COMPLETED_ELSEWHERE', completedOn: '2023-06-20' });
  f.mentorTraining({ mentorId: m.M2, partnershipId: p.HORECA, recognitionId: r.R3, status: 'PENDING' });
  f.mentorTraining({ mentorId: m.M4, partnershipId: p.HORECA, recognitionId: r.R7, status: 'COMPLETED_SECTOR', completedOn: '2021-09-10' });
  f.mentorTraining({ mentorId: m.M5, partnershipId: p.LOKALE, recognitionId: r.R10, status: 'PENDING' });
  f.mentorTraining({ mentorId: m.M6, partnershipId: p.HORECA, recognitionId: r.R11, status: 'NOT_COMPLETED' });
  f.mentorTraining({ mentorId: m.M7, partnershipId: p.LOKALE, recognitionId: r.R10, status: 'EXEMPT', deadline: '2023-06-01', completedOn: '2023-04-01' });
  f.mentorTraining({ mentorId: m.M8, partnershipId: p.VP, recognitionId: r.R4, status: 'COMPLETED_SECTOR', completedOn: '2022-11-01' });
  f.mentorTraining({ mentorId: m.M9, partnershipId: p.HORECA, recognitionId: r.R11, status: 'FOLLOW_UP_STOPPED', followUpStoppedOn: '2023-05-01' });

  const a = {
    A1: f.agreement({ establishmentId: es.ES1a, trainingId: t.DUAL_SO, providerId: pv.PV1, recognitionId: r.R1, type: 'OAO', startOn: '2022-08-31', plannedEndOn: '2023-06-30', actualEndOn: '2023-06-30' }),
    A2: f.agreement({
      establishmentId: es.ES2,
      trainingId: t.DUAL_SO,
      providerId: pv.PV1,
      recognitionId: r.R4,
      type: 'SAO',
      startOn: '2022-03-01',
      plannedEndOn: '2024-06-30',
      actualEndOn: '2022-09-01',
      terminationReason: 'MISMATCH',
    }),
    A3: f.agreement({ establishmentId: es.ES4, trainingId: t.LW_SO, providerId: pv.PV2, recognitionId: r.R7, type: 'DA', startOn: '2022-09-15', plannedEndOn: '2023-06-30' }),
    A4: f.agreement({ establishmentId: es.ES3, trainingId: t.ZORG, providerId: pv.PV2, recognitionId: r.R10, type: 'ODOS', startOn: '2023-04-01', plannedEndOn: '2024-01-31' }),
    A5: f.agreement({
      establishmentId: es.ES4,
      trainingId: t.LW_SO,
      providerId: pv.PV2,
      recognitionId: r.R7,
      startOn: '2023-01-10',
      plannedEndOn: '2023-06-30',
      status: 'CANCELLED',
    }),
    A6: f.agreement({ establishmentId: es.ES1b, trainingId: t.LW_SO, providerId: pv.PV2, recognitionId: r.R3, startOn: '2023-08-31', plannedEndOn: '2024-06-30' }),
    A7: f.agreement({ establishmentId: es.ES2, trainingId: t.DUAL_SO, providerId: pv.PV1, recognitionId: r.R4, startOn: '2021-09-01', plannedEndOn: '2022-06-30', actualEndOn: '2022-06-30' }),
    A8: f.agreement({
      establishmentId: es.ES4,
      trainingId: t.LW_SO,
      providerId: pv.PV2,
      recognitionId: r.R7,
      startOn: '2022-02-01',
      plannedEndOn: '2023-06-30',
      actualEndOn: '2023-03-15',
      terminationReason: 'LEARNER_CIRCUMSTANCES',
    }),
  };

  f.enrolment({ trainingId: t.DUAL_SO, providerId: pv.PV1, schoolYear: '2022-2023', learners: 10 });
  f.enrolment({ trainingId: t.KOK, providerId: pv.PV2, schoolYear: '2022-2023', learners: 3 });
  f.enrolment({ trainingId: t.ZORG, providerId: pv.PV2, schoolYear: '2022-2023', learners: 4 });
  f.enrolment({ trainingId: t.DUAL_SO, providerId: pv.PV1, schoolYear: '2021-2022', learners: 8 });

  f.followUpAction({ partnershipId: p.BOUW, establishmentId: es.ES1a, recognitionId: r.R2, type: 'SITE_VISIT', performedOn: '2022-10-01' });
  f.followUpAction({ partnershipId: p.BOUW, establishmentId: es.ES1a, recognitionId: r.R2, type: 'SITE_VISIT', performedOn: '2023-01-01' });
  f.followUpAction({ partnershipId: p.VP, establishmentId: es.ES2, recognitionId: r.R4, type: 'PHONE_CONTACT', performedOn: '2022-11-01' });
  f.followUpAction({ partnershipId: p.HORECA, establishmentId: es.ES4, type: 'VIRTUAL_CONTACT', performedOn: '2021-12-01' });

  f.appeal({
    type: 'NON_RECOGNITION',
    recognitionId: r.R9,
    handlingPartnershipId: p.LOKALE,
    filedOn: '2023-02-15',
    status: 'HANDLED',
    outcome: 'CONFIRMED',
    decidedOn: '2023-04-01',
  });
  f.appeal({ type: 'TERMINATION_REASON', agreementId: a.A2, handlingPartnershipId: p.VP, filedOn: '2022-09-05', status: 'WITHDRAWN' });

  const users = {
    admin: f.user({ role: 'ADMIN' }),
    member: f.user({ role: 'PARTNERSHIP_MEMBER' }),
    bouwStaff: f.user({ role: 'SECTOR_STAFF', partnershipId: p.BOUW }),
    policymaker: f.user({ role: 'POLICYMAKER' }),
  };

  return { partnerships: p, enterprises: e, establishments: es, trainings: t, providers: pv, recognitions: { ...r, R6 }, mentors: m, agreements: a, users };
}

export type KpiFixture = ReturnType<typeof buildKpiFixture>;
