import { describe, expect, it } from 'vitest';
import { exportRows } from '../../lib/table';
import { deadlineText, mentorListTable, type MentorNode } from './mentor-list-mapper';

const calendar = {
  derived: 'volgens de kalender',
  derivedTitle: 'Afgeleid uit de datums, zoals ze vandaag staan; de export vermeldt nog “{exported}”.',
  daysLeftOne: 'nog 1 dag',
  daysLeft: 'nog {days} dagen',
  dueToday: 'vandaag',
  daysLateOne: '1 dag te laat',
  daysLate: '{days} dagen te laat',
};
const labels = { title: 'Mentoren', name: 'Naam', key: 'Sleutel', partnership: 'Partnerschap', status: 'Status', deadline: 'Deadline', term: 'Termijn', overdue: 'Dagen te laat', calendar };
const bouw = { code: 'BOUW', nameNl: 'Bouw' };
const horeca = { code: 'HORECA', nameNl: 'Horeca' };

type FollowUp = MentorNode['trainingRecords'][number];
/** A follow-up as the API gives it, as of today 2024-02-01. */
const record = (over: Partial<FollowUp> & Pick<FollowUp, 'status' | 'deadline'>): FollowUp => ({
  effectiveStatus: over.status,
  statusSource: 'EXPORT',
  daysToDeadline: null,
  location: null,
  partnership: bouw,
  ...over,
});

const nodes: MentorNode[] = [
  {
    id: 'm1',
    mentorKey: 'M-1',
    firstName: 'An',
    lastName: 'Peeters',
    trainingRecords: [
      // 10 Jan → 1 Feb: 22 days late.
      record({ status: 'NOT_COMPLETED', deadline: '2024-01-10', daysToDeadline: -22 }),
      record({ status: 'COMPLETED_SECTOR', deadline: '2023-01-10', partnership: horeca }),
    ],
  },
  // 1 Feb → 1 Mar: 29 days left (2024 is a leap year).
  { id: 'm2', mentorKey: 'M-2', firstName: null, lastName: null, trainingRecords: [record({ status: 'PENDING', deadline: '2024-03-01', daysToDeadline: 29 })] },
  { id: 'm3', mentorKey: 'M-3', firstName: 'Jo', lastName: 'Claes', trainingRecords: [record({ status: 'PENDING', deadline: '2024-02-01', daysToDeadline: 0, partnership: horeca })] },
  // Exported PENDING, deadline 31 Jan: overdue by the calendar, 1 day late.
  {
    id: 'm4',
    mentorKey: 'M-4',
    firstName: 'Els',
    lastName: 'Maes',
    trainingRecords: [record({ status: 'PENDING', effectiveStatus: 'NOT_COMPLETED', statusSource: 'CALENDAR', deadline: '2024-01-31', daysToDeadline: -1 })],
  },
];

describe('deadlineText', () => {
  it('says how long is left or how late it is, in the singular for one day', () => {
    expect(deadlineText(1, calendar)).toBe('nog 1 dag');
    expect(deadlineText(12, calendar)).toBe('nog 12 dagen');
    expect(deadlineText(0, calendar)).toBe('vandaag');
    expect(deadlineText(-1, calendar)).toBe('1 dag te laat');
    expect(deadlineText(-3, calendar)).toBe('3 dagen te laat');
  });
});

describe('mentorListTable', () => {
  it('lists open follow-ups of the partnership by effective status, pending first, with the time to the deadline', () => {
    const table = mentorListTable(nodes, labels, 'BOUW');
    expect(table.rows.map((r) => [r.cells.name, r.cells.status, r.cells.deadline, r.cells.term, r.cells.overdue])).toEqual([
      ['M-2', 'Op te volgen', '2024-03-01', 'nog 29 dagen', { value: null, status: 'NOT_APPLICABLE' }],
      // Overdue: the most recently missed first.
      ['Maes, Els', 'Niet gevolgd', '2024-01-31', '1 dag te laat', { value: 1, status: 'OK' }],
      ['Peeters, An', 'Niet gevolgd', '2024-01-10', '22 dagen te laat', { value: 22, status: 'OK' }],
    ]);
  });
  it('marks a status derived from the calendar, naming the exported one, and exports the mark', () => {
    const table = mentorListTable(nodes, labels, 'BOUW');
    expect(table.rows.map((r) => r.notes?.status ?? null)).toEqual([
      null,
      { text: 'volgens de kalender', title: 'Afgeleid uit de datums, zoals ze vandaag staan; de export vermeldt nog “Op te volgen”.' },
      null,
    ]);
    expect(exportRows(table).map((row) => row[3])).toEqual(['Status', 'Op te volgen', 'Niet gevolgd (volgens de kalender)', 'Niet gevolgd']);
  });
  it('orders pending by the nearest deadline and overdue by the most recently missed', () => {
    const one = (id: string, status: 'PENDING' | 'NOT_COMPLETED', deadline: string): MentorNode => ({
      id,
      mentorKey: id.toUpperCase(),
      firstName: null,
      lastName: null,
      trainingRecords: [record({ status, deadline })],
    });
    const many = [one('a', 'NOT_COMPLETED', '2021-05-01'), one('b', 'PENDING', '2024-06-01'), one('c', 'NOT_COMPLETED', '2023-11-30'), one('d', 'PENDING', '2024-02-15')];
    expect(mentorListTable(many, labels).rows.map((r) => r.cells.key)).toEqual(['D', 'B', 'C', 'A']);
  });
  it('without a partnership lists every open follow-up the caller sees, and never a settled one', () => {
    // m1's completed HORECA record is not listed; m3's HORECA follow-up (deadline today) is.
    const table = mentorListTable(nodes, labels);
    expect(table.rows.map((r) => [r.cells.key, r.cells.term])).toEqual([
      ['M-3', 'vandaag'],
      ['M-2', 'nog 29 dagen'],
      ['M-4', '1 dag te laat'],
      ['M-1', '22 dagen te laat'],
    ]);
  });
});
