import { describe, expect, it } from 'vitest';
import { agreementCalendar, mentorTrainingCalendar, recognitionCalendar } from './calendar-status.js';

// Today is Sunday 2026-11-29 throughout.
const today = '2026-11-29';

describe('mentorTrainingCalendar', () => {
  it('keeps PENDING up to and including the deadline day, with the days left', () => {
    expect(mentorTrainingCalendar({ status: 'PENDING', deadline: '2026-11-30' }, today)).toEqual({ status: 'PENDING', source: 'EXPORT', daysToDeadline: 1 });
    expect(mentorTrainingCalendar({ status: 'PENDING', deadline: '2026-11-29' }, today)).toEqual({ status: 'PENDING', source: 'EXPORT', daysToDeadline: 0 });
    // 29 Nov → 11 Dec: 12 days.
    expect(mentorTrainingCalendar({ status: 'PENDING', deadline: '2026-12-11' }, today).daysToDeadline).toBe(12);
  });
  it('derives NOT_COMPLETED the day after the deadline, counting the days late', () => {
    expect(mentorTrainingCalendar({ status: 'PENDING', deadline: '2026-11-28' }, today)).toEqual({ status: 'NOT_COMPLETED', source: 'CALENDAR', daysToDeadline: -1 });
    // 31 Oct → 29 Nov: 29 days late (across a month end).
    expect(mentorTrainingCalendar({ status: 'PENDING', deadline: '2026-10-31' }, today).daysToDeadline).toBe(-29);
  });
  it('lets a settled status of the export win, and gives no days for it', () => {
    expect(mentorTrainingCalendar({ status: 'COMPLETED_SECTOR', deadline: '2026-01-01' }, today)).toEqual({ status: 'COMPLETED_SECTOR', source: 'EXPORT', daysToDeadline: null });
    expect(mentorTrainingCalendar({ status: 'EXEMPT', deadline: '2026-01-01' }, today).status).toBe('EXEMPT');
    // An exported NOT_COMPLETED stays as exported (source EXPORT), still with its days late.
    expect(mentorTrainingCalendar({ status: 'NOT_COMPLETED', deadline: '2026-11-19' }, today)).toEqual({ status: 'NOT_COMPLETED', source: 'EXPORT', daysToDeadline: -10 });
  });
  it('leaves a follow-up without a deadline as it is', () => {
    expect(mentorTrainingCalendar({ status: 'PENDING', deadline: null }, today)).toEqual({ status: 'PENDING', source: 'EXPORT', daysToDeadline: null });
  });
});

describe('recognitionCalendar', () => {
  it('announces the automatic approval of an undecided application on submission + 14 days', () => {
    // Submitted 13 days ago (16 Nov): approved automatically tomorrow (16 + 14 = 30 Nov).
    expect(recognitionCalendar({ status: 'SUBMITTED', submittedOn: '2026-11-16', validTo: null }, today)).toEqual({
      status: 'SUBMITTED',
      source: 'EXPORT',
      automaticApproval: false,
      autoApprovalOn: '2026-11-30',
      cancellationOn: null,
    });
  });
  it('derives the automatic approval from submission + 14 days on, for every undecided status', () => {
    // Submitted 15 Nov: 15 + 14 = 29 Nov = today.
    for (const status of ['SUBMITTED', 'IN_REVIEW', 'ON_HOLD'] as const) {
      expect(recognitionCalendar({ status, submittedOn: '2026-11-15', validTo: null }, today)).toEqual({
        status: 'APPROVED',
        source: 'CALENDAR',
        automaticApproval: true,
        autoApprovalOn: '2026-11-29',
        cancellationOn: null,
      });
    }
  });
  it('cancels an incomplete dossier 60 days after submission', () => {
    // 30 Sep + 60 days = 29 Nov (Oct 31 + Nov 29): cancelled today.
    expect(recognitionCalendar({ status: 'INCOMPLETE', submittedOn: '2026-09-30', validTo: null }, today)).toMatchObject({
      status: 'CANCELLED',
      source: 'CALENDAR',
      cancellationOn: '2026-11-29',
      autoApprovalOn: null,
    });
    // 1 Oct + 60 = 30 Nov: still incomplete today. An incomplete dossier is never approved automatically.
    expect(recognitionCalendar({ status: 'INCOMPLETE', submittedOn: '2026-10-01', validTo: null }, today)).toMatchObject({
      status: 'INCOMPLETE',
      source: 'EXPORT',
      cancellationOn: '2026-11-30',
      autoApprovalOn: null,
    });
  });
  it('expires an approval the day after its validity end', () => {
    expect(recognitionCalendar({ status: 'APPROVED', submittedOn: '2021-11-01', validTo: '2026-11-28' }, today)).toMatchObject({ status: 'EXPIRED', source: 'CALENDAR' });
    expect(recognitionCalendar({ status: 'APPROVED', submittedOn: '2021-11-01', validTo: '2026-11-29' }, today)).toMatchObject({ status: 'APPROVED', source: 'EXPORT' });
  });
  it('lets a decided or ended status of the export win', () => {
    for (const status of ['REVOKED', 'STOPPED', 'REJECTED', 'CANCELLED', 'EXPIRED'] as const) {
      expect(recognitionCalendar({ status, submittedOn: '2020-01-01', validTo: '2024-12-31' }, today)).toEqual({
        status,
        source: 'EXPORT',
        automaticApproval: false,
        autoApprovalOn: null,
        cancellationOn: null,
      });
    }
  });
});

describe('agreementCalendar', () => {
  const agreement = { startOn: '2026-09-01', plannedEndOn: '2027-06-30', actualEndOn: null };
  it('starts a NOT_STARTED agreement on its start day', () => {
    expect(agreementCalendar({ ...agreement, status: 'NOT_STARTED', startOn: '2026-11-29' }, today)).toEqual({ status: 'RUNNING', source: 'CALENDAR' });
    expect(agreementCalendar({ ...agreement, status: 'NOT_STARTED', startOn: '2026-11-30' }, today)).toEqual({ status: 'NOT_STARTED', source: 'EXPORT' });
  });
  it('completes a running agreement the day after its planned end, while it has no actual end', () => {
    expect(agreementCalendar({ ...agreement, status: 'RUNNING', plannedEndOn: '2026-11-28' }, today)).toEqual({ status: 'COMPLETED', source: 'CALENDAR' });
    expect(agreementCalendar({ ...agreement, status: 'RUNNING', plannedEndOn: '2026-11-29' }, today)).toEqual({ status: 'RUNNING', source: 'EXPORT' });
    expect(agreementCalendar({ ...agreement, status: 'NOT_STARTED', startOn: '2025-09-01', plannedEndOn: '2026-06-30' }, today)).toEqual({ status: 'COMPLETED', source: 'CALENDAR' });
    expect(agreementCalendar({ ...agreement, status: 'RUNNING', plannedEndOn: '2026-06-30', actualEndOn: '2026-06-30' }, today)).toEqual({ status: 'RUNNING', source: 'EXPORT' });
  });
  it('lets an ended status of the export win', () => {
    for (const status of ['CANCELLED', 'TERMINATED_EARLY', 'COMPLETED', 'ARCHIVED'] as const) {
      expect(agreementCalendar({ ...agreement, status, plannedEndOn: '2026-06-30' }, today)).toEqual({ status, source: 'EXPORT' });
    }
  });
});
