import { withCheckDigits, type Role } from '@duaal/shared';
import type { InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import * as s from '../db/schema/index.js';

/*
 * A small hand-made world for the record, access and auth tests. Dates of "valid today" rows run
 * to 2099 and of expired ones end in 2019; the open statuses follow the calendar, so the tests that
 * read them take RECORDS_TODAY as today.
 *
 * Partnerships: BOUW (PC 124), HORECA (PC 302), BEDIENDEN (PC 200 since 2023-07-03; before that the
 * Flemish Partnership VLAAMS_PARTNERSCHAP handled it).
 *
 *  recognition  establishment       training  PC   handled by  status     notes
 *  R1           S1 (E1, Antwerpen)  T1 BOUW   124  BOUW        APPROVED   valid 2022-10-10..2099-12-31; mentors M1, M4
 *  R2           S2 (E2, Hasselt)    T2 HORECA 302  HORECA      REJECTED   reasons INSUFFICIENT_EQUIPMENT, NO_QUALIFIED_MENTOR
 *  R3           S2 (E2, Hasselt)    T2 HORECA 302  HORECA      APPROVED   valid 2023-03-10..2099-12-31; mentors M2, M4
 *  R4           S3 (E3, Brugge)     T3 KANT.  200  VLAAMS_P.   APPROVED   reports under BEDIENDEN today; mentor M3
 *  R5           S5 (E5, Antwerpen)  T1 BOUW   124  BOUW        EXPIRED    valid 2015-01-01..2019-12-31
 *  R6           S1 (E1, Antwerpen)  T1 BOUW   124  BOUW        IN_REVIEW  submitted 2024-02-01
 *  E4 (PC 124, establishment S4 in Hasselt) has no recognition: a prospect for T1, as is E5.
 *
 *  agreements: A1 (R1, OAO, RUNNING, L-001), A2 (R1, SAO, TERMINATED_EARLY, L-002),
 *              A3 (R3, DA, RUNNING, L-003), A4 (R4, ODOS, RUNNING, L-004)
 *  appeals:    AP1 (R2, HORECA, HANDLED/CONFIRMED), AP2 (agreement A2, BOUW, SUBMITTED)
 */

/**
 * The day the record tests take as today: statuses follow the calendar (M1's PENDING deadline
 * 2023-10-10 not yet passed, R6 submitted 2024-02-01 not yet due for automatic approval, the
 * agreements before their planned end 2025-06-30), and PC 200 already reports under BEDIENDEN.
 */
export const RECORDS_TODAY = '2023-10-01';

export interface RecordsFixture {
  users: Record<'admin' | 'member' | 'bouw' | 'horeca' | 'bedienden' | 'policymaker', number>;
  partnerships: Record<'BOUW' | 'HORECA' | 'BEDIENDEN' | 'VLAAMS_PARTNERSCHAP', number>;
  trainings: Record<'T1' | 'T2' | 'T3', number>;
  enterprises: Record<'E1' | 'E2' | 'E3' | 'E4' | 'E5', number>;
  establishments: Record<'S1' | 'S2' | 'S3' | 'S4' | 'S5', number>;
  recognitions: Record<'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6', number>;
  mentors: Record<'M1' | 'M2' | 'M3' | 'M4', number>;
  agreements: Record<'A1' | 'A2' | 'A3' | 'A4', number>;
  appeals: Record<'AP1' | 'AP2', number>;
}

/** Inserts one row and returns its id. */
function insert<T extends SQLiteTable>(db: Db, table: T, values: InferInsertModel<T>): number {
  const row = db.insert(table).values(values as never).returning().get() as { id: number };
  return row.id;
}

export function buildRecordsFixture(db: Db): RecordsFixture {
  db.insert(s.provinces)
    .values([
      { code: 'ANTWERPEN', nisCode: '10000', nameNl: 'Antwerpen' },
      { code: 'LIMBURG', nisCode: '70000', nameNl: 'Limburg' },
      { code: 'WEST_VLAANDEREN', nisCode: '30000', nameNl: 'West-Vlaanderen' },
    ])
    .run();
  db.insert(s.arrondissements)
    .values([
      { nisCode: '11000', nameNl: 'Antwerpen', provinceCode: 'ANTWERPEN' },
      { nisCode: '71000', nameNl: 'Hasselt', provinceCode: 'LIMBURG' },
      { nisCode: '31000', nameNl: 'Brugge', provinceCode: 'WEST_VLAANDEREN' },
    ])
    .run();
  db.insert(s.municipalities)
    .values([
      { nisCode: '11002', nameNl: 'Antwerpen', arrondissementNisCode: '11000', provinceCode: 'ANTWERPEN', population: 530_000 },
      { nisCode: '71022', nameNl: 'Hasselt', arrondissementNisCode: '71000', provinceCode: 'LIMBURG', population: 80_000 },
      { nisCode: '31005', nameNl: 'Brugge', arrondissementNisCode: '31000', provinceCode: 'WEST_VLAANDEREN', population: 118_000 },
    ])
    .run();

  const partnership = (code: string, nameNl: string, kind: 'SECTOR' | 'FLEMISH' = 'SECTOR') =>
    insert(db, s.partnerships, { code, nameNl, kind });
  const partnerships = {
    BOUW: partnership('BOUW', 'Bouw'),
    HORECA: partnership('HORECA', 'Horeca'),
    BEDIENDEN: partnership('BEDIENDEN', 'Bedienden'),
    VLAAMS_PARTNERSCHAP: partnership('VLAAMS_PARTNERSCHAP', 'Vlaams Partnerschap Duaal Leren', 'FLEMISH'),
  };
  db.insert(s.jointCommittees)
    .values([
      { code: '124', nameNl: 'Bouw' },
      { code: '302', nameNl: 'Hotelbedrijf' },
      { code: '200', nameNl: 'Aanvullend paritair comité voor de bedienden' },
    ])
    .run();
  db.insert(s.jointCommitteeAssignments)
    .values([
      { jointCommitteeCode: '124', partnershipId: partnerships.BOUW, validFrom: '2015-09-01' },
      { jointCommitteeCode: '302', partnershipId: partnerships.HORECA, validFrom: '2015-09-01' },
      { jointCommitteeCode: '200', partnershipId: partnerships.VLAAMS_PARTNERSCHAP, validFrom: '2015-09-01', validTo: '2023-07-02' },
      { jointCommitteeCode: '200', partnershipId: partnerships.BEDIENDEN, validFrom: '2023-07-03' },
    ])
    .run();

  const training = (code: string, nameNl: string, level: 'SECONDARY' | 'ADULT') =>
    insert(db, s.trainings, { code, nameNl, system: 'DUAL', level });
  const trainings = {
    T1: training('BOUW_METSELAAR', 'Metselaar duaal', 'SECONDARY'),
    T2: training('HORECA_KOK', 'Kok duaal', 'SECONDARY'),
    T3: training('KANTOOR', 'Kantoormedewerker duaal', 'ADULT'),
  };
  const provider = insert(db, s.trainingProviders, { code: 'SCH1', name: 'Technische school', type: 'SCHOOL', municipalityNisCode: '11002' });

  const enterprise = (stem: string, name: string, pcs: string[]) => {
    const id = insert(db, s.enterprises, { kboNumber: withCheckDigits(stem), name, legalForm: 'PRIVATE', sizeClass: 'SMALL' });
    for (const code of pcs) db.insert(s.enterpriseJointCommittees).values({ enterpriseId: id, jointCommitteeCode: code }).run();
    return id;
  };
  const enterprises = {
    E1: enterprise('04000001', 'Bouwbedrijf Peeters', ['124']),
    E2: enterprise('04000002', 'Restaurant De Kok', ['302']),
    E3: enterprise('04000003', 'Kantoor NV', ['200']),
    E4: enterprise('04000004', 'Aannemer Zonder Erkenning', ['124']),
    E5: enterprise('04000005', 'Bouw Vroeger Erkend', ['124']),
  };
  const establishment = (stem: string, enterpriseId: number, name: string, nis: string) =>
    insert(db, s.establishments, { establishmentNumber: withCheckDigits(stem), enterpriseId, name, municipalityNisCode: nis });
  const establishments = {
    S1: establishment('20000001', enterprises.E1, 'Peeters werf Antwerpen', '11002'),
    S2: establishment('20000002', enterprises.E2, 'De Kok Hasselt', '71022'),
    S3: establishment('20000003', enterprises.E3, 'Kantoor Brugge', '31005'),
    S4: establishment('20000004', enterprises.E4, 'Aannemer Hasselt', '71022'),
    S5: establishment('20000005', enterprises.E5, 'Vroeger Erkend Antwerpen', '11002'),
  };

  type RecognitionValues = typeof s.recognitions.$inferInsert;
  const recognition = (values: Omit<RecognitionValues, 'kind' | 'mandateType'>, events: [string, string][]) => {
    const id = insert(db, s.recognitions, { kind: 'NEW', mandateType: 'NONE', ...values });
    for (const [status, occurredOn] of events) {
      db.insert(s.recognitionStatusEvents).values({ recognitionId: id, status: status as never, occurredOn }).run();
    }
    return id;
  };
  const recognitions = {
    R1: recognition(
      { applicationId: 'APP-001', establishmentId: establishments.S1, trainingId: trainings.T1, jointCommitteeCode: '124',
        handlingPartnershipId: partnerships.BOUW, submittedOn: '2022-10-01', status: 'APPROVED', decidedOn: '2022-10-10',
        approvedOn: '2022-10-10', validFrom: '2022-10-10', validTo: '2099-12-31' },
      [['SUBMITTED', '2022-10-01'], ['APPROVED', '2022-10-10']],
    ),
    R2: recognition(
      { applicationId: 'APP-002', establishmentId: establishments.S2, trainingId: trainings.T2, jointCommitteeCode: '302',
        handlingPartnershipId: partnerships.HORECA, submittedOn: '2023-01-15', status: 'REJECTED', decidedOn: '2023-01-25' },
      [['SUBMITTED', '2023-01-15'], ['IN_REVIEW', '2023-01-18'], ['REJECTED', '2023-01-25']],
    ),
    R3: recognition(
      { applicationId: 'APP-003', establishmentId: establishments.S2, trainingId: trainings.T2, jointCommitteeCode: '302',
        handlingPartnershipId: partnerships.HORECA, submittedOn: '2023-03-01', status: 'APPROVED', decidedOn: '2023-03-10',
        approvedOn: '2023-03-10', validFrom: '2023-03-10', validTo: '2099-12-31' },
      [['SUBMITTED', '2023-03-01'], ['APPROVED', '2023-03-10']],
    ),
    R4: recognition(
      { applicationId: 'APP-004', establishmentId: establishments.S3, trainingId: trainings.T3, jointCommitteeCode: '200',
        handlingPartnershipId: partnerships.VLAAMS_PARTNERSCHAP, submittedOn: '2023-05-01', status: 'APPROVED',
        decidedOn: '2023-05-08', approvedOn: '2023-05-08', validFrom: '2023-05-08', validTo: '2099-12-31' },
      [['SUBMITTED', '2023-05-01'], ['APPROVED', '2023-05-08']],
    ),
    R5: recognition(
      { applicationId: 'APP-005', establishmentId: establishments.S5, trainingId: trainings.T1, jointCommitteeCode: '124',
        handlingPartnershipId: partnerships.BOUW, submittedOn: '2014-12-01', status: 'EXPIRED', decidedOn: '2015-01-01',
        approvedOn: '2015-01-01', validFrom: '2015-01-01', validTo: '2019-12-31' },
      [['SUBMITTED', '2014-12-01'], ['APPROVED', '2015-01-01'], ['EXPIRED', '2020-01-01']],
    ),
    R6: recognition(
      { applicationId: 'APP-006', establishmentId: establishments.S1, trainingId: trainings.T1, jointCommitteeCode: '124',
        handlingPartnershipId: partnerships.BOUW, submittedOn: '2024-02-01', status: 'IN_REVIEW' },
      [['SUBMITTED', '2024-02-01'], ['IN_REVIEW', '2024-02-03']],
    ),
  };
  db.insert(s.recognitionRejectionReasons)
    .values([
      { recognitionId: recognitions.R2, reason: 'INSUFFICIENT_EQUIPMENT' },
      { recognitionId: recognitions.R2, reason: 'NO_QUALIFIED_MENTOR' },
    ])
    .run();

  const mentor = (key: string, firstName: string, lastName: string, nationalNumber: string, birthDate: string) => {
    const id = insert(db, s.mentors, { mentorKey: key });
    db.insert(s.mentorPersonalData).values({ mentorId: id, firstName, lastName, nationalNumber, birthDate }).run();
    return id;
  };
  const mentors = {
    M1: mentor('MK-1', 'Jan', 'Peeters', '80010112345', '1980-01-01'),
    M2: mentor('MK-2', 'An', 'Janssens', '85020223456', '1985-02-02'),
    M3: mentor('MK-3', 'Piet', 'Maes', '75030334567', '1975-03-03'),
    M4: mentor('MK-4', 'Els', 'Claes', '90040445678', '1990-04-04'),
  };
  db.insert(s.recognitionMentors)
    .values([
      { recognitionId: recognitions.R1, mentorId: mentors.M1, addedOn: '2022-10-01' },
      { recognitionId: recognitions.R1, mentorId: mentors.M4, addedOn: '2022-10-01', removedOn: '2024-01-15', removalReason: 'TRAINING_NOT_FOLLOWED' },
      { recognitionId: recognitions.R3, mentorId: mentors.M2, addedOn: '2023-03-01' },
      { recognitionId: recognitions.R3, mentorId: mentors.M4, addedOn: '2023-03-01' },
      { recognitionId: recognitions.R4, mentorId: mentors.M3, addedOn: '2023-05-01' },
    ])
    .run();
  db.insert(s.mentorTrainings)
    .values([
      { mentorId: mentors.M1, partnershipId: partnerships.BOUW, recognitionId: recognitions.R1, status: 'PENDING', deadline: '2023-10-10' },
      { mentorId: mentors.M4, partnershipId: partnerships.BOUW, recognitionId: recognitions.R1, status: 'NOT_COMPLETED', deadline: '2023-10-10' },
      { mentorId: mentors.M2, partnershipId: partnerships.HORECA, recognitionId: recognitions.R3, status: 'COMPLETED_SECTOR', deadline: '2024-03-10', completedOn: '2023-11-20' },
      { mentorId: mentors.M4, partnershipId: partnerships.HORECA, recognitionId: recognitions.R3, status: 'EXEMPT', deadline: '2024-03-10', completedOn: '2023-03-10' },
      { mentorId: mentors.M3, partnershipId: partnerships.VLAAMS_PARTNERSCHAP, recognitionId: recognitions.R4, status: 'PENDING', deadline: '2024-05-08' },
    ])
    .run();

  const agreement = (number: string, recognitionId: number, establishmentId: number, trainingId: number, values: Partial<typeof s.agreements.$inferInsert>) =>
    insert(db, s.agreements, {
      agreementNumber: number, type: 'OAO', learnerPseudonym: `L-${number.slice(-3)}`, establishmentId, trainingId,
      providerId: provider, recognitionId, startOn: '2023-09-01', plannedEndOn: '2025-06-30', status: 'RUNNING', ...values,
    });
  const agreements = {
    A1: agreement('AGR-001', recognitions.R1, establishments.S1, trainings.T1, {}),
    A2: agreement('AGR-002', recognitions.R1, establishments.S1, trainings.T1, {
      type: 'SAO', startOn: '2022-11-01', actualEndOn: '2023-02-15', status: 'TERMINATED_EARLY', terminationReason: 'MISMATCH' }),
    A3: agreement('AGR-003', recognitions.R3, establishments.S2, trainings.T2, { type: 'DA', startOn: '2023-09-15' }),
    A4: agreement('AGR-004', recognitions.R4, establishments.S3, trainings.T3, { type: 'ODOS', startOn: '2023-09-01' }),
  };
  const appeals = {
    AP1: insert(db, s.appeals, { appealKey: 'AP-1', type: 'NON_RECOGNITION', recognitionId: recognitions.R2, handlingPartnershipId: partnerships.HORECA,
      filedOn: '2023-02-01', status: 'HANDLED', outcome: 'CONFIRMED', decidedOn: '2023-03-15' }),
    AP2: insert(db, s.appeals, { appealKey: 'AP-2', type: 'TERMINATION_REASON', agreementId: agreements.A2, handlingPartnershipId: partnerships.BOUW,
      filedOn: '2023-02-20', status: 'SUBMITTED' }),
  };

  const user = (email: string, role: Role, partnershipId: number | null = null) =>
    insert(db, s.users, { email, name: email.split('@')[0] ?? email, role, partnershipId });
  const users = {
    admin: user('admin@fixture.test', 'ADMIN'),
    member: user('member@fixture.test', 'PARTNERSHIP_MEMBER'),
    bouw: user('bouw@fixture.test', 'SECTOR_STAFF', partnerships.BOUW),
    horeca: user('horeca@fixture.test', 'SECTOR_STAFF', partnerships.HORECA),
    bedienden: user('bedienden@fixture.test', 'SECTOR_STAFF', partnerships.BEDIENDEN),
    policymaker: user('policy@fixture.test', 'POLICYMAKER'),
  };

  return { users, partnerships, trainings, enterprises, establishments, recognitions, mentors, agreements, appeals };
}
