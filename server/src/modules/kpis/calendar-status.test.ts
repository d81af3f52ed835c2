import {
  AGREEMENT_STATUSES,
  agreementCalendar,
  MENTOR_TRAINING_STATUSES,
  mentorTrainingCalendar,
  RECOGNITION_STATUSES,
  recognitionCalendar,
} from '@duaal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { agreementStatusSql, mentorTrainingStatusSql, recognitionAutomaticSql, recognitionStatusSql } from './calendar-status.js';

// Statuses that follow the calendar, through the API with today fixed on Sunday 2026-11-29
// (school year 2026-2027): the same effective status in the record fields, the status filters and
// the KPIs. Every record below is built here; expected values are worked out next to it.

const TODAY = '2026-11-29';
const Y = '2026-2027';

let db: Db;
let admin: number;

beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
  admin = f.user({ role: 'ADMIN' });
  const enterprise = f.enterprise({ jointCommittees: ['124'] });
  const establishmentId = f.establishment({ enterpriseId: enterprise, province: 'ANTWERPEN' });
  const trainingId = f.training({ code: 'METSELAAR' });
  const base = { establishmentId, trainingId, handlingPartnershipId: bouw, jointCommitteeCode: '124' };

  // Recognitions.
  // APP-VALID: approved 2025-06-01, valid to 2030-05-31: APPROVED as exported.
  const valid = f.recognition({ ...base, applicationId: 'APP-VALID', submittedOn: '2025-05-20', approvedOn: '2025-06-01' });
  // APP-SOON: submitted 13 days ago (16 Nov); 16 Nov + 14 = 30 Nov = tomorrow: still SUBMITTED.
  f.recognition({ ...base, applicationId: 'APP-SOON', submittedOn: '2026-11-16' });
  // APP-AUTO: in review, submitted 10 Nov; 10 + 14 = 24 Nov ≤ today: approved automatically (calendar).
  f.recognition({ ...base, applicationId: 'APP-AUTO', submittedOn: '2026-11-10', events: [{ status: 'IN_REVIEW', occurredOn: '2026-11-12' }] });
  // APP-INC: incomplete, submitted 20 Oct; + 60 days = 19 Dec (11 left in Oct, 30 in Nov, 19 in Dec): still INCOMPLETE.
  f.recognition({ ...base, applicationId: 'APP-INC', submittedOn: '2026-10-20', events: [{ status: 'INCOMPLETE', occurredOn: '2026-10-22' }] });
  // APP-OLD: approved 2021-11-01, last valid day 2026-10-31 < today: EXPIRED (calendar), on 1 Nov, in Y.
  f.recognition({ ...base, applicationId: 'APP-OLD', submittedOn: '2021-10-20', approvedOn: '2021-11-01' });
  // APP-LATER: approved 2022-04-01, last valid day 2027-03-31: expires later in Y, APPROVED today.
  f.recognition({ ...base, applicationId: 'APP-LATER', submittedOn: '2022-03-20', approvedOn: '2022-04-01' });
  // APP-REVOKED: valid to 2026-05-31 but revoked in 2022: the export (REVOKED) wins.
  f.recognition({ ...base, applicationId: 'APP-REVOKED', submittedOn: '2021-05-20', approvedOn: '2021-06-01', revokedOn: '2022-01-10' });

  // Mentor trainings, all due in Y, followed up by BOUW on APP-VALID.
  const training = (mentorKey: string, spec: Omit<Parameters<typeof f.mentorTraining>[0], 'mentorId' | 'partnershipId'>) =>
    f.mentorTraining({ mentorId: f.mentor({ mentorKey }), partnershipId: bouw, recognitionId: valid, ...spec });
  training('MK-LATE', { status: 'PENDING', deadline: '2026-11-28' }); // yesterday: NOT_COMPLETED (calendar), 1 day late
  training('MK-TODAY', { status: 'PENDING', deadline: '2026-11-29' }); // today: still in time, PENDING, 0 days left
  training('MK-TOMORROW', { status: 'PENDING', deadline: '2026-11-30' }); // tomorrow: PENDING, 1 day left
  training('MK-EXPORT', { status: 'NOT_COMPLETED', deadline: '2026-11-20' }); // exported NOT_COMPLETED, 9 days late
  training('MK-DONE', { status: 'COMPLETED_SECTOR', deadline: '2026-11-01', completedOn: '2026-10-15' }); // completed in time

  // Agreements on APP-VALID, all running on some day of Y.
  const providerId = f.provider();
  const agreement = (agreementNumber: string, spec: { startOn: string; plannedEndOn: string; status?: 'RUNNING' | 'NOT_STARTED' | 'TERMINATED_EARLY'; actualEndOn?: string }) =>
    f.agreement({ establishmentId, trainingId, providerId, recognitionId: valid, agreementNumber, ...spec, terminationReason: spec.status === 'TERMINATED_EARLY' ? 'MISMATCH' : null });
  agreement('AGR-DUE', { startOn: '2024-09-01', plannedEndOn: '2026-11-28', status: 'RUNNING' }); // planned end yesterday: COMPLETED (calendar)
  agreement('AGR-RUN', { startOn: '2025-09-01', plannedEndOn: '2027-06-30', status: 'RUNNING' }); // RUNNING as exported
  agreement('AGR-START', { startOn: '2026-11-29', plannedEndOn: '2028-06-30', status: 'NOT_STARTED' }); // starts today: RUNNING (calendar)
  agreement('AGR-ENDED', { startOn: '2025-09-01', plannedEndOn: '2027-06-30', actualEndOn: '2026-10-01', status: 'TERMINATED_EARLY' }); // export wins
});

