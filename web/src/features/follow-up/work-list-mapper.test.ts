import { describe, expect, it } from 'vitest';
import { en, nl, type Messages } from '../../i18n/messages';
import { toCsv } from '../../lib/table';
import { rangeLabel, reminderTable, workListFilter, workListTable, type ListWords, type MentorNode } from './work-list-mapper';

const words = (m: Messages, locale: string): ListWords => ({ t: m.followUp, labels: m.statusLabels, calendar: m.calendarStatus, locale });
const NL = words(nl, 'nl-BE');
const EN = words(en as Messages, 'en-GB');

const mentor = (over: Partial<MentorNode>): MentorNode => ({
  mentorId: 'TWVudG9yOjE=',
  mentorKey: 'M-1',
  name: null,
  firstName: null,
  lastName: null,
  status: 'PENDING',
  exportedStatus: 'PENDING',
  deadline: '2026-12-28',
  daysLeft: 29,
  overdue: false,
  partnershipCode: 'BOUW',
  partnershipName: 'Bouw',
  establishmentId: 'RXN0YWJsaXNobWVudDox',
  recognitions: [{ applicationId: 'APP-1', establishmentName: 'Werf Gent', municipality: 'Gent', trainingName: 'Metselaar' }],
  ...over,
});

describe('work-list filter', () => {
  it('maps the filter bar, and drops the partnership for sector staff (the server scopes them)', () => {
    const filters = { province: 'LIMBURG' as const, jointCommittee: '124', training: 'T1', partnership: 'HORECA', schoolYear: '2018-2019' };
    expect(workListFilter(filters, 'ADMIN')).toEqual({ provinces: ['LIMBURG'], jointCommittees: ['124'], trainings: ['T1'], partnership: 'HORECA', schoolYear: '2018-2019' });
    expect(workListFilter(filters, 'SECTOR_STAFF')).toEqual({ provinces: ['LIMBURG'], jointCommittees: ['124'], trainings: ['T1'], schoolYear: '2018-2019' });
  });
});

describe('paging label', () => {
  it('reads "51–100 van 312" on the second page, "0–0 van 0" when empty, thousands with a dot in Dutch', () => {
    expect(rangeLabel(nl.followUp.range, 50, 50, 312)).toBe('51–100 van 312');
    expect(rangeLabel(nl.followUp.range, 300, 12, 312)).toBe('301–312 van 312');
    expect(rangeLabel(nl.followUp.range, 0, 0, 0)).toBe('0–0 van 0');
    expect(rangeLabel(nl.followUp.range, 0, 50, 9656, 'nl-BE')).toBe('1–50 van 9.656');
    expect(rangeLabel(en.followUp.range, 9600, 56, 9656, 'en-GB')).toBe('9,601–9,656 of 9,656');
  });
});

describe('tables', () => {
  const applications = [
    { recognitionId: 'a', applicationId: 'APP13', status: 'SUBMITTED', submittedOn: '2026-11-16', deadline: '2026-11-30', deadlineKind: 'AUTO_APPROVAL', daysLeft: 1, establishmentId: 'e', establishmentName: 'Werf', municipality: 'Gent', trainingName: 'Metselaar', jointCommitteeCode: '124', partnershipCode: 'BOUW' },
    { recognitionId: 'b', applicationId: 'APPINC', status: 'INCOMPLETE', submittedOn: '2026-10-10', deadline: '2026-12-09', deadlineKind: 'CANCELLATION', daysLeft: 10, establishmentId: 'e', establishmentName: 'Werf', municipality: 'Gent', trainingName: 'Metselaar', jointCommitteeCode: null, partnershipCode: 'BOUW' },
  ];

  it('writes one CSV line per application, dates dd-mm-yyyy, with the Dutch status and consequence', () => {
    const lines = toCsv(workListTable('applications', applications, NL)).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('APP13;Werf;Gent;Metselaar;124;Ingediend;16-11-2026;30-11-2026;automatisch goedgekeurd;1');
    expect(lines[2]).toContain('Dossier onvolledig;10-10-2026;09-12-2026;geannuleerd;10');
  });

  it('has no Dutch left in English: headers, statuses, consequences, reasons', () => {
    const lines = toCsv(workListTable('applications', applications, EN)).split('\r\n');
    expect(lines[0]).toBe('Application;Establishment;Municipality;Training;PC;Status;Submitted on;Deadline;Consequence;Days left');
    expect(lines[2]).toBe('APPINC;Werf;Gent;Metselaar;;Incomplete dossier;10 Oct 2026;9 Dec 2026;cancelled;10');
    const est = workListTable(
      'establishments',
      [{ establishmentId: 'e', establishmentName: 'Werf', enterpriseName: 'Bouw NV', municipality: 'Gent', reason: 'TERMINATIONS', recognisedSince: null, earlyTerminations: 2, terminationReasons: ['NO_MENTOR', 'MISMATCH'] }],
      EN,
    );
    expect(est.rows[0]?.cells).toMatchObject({ reason: 'early terminations', terminationReasons: 'There is no mentor any more, Mismatch between learner and enterprise' });
    const m = workListTable('mentors', [mentor({ status: 'NOT_COMPLETED', exportedStatus: 'PENDING' })], EN);
    expect(m.rows[0]?.cells.status).toBe('Not completed in time');
    expect(m.rows[0]?.notes?.status?.title).toContain('“Pending”');
  });

  it('marks a mentor status the calendar derived (exported PENDING, deadline passed), not an exported one', () => {
    const table = workListTable('mentors', [mentor({ status: 'NOT_COMPLETED', exportedStatus: 'PENDING', deadline: '2026-10-01', daysLeft: -59 }), mentor({ mentorId: 'x', mentorKey: 'M-2' })], NL);
    expect(toCsv(table).split('\r\n').slice(1)).toEqual([
      'M-1;Niet tijdig gevolgd (volgens de kalender);01-10-2026;-59;APP-1 (Metselaar);Werf Gent;Bouw',
      'M-2;Op te volgen;28-12-2026;29;APP-1 (Metselaar);Werf Gent;Bouw',
    ]);
  });

  it('puts first and last name in the reminders only when the API gave names, with the municipality', () => {
    const anonymous = reminderTable([mentor({})], NL);
    expect(anonymous.columns.map((c) => c.key)).not.toContain('firstName');
    const named = reminderTable([mentor({ name: 'Jan Peeters', firstName: 'Jan', lastName: 'Peeters' }), mentor({ mentorId: 'x', mentorKey: 'M-2' })], NL);
    const lines = toCsv(named).split('\r\n');
    expect(lines[0]).toBe('Voornaam;Achternaam;Mentorsleutel;Termijn;Dagen over;Status mentoropleiding;Erkenningen;Vestiging;Gemeente;Partnerschap');
    expect(lines[1]).toBe('Jan;Peeters;M-1;28-12-2026;29;Op te volgen;APP-1 (Metselaar);Werf Gent;Gent;Bouw');
    expect(lines[2]).toBe(';;M-2;28-12-2026;29;Op te volgen;APP-1 (Metselaar);Werf Gent;Gent;Bouw');
    expect(named.title).toBe('Herinneringen mentoropleiding');
  });

  it('has every rule in both languages', () => {
    for (const list of ['applications', 'mentors', 'recognitions', 'establishments'] as const) {
      expect(nl.followUp.rules[list].length).toBeGreaterThan(40);
      expect(en.followUp.rules[list]).not.toBe(nl.followUp.rules[list]);
    }
  });
});
