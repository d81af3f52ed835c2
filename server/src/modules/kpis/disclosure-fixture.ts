import type { MentorRemovalReason, MentorTrainingStatus, TerminationReason } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';

/*
 * A small world with small cells, for the disclosure-control tests (disclosure.test.ts).
 * Y = 2022-2023, P = 2021-2022, P2 = 2020-2021; "today" is 2023-06-01.
 *
 * Partnerships BOUW (PC 124) and HORECA (PC 302). Municipalities and their one establishment:
 *   11002 Antwerpen (ANTWERPEN)        ANT_B (PC 124) and ANT_H (PC 302)
 *   38002 Alveringem (WEST_VLAANDEREN) ALV (PC 302)
 *   44021 Gent (OOST_VLAANDEREN)       GENT (PC 124)
 *   71016 Genk (LIMBURG)               GENK (PC 302)
 * Trainings DUAL_SO (dual, secondary), LW_SO (Leren en Werken, secondary), ZORG (dual, adult).
 * Every recognition is approved on 2019-09-01 (valid until 2024-08-31, so in P2, P and Y).
 *
 * Agreements (each on the recognition of its establishment and training; one learner each):
 *   recognition    started in Y (2022-10-01)             in P (2021-10-01)  in P2 (2020-10-01)
 *   ANT_B DUAL_SO  12, of which 3 ended early MISMATCH   9                  5
 *   ANT_H LW_SO     7                                    –                  –
 *   ALV   LW_SO     2, of which 1 ended early LEARNER_C. 4                  1
 *   GENT  DUAL_SO   6, of which 2 ended early MISMATCH   8                  –
 *   GENT  ZORG      1                                    –                  –
 *   GENK  DUAL_SO   3                                    6                  7
 * P's and P2's agreements were completed on 30 June of their year, so they do not run in Y.
 * Early terminations are on 2023-03-01.
 *
 * Mentors (added on approval, so valid in P2, P and Y) and their training deadline in Y:
 *   ANT_B DUAL_SO  8 due 2023-03-01: 6 completed, 1 exempt, 1 not completed; + 2 removed 2023-02-01 (CONDUCT)
 *   ANT_H LW_SO    6 due 2023-03-01: 5 completed, 1 follow-up stopped (2023-01-15)
 *   ALV   LW_SO    2 due 2023-03-01: 1 completed, 1 not completed
 *   GENT  DUAL_SO  5 due 2023-03-01: 3 completed, 2 exempt
 *   GENT  ZORG     1 due 2023-08-31: pending on 2023-06-01
 *   GENK  DUAL_SO  3 due 2023-03-01: 2 completed, 1 not completed; + 1 removed 2023-02-01 (INSUFFICIENT_AVAILABILITY)
 */

type Outcome = 'COMPLETED' | 'EXEMPT' | 'NOT_COMPLETED' | 'FOLLOW_UP_STOPPED' | 'PENDING';

interface Cell {
  agreements: { y: number; p: number; p2: number; early?: { count: number; reason: TerminationReason } };
  mentors: Partial<Record<Outcome, number>>;
  removed?: { count: number; reason: MentorRemovalReason };
}

export const DISCLOSURE_TODAY = '2023-06-01';