async function query<T>(text: string, today = TODAY): Promise<T> {
  const response = await runGraphQL<T>(db, text, {}, { userId: admin, today });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface Training {
  status: string;
  effectiveStatus: string;
  statusSource: string;
  daysToDeadline: number | null;
}

async function mentorKeys(filter: string, today = TODAY): Promise<string[]> {
  const data = await query<{ mentors: { edges: { node: { mentorKey: string } }[] } }>(`{ mentors(first: 50, filter: ${filter}) { edges { node { mentorKey } } } }`, today);
  return data.mentors.edges.map((e) => e.node.mentorKey).sort();
}

async function k10(measure: string): Promise<number | null> {
  const data = await query<{ kpi: { total: { value: number | null } } }>(`{ kpi(id: K10, measure: "${measure}", schoolYear: "${Y}") { total { value } } }`);
  return data.kpi.total.value;
}

describe('mentor training as of today', () => {
  it('shows the effective status, its source and the days to the deadline', async () => {
    const data = await query<{ mentors: { edges: { node: { mentorKey: string; trainingRecords: Training[] } }[] } }>(
      '{ mentors(first: 50) { edges { node { mentorKey trainingRecords { status effectiveStatus statusSource daysToDeadline } } } } }',
    );
    const byKey = Object.fromEntries(data.mentors.edges.map((e) => [e.node.mentorKey, e.node.trainingRecords[0]]));
    expect(byKey).toEqual({
      'MK-LATE': { status: 'PENDING', effectiveStatus: 'NOT_COMPLETED', statusSource: 'CALENDAR', daysToDeadline: -1 },
      'MK-TODAY': { status: 'PENDING', effectiveStatus: 'PENDING', statusSource: 'EXPORT', daysToDeadline: 0 },
      'MK-TOMORROW': { status: 'PENDING', effectiveStatus: 'PENDING', statusSource: 'EXPORT', daysToDeadline: 1 },
      'MK-EXPORT': { status: 'NOT_COMPLETED', effectiveStatus: 'NOT_COMPLETED', statusSource: 'EXPORT', daysToDeadline: -9 },
      'MK-DONE': { status: 'COMPLETED_SECTOR', effectiveStatus: 'COMPLETED_SECTOR', statusSource: 'EXPORT', daysToDeadline: null },
    });
  });

  it('filters on the effective status: an overdue PENDING is NOT_COMPLETED, not PENDING', async () => {
    expect(await mentorKeys('{ trainingStatuses: [NOT_COMPLETED] }')).toEqual(['MK-EXPORT', 'MK-LATE']);
    expect(await mentorKeys('{ trainingStatuses: [PENDING] }')).toEqual(['MK-TODAY', 'MK-TOMORROW']);
    // The day before MK-LATE's deadline it was still pending (1 day left).
    expect(await mentorKeys('{ trainingStatuses: [PENDING] }', '2026-11-27')).toEqual(['MK-LATE', 'MK-TODAY', 'MK-TOMORROW']);
  });

  it('counts the same mentors in K10', async () => {
    // Due in Y: all five. Not completed in time: MK-LATE (deadline passed) and MK-EXPORT; pending:
    // MK-TODAY and MK-TOMORROW; completed: MK-DONE. Compliance = 1 / (5 − 2 pending) = 33.3 %.
    expect(await k10('due')).toBe(5);
    expect(await k10('notCompleted')).toBe(2);
    expect(await k10('pending')).toBe(2);
    expect(await k10('completed')).toBe(1);
    expect(await k10('complianceRate')).toBeCloseTo(33.3, 1);
  });
});

interface RecognitionRow {
  applicationId: string;
  status: string;
  effectiveStatus: string;
  statusSource: string;
  autoApprovalOn: string | null;
  cancellationOn: string | null;
  automaticApproval: boolean;
  effectiveAutomaticApproval: boolean;
}

async function applications(filter: string, today = TODAY): Promise<string[]> {
  const data = await query<{ recognitions: { edges: { node: { applicationId: string } }[] } }>(
    `{ recognitions(first: 50, filter: ${filter}) { edges { node { applicationId } } } }`,
    today,
  );
  return data.recognitions.edges.map((e) => e.node.applicationId).sort();
}

describe('recognitions as of today', () => {
  it('announces automatic approval and cancellation, and derives expiry', async () => {
    const data = await query<{ recognitions: { edges: { node: RecognitionRow }[] } }>(
      '{ recognitions(first: 50) { edges { node { applicationId status effectiveStatus statusSource autoApprovalOn cancellationOn automaticApproval effectiveAutomaticApproval } } } }',
    );
    const byId = Object.fromEntries(data.recognitions.edges.map(({ node: { applicationId, ...rest } }) => [applicationId, rest]));
    const exported = { statusSource: 'EXPORT', autoApprovalOn: null, cancellationOn: null, automaticApproval: false, effectiveAutomaticApproval: false };
    expect(byId).toEqual({
      'APP-VALID': { ...exported, status: 'APPROVED', effectiveStatus: 'APPROVED' },
      'APP-SOON': { ...exported, status: 'SUBMITTED', effectiveStatus: 'SUBMITTED', autoApprovalOn: '2026-11-30' },
      'APP-AUTO': { ...exported, status: 'IN_REVIEW', effectiveStatus: 'APPROVED', statusSource: 'CALENDAR', autoApprovalOn: '2026-11-24', effectiveAutomaticApproval: true },
      'APP-INC': { ...exported, status: 'INCOMPLETE', effectiveStatus: 'INCOMPLETE', cancellationOn: '2026-12-19' },
      'APP-OLD': { ...exported, status: 'APPROVED', effectiveStatus: 'EXPIRED', statusSource: 'CALENDAR' },
      'APP-LATER': { ...exported, status: 'APPROVED', effectiveStatus: 'APPROVED' },
      'APP-REVOKED': { ...exported, status: 'REVOKED', effectiveStatus: 'REVOKED' },
    });
  });

  it('filters on the effective status and the effective automatic approval', async () => {
    expect(await applications('{ statuses: [EXPIRED] }')).toEqual(['APP-OLD']);
    expect(await applications('{ statuses: [APPROVED] }')).toEqual(['APP-AUTO', 'APP-LATER', 'APP-VALID']);
    expect(await applications('{ statuses: [SUBMITTED, IN_REVIEW] }')).toEqual(['APP-SOON']);
    expect(await applications('{ statuses: [REVOKED] }')).toEqual(['APP-REVOKED']);
    expect(await applications('{ automaticApproval: true }')).toEqual(['APP-AUTO']);
    // Tomorrow APP-SOON is approved automatically too; on 19 Dec APP-INC is cancelled.
    expect(await applications('{ automaticApproval: true }', '2026-11-30')).toEqual(['APP-AUTO', 'APP-SOON']);
    expect(await applications('{ statuses: [CANCELLED] }', '2026-12-18')).toEqual([]);
    expect(await applications('{ statuses: [CANCELLED] }', '2026-12-19')).toEqual(['APP-INC']);
  });

  it('sorts by the effective status, the one the list shows', async () => {
    const data = await query<{ recognitions: { edges: { node: { effectiveStatus: string } }[] } }>(
      '{ recognitions(first: 50, orderBy: { field: STATUS, direction: ASC }) { edges { node { effectiveStatus } } } }',
    );
    // By the exported status APP-AUTO (IN_REVIEW) would sort after INCOMPLETE and APP-OLD among the APPROVED.
    expect(data.recognitions.edges.map((e) => e.node.effectiveStatus)).toEqual(['APPROVED', 'APPROVED', 'APPROVED', 'EXPIRED', 'INCOMPLETE', 'REVOKED', 'SUBMITTED']);
  });

  it('counts an expiry in K8 only once it has happened', async () => {
    // Y's expiries: APP-OLD (1 Nov 2026, past) and APP-LATER (1 Apr 2027, still ahead today).
    const expired = async (today: string) =>
      (await query<{ kpi: { total: { value: number } } }>(`{ kpi(id: K8, measure: "expired", schoolYear: "${Y}") { total { value } } }`, today)).kpi.total.value;
    expect(await expired(TODAY)).toBe(1);
    expect(await expired('2027-04-01')).toBe(2);
  });
});

describe('agreements as of today', () => {
  it('shows, filters and groups by the effective status', async () => {
    const data = await query<{ agreements: { edges: { node: { agreementNumber: string; effectiveStatus: string; statusSource: string } }[] } }>(
      '{ agreements(first: 50) { edges { node { agreementNumber effectiveStatus statusSource } } } }',
    );
    expect(Object.fromEntries(data.agreements.edges.map((e) => [e.node.agreementNumber, `${e.node.effectiveStatus}/${e.node.statusSource}`]))).toEqual({
      'AGR-DUE': 'COMPLETED/CALENDAR',
      'AGR-RUN': 'RUNNING/EXPORT',
      'AGR-START': 'RUNNING/CALENDAR',
      'AGR-ENDED': 'TERMINATED_EARLY/EXPORT',
    });
    const numbers = async (filter: string) =>
      (await query<{ agreements: { edges: { node: { agreementNumber: string } }[] } }>(`{ agreements(first: 50, filter: ${filter}) { edges { node { agreementNumber } } } }`)).agreements.edges
        .map((e) => e.node.agreementNumber)
        .sort();
    expect(await numbers('{ statuses: [RUNNING] }')).toEqual(['AGR-RUN', 'AGR-START']);
    expect(await numbers('{ statuses: [COMPLETED] }')).toEqual(['AGR-DUE']);
    expect(await numbers('{ statuses: [NOT_STARTED] }')).toEqual([]);
    // K13 by status: the four run on a day of Y (AGR-ENDED until 1 Oct, AGR-DUE until 28 Nov).
    const k13 = await query<{ kpi: { rows: { keys: { id: string }[]; value: number }[] } }>(
      `{ kpi(id: K13, schoolYear: "${Y}", groupBy: [STATUS]) { rows { keys { id } value } } }`,
    );
    expect(Object.fromEntries(k13.kpi.rows.map((r) => [r.keys[0]!.id, r.value]))).toEqual({ COMPLETED: 1, RUNNING: 2, TERMINATED_EARLY: 1 });
  });
});

describe('the SQL rules equal the shared functions', () => {
  // Every status against dates before, on and after today: SQLite evaluates the SQL of
  // calendar-status.ts on the same rows the TypeScript rule classifies.
  const days = ['2026-11-28', '2026-11-29', '2026-11-30'];
  const sqlOf = (expression: string, columns: Record<string, string | null>) => {
    const names = Object.keys(columns);
    const row = db.sqlite
      .prepare(`SELECT ${expression} AS v FROM (SELECT ${names.map((n) => `@${n} AS ${n}`).join(', ')}) x`)
      .get({ ...columns, asOf: TODAY }) as { v: unknown };
    return row.v;
  };

  it('for mentor training', () => {
    for (const status of MENTOR_TRAINING_STATUSES) {
      for (const deadline of [...days, null]) {
        expect([status, deadline, sqlOf(mentorTrainingStatusSql('x'), { status, deadline })]).toEqual([status, deadline, mentorTrainingCalendar({ status, deadline }, TODAY).status]);
      }
    }
  });

  it('for recognitions', () => {
    // Submission 14 and 60 days before the three days, validity ending on them.
    const submissions = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-09-29', '2026-09-30', '2026-10-01'];
    for (const status of RECOGNITION_STATUSES) {
      for (const submitted_on of submissions) {
        for (const valid_to of [...days, null]) {
          const ts = recognitionCalendar({ status, submittedOn: submitted_on, validTo: valid_to }, TODAY);
          const row = { status, submitted_on, valid_to, automatic_approval: 0 } as unknown as Record<string, string | null>;
          expect([status, submitted_on, valid_to, sqlOf(recognitionStatusSql('x'), row), sqlOf(recognitionAutomaticSql('x'), row)]).toEqual([
            status,
            submitted_on,
            valid_to,
            ts.status,
            ts.automaticApproval ? 1 : 0,
          ]);
        }
      }
    }
  });

  it('for agreements', () => {
    for (const status of AGREEMENT_STATUSES) {
      for (const start_on of days) {
        for (const planned_end_on of days) {
          for (const actual_end_on of [null, '2026-11-28']) {
            const expected = agreementCalendar({ status, startOn: start_on, plannedEndOn: planned_end_on, actualEndOn: actual_end_on }, TODAY).status;
            expect([status, start_on, planned_end_on, actual_end_on, sqlOf(agreementStatusSql('x'), { status, start_on, planned_end_on, actual_end_on })]).toEqual([
              status,
              start_on,
              planned_end_on,
              actual_end_on,
              expected,
            ]);
          }
        }
      }
    }
  });
});
