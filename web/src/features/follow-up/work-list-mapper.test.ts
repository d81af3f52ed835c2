import { describe, expect, it } from 'vitest';
import { nl } from '../../i18n/messages';
import { toCsv } from '../../lib/table';
import { rangeLabel, reminderTable, workListFilter, workListTable, type MentorNode } from './work-list-mapper';

const t = nl.followUp;

const mentor = (over: Partial<MentorNode>): MentorNode => ({
  mentorId: 'TWVudG9yOjE=',
  mentorKey: 'M-1',
  name: null,
  status: 'PENDING',
  deadline: '2026-12-28',
  daysLeft: 29,
  overdue: false,
  partnershipCode: 'BOUW',
  establishmentId: 'RXN0YWJsaXNobWVudDox',
  recognitions: [{ applicationId: 'APP-1', establishmentName: 'Werf Gent', trainingName: 'Metselaar' }],
  ...over,
});

describe('work-list filter', () => {
  it('maps the filter bar, and drops the partnership for sector staff (the server scopes them)', () => {
    const filters = { province: 'LIMBURG' as const, jointCommittee: '124', training: 'T1', partnership: 'HORECA' };
    expect(workListFilter(filters, 'ADMIN')).toEqual({ provinces: ['LIMBURG'], jointCommittees: ['124'], trainings: ['T1'], partnership: 'HORECA' });
    expect(workListFilter(filters, 'SECTOR_STAFF')).toEqual({ provinces: ['LIMBURG'], jointCommittees: ['124'], trainings: ['T1'] });
  });
});

describe('paging label', () => {
  it('reads "51–100 van 312" on the second page, "0–0 van 0" when empty', () => {
    expect(rangeLabel(t.range, 50, 50, 312)).toBe('51–100 van 312');
    expect(rangeLabel(t.range, 300, 12, 312)).toBe('301–312 van 312');
    expect(rangeLabel(t.range, 0, 0, 0)).toBe('0–0 van 0');
  });
});

describe('tables', () => {
  it('writes one CSV line per application, with the Dutch consequence of the deadline', () => {
    const table = workListTable(
      'applications',
      [
        { recognitionId: 'a', applicationId: 'APP13', status: 'SUBMITTED', submittedOn: '2026-11-16', deadline: '2026-11-30', deadlineKind: 'AUTO_APPROVAL', daysLeft: 1, establishmentId: 'e', establishmentName: 'Werf', municipality: 'Gent', trainingName: 'Metselaar', jointCommitteeCode: '124', partnershipCode: 'BOUW' },
        { recognitionId: 'b', applicationId: 'APPINC', status: 'INCOMPLETE', submittedOn: '2026-10-10', deadline: '2026-12-09', deadlineKind: 'CANCELLATION', daysLeft: 10, establishmentId: 'e', establishmentName: 'Werf', municipality: 'Gent', trainingName: 'Metselaar', jointCommitteeCode: null, partnershipCode: 'BOUW' },
      ],
      t,
    );
    const lines = toCsv(table).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('APP13;Werf;Gent;Metselaar;124;Ingediend;2026-11-16;2026-11-30;automatisch goedgekeurd;1');
    expect(lines[2]).toContain('geannuleerd;10');
  });

  it('puts the name column in the reminders only when the API gave names', () => {
    const anonymous = reminderTable([mentor({})], t);
    expect(anonymous.columns.map((c) => c.key)).not.toContain('name');
    const named = reminderTable([mentor({ name: 'Jan Peeters' }), mentor({ mentorId: 'x', mentorKey: 'M-2' })], t);
    expect(named.columns[0]?.key).toBe('name');
    expect(toCsv(named).split('\r\n')[1]).toBe('Jan Peeters;M-1;Op te volgen;2026-12-28;29;APP-1 (Metselaar);Werf Gent;BOUW');
  });
});