export function buildDisclosureFixture(db: Db) {
  const f = createFactories(db);
  const BOUW = f.partnership({ code: 'BOUW', nameNl: 'Bouw', jointCommittees: ['124'] });
  const HORECA = f.partnership({ code: 'HORECA', nameNl: 'Horeca', jointCommittees: ['302'] });
  const mun = {
    ANT: f.municipality({ province: 'ANTWERPEN', nisCode: '11002', nameNl: 'Antwerpen' }),
    ALV: f.municipality({ province: 'WEST_VLAANDEREN', nisCode: '38002', nameNl: 'Alveringem' }),
    GENT: f.municipality({ province: 'OOST_VLAANDEREN', nisCode: '44021', nameNl: 'Gent' }),
    GENK: f.municipality({ province: 'LIMBURG', nisCode: '71016', nameNl: 'Genk' }),
  };
  const est = (pc: '124' | '302', nis: string) =>
    f.establishment({ enterpriseId: f.enterprise({ jointCommittees: [pc] }), municipalityNisCode: nis });
  const es = { ANT_B: est('124', mun.ANT), ANT_H: est('302', mun.ANT), ALV: est('302', mun.ALV), GENT: est('124', mun.GENT), GENK: est('302', mun.GENK) };
  const t = {
    DUAL_SO: f.training({ code: 'DUAL_SO', system: 'DUAL', level: 'SECONDARY' }),
    LW_SO: f.training({ code: 'LW_SO', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' }),
    ZORG: f.training({ code: 'ZORG', system: 'DUAL', level: 'ADULT' }),
  };
  const providerId = f.provider({ code: 'PV1' });
  const partnershipOf = { '124': BOUW, '302': HORECA };

  const cells: [keyof typeof es, keyof typeof t, '124' | '302', Cell][] = [
    ['ANT_B', 'DUAL_SO', '124', {
      agreements: { y: 12, p: 9, p2: 5, early: { count: 3, reason: 'MISMATCH' } },
      mentors: { COMPLETED: 6, EXEMPT: 1, NOT_COMPLETED: 1 },
      removed: { count: 2, reason: 'CONDUCT' },
    }],
    ['ANT_H', 'LW_SO', '302', { agreements: { y: 7, p: 0, p2: 0 }, mentors: { COMPLETED: 5, FOLLOW_UP_STOPPED: 1 } }],
    ['ALV', 'LW_SO', '302', {
      agreements: { y: 2, p: 4, p2: 1, early: { count: 1, reason: 'LEARNER_CIRCUMSTANCES' } },
      mentors: { COMPLETED: 1, NOT_COMPLETED: 1 },
    }],
    ['GENT', 'DUAL_SO', '124', { agreements: { y: 6, p: 8, p2: 0, early: { count: 2, reason: 'MISMATCH' } }, mentors: { COMPLETED: 3, EXEMPT: 2 } }],
    ['GENT', 'ZORG', '124', { agreements: { y: 1, p: 0, p2: 0 }, mentors: { PENDING: 1 } }],
    ['GENK', 'DUAL_SO', '302', {
      agreements: { y: 3, p: 6, p2: 7 },
      mentors: { COMPLETED: 2, NOT_COMPLETED: 1 },
      removed: { count: 1, reason: 'INSUFFICIENT_AVAILABILITY' },
    }],
  ];

  const trainingStatus: Record<Outcome, { status: MentorTrainingStatus; completedOn?: string; followUpStoppedOn?: string; deadline: string }> = {
    COMPLETED: { status: 'COMPLETED_SECTOR', completedOn: '2023-02-01', deadline: '2023-03-01' },
    EXEMPT: { status: 'EXEMPT', completedOn: '2023-01-01', deadline: '2023-03-01' },
    NOT_COMPLETED: { status: 'NOT_COMPLETED', deadline: '2023-03-01' },
    FOLLOW_UP_STOPPED: { status: 'FOLLOW_UP_STOPPED', followUpStoppedOn: '2023-01-15', deadline: '2023-03-01' },
    PENDING: { status: 'PENDING', deadline: '2023-08-31' },
  };

  for (const [esKey, tKey, pc, cell] of cells) {
    const partnershipId = partnershipOf[pc];
    const establishmentId = es[esKey];
    const trainingId = t[tKey];
    const recognitionId = f.recognition({
      establishmentId,
      trainingId,
      handlingPartnershipId: partnershipId,
      jointCommitteeCode: pc,
      submittedOn: '2019-08-20',
      approvedOn: '2019-09-01',
    });
    const agreement = (startOn: string, end: string, early?: TerminationReason) =>
      f.agreement({
        establishmentId,
        trainingId,
        providerId,
        recognitionId,
        startOn,
        plannedEndOn: early ? '2024-06-30' : end,
        actualEndOn: early ? '2023-03-01' : end === '2024-06-30' ? null : end,
        terminationReason: early ?? null,
      });
    const { y, p, p2, early } = cell.agreements;
    for (let i = 0; i < y; i++) agreement('2022-10-01', '2024-06-30', early && i < early.count ? early.reason : undefined);
    for (let i = 0; i < p; i++) agreement('2021-10-01', '2022-06-30');
    for (let i = 0; i < p2; i++) agreement('2020-10-01', '2021-06-30');

    for (const [outcome, n] of Object.entries(cell.mentors) as [Outcome, number][]) {
      for (let i = 0; i < n; i++) {
        const mentorId = f.mentor();
        f.recognitionMentor({ recognitionId, mentorId });
        const { status, completedOn, followUpStoppedOn, deadline } = trainingStatus[outcome];
        f.mentorTraining({ mentorId, partnershipId, recognitionId, status, completedOn, followUpStoppedOn, deadline });
      }
    }
    for (let i = 0; i < (cell.removed?.count ?? 0); i++) {
      f.recognitionMentor({ recognitionId, mentorId: f.mentor(), removedOn: '2023-02-01', removalReason: cell.removed?.reason });
    }
  }

  const users = { admin: f.user({ role: 'ADMIN' }), member: f.user({ role: 'PARTNERSHIP_MEMBER' }), policymaker: f.user({ role: 'POLICYMAKER' }) };
  return { municipalities: mun, users };
}
