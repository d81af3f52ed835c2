import { describe, expect, it } from 'vitest';
import { mentorListTable, type MentorNode } from './mentor-list-mapper';

const labels = { title: 'Mentoren', name: 'Naam', key: 'Sleutel', partnership: 'Partnerschap', status: 'Status', deadline: 'Deadline', overdue: 'Dagen te laat' };
const bouw = { code: 'BOUW', nameNl: 'Bouw' };
const horeca = { code: 'HORECA', nameNl: 'Horeca' };

const nodes: MentorNode[] = [
  {
    id: 'm1',
    mentorKey: 'M-1',
    firstName: 'An',
    lastName: 'Peeters',
    trainingRecords: [
      { status: 'NOT_COMPLETED', deadline: '2024-01-10', location: null, partnership: bouw },
      { status: 'COMPLETED_SECTOR', deadline: '2023-01-10', location: null, partnership: horeca },
    ],
  },
  { id: 'm2', mentorKey: 'M-2', firstName: null, lastName: null, trainingRecords: [{ status: 'PENDING', deadline: '2024-03-01', location: null, partnership: bouw }] },
  { id: 'm3', mentorKey: 'M-3', firstName: 'Jo', lastName: 'Claes', trainingRecords: [{ status: 'PENDING', deadline: '2024-02-01', location: null, partnership: horeca }] },
];

describe('mentorListTable', () => {
  it('lists open follow-ups of the partnership, pending first, with days overdue', () => {
    const table = mentorListTable(nodes, '2024-02-01', labels, 'BOUW');
    expect(table.rows.map((r) => [r.cells.name, r.cells.status, r.cells.deadline, r.cells.overdue])).toEqual([
      ['M-2', 'Op te volgen', '2024-03-01', { value: null, status: 'NOT_APPLICABLE' }],
      ['Peeters, An', 'Niet gevolgd', '2024-01-10', { value: 22, status: 'OK' }],
    ]);
  });
  it('orders pending by the nearest deadline and overdue by the most recently missed', () => {
    const many: MentorNode[] = [
      { id: 'a', mentorKey: 'A', firstName: null, lastName: null, trainingRecords: [{ status: 'NOT_COMPLETED', deadline: '2021-05-01', location: null, partnership: bouw }] },
      { id: 'b', mentorKey: 'B', firstName: null, lastName: null, trainingRecords: [{ status: 'PENDING', deadline: '2024-06-01', location: null, partnership: bouw }] },
      { id: 'c', mentorKey: 'C', firstName: null, lastName: null, trainingRecords: [{ status: 'NOT_COMPLETED', deadline: '2023-11-30', location: null, partnership: bouw }] },
      { id: 'd', mentorKey: 'D', firstName: null, lastName: null, trainingRecords: [{ status: 'PENDING', deadline: '2024-02-15', location: null, partnership: bouw }] },
    ];
    expect(mentorListTable(many, '2024-02-01', labels).rows.map((r) => r.cells.key)).toEqual(['D', 'B', 'C', 'A']);
  });
  it('without a partnership lists every open follow-up the caller sees', () => {
    expect(mentorListTable(nodes, '2024-02-01', labels).rows).toHaveLength(3);
  });
});
