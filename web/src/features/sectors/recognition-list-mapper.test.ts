import { describe, expect, it } from 'vitest';
import { exportRows } from '../../lib/table';
import {
  detailFilters,
  formatDetail,
  formatSort,
  nextSort,
  orderBy,
  parseDetail,
  parseSort,
  recognitionFilter,
  recognitionTable,
  statusText,
  validity,
  type RecognitionNode,
} from './recognition-list-mapper';

const node = (over: Partial<RecognitionNode> = {}): RecognitionNode => ({
  id: 'r1',
  applicationId: 'APP-1',
  status: 'APPROVED',
  effectiveStatus: 'APPROVED',
  statusSource: 'EXPORT',
  autoApprovalOn: null,
  cancellationOn: null,
  submittedOn: '2021-05-01',
  validFrom: '2021-09-01',
  validTo: '2026-08-31',
  endedOn: null,
  establishment: { establishmentNumber: '2.123.456.789', name: 'Peeters werf', municipality: { nameNl: 'Antwerpen' } },
  training: { code: 'T1', nameNl: 'Metselaar' },
  adultTraining: null,
  ...over,
});

describe('the detail parameter', () => {
  it('round-trips a row as <URL filter name>-<code>', () => {
    expect(formatDetail({ key: 'jointCommittee', value: '124' })).toBe('pc-124');
    expect(parseDetail('pc-124')).toEqual({ key: 'jointCommittee', value: '124' });
    expect(parseDetail('partnerschap-BOUW')).toEqual({ key: 'partnership', value: 'BOUW' });
    expect(parseDetail('opleiding-12.3')).toEqual({ key: 'training', value: '12.3' });
  });
  it('ignores anything else', () => {
    for (const bad of [null, '', 'BOUW', '-BOUW', 'provincie-LIMBURG', 'pc-', 'pc-<script>', 'pc:124']) expect(parseDetail(bad)).toBeNull();
  });
  it("adds the row to the page's filters, unless a filter already says otherwise", () => {
    expect(detailFilters({ schoolYear: '2024-2025', province: 'LIMBURG' }, { key: 'partnership', value: 'BOUW' })).toEqual({
      schoolYear: '2024-2025',
      province: 'LIMBURG',
      partnership: 'BOUW',
    });
    expect(detailFilters({ partnership: 'BOUW' }, { key: 'partnership', value: 'BOUW' })).toEqual({ partnership: 'BOUW' });
    expect(detailFilters({ partnership: 'HORECA' }, { key: 'partnership', value: 'BOUW' })).toBeNull();
  });
});

describe('the API filter', () => {
  it("asks for the recognitions K1 counts: valid in the year, under the reporting partnership, with every filter of the figure", () => {
    expect(
      recognitionFilter({ schoolYear: '2024-2025', partnership: 'BOUW', jointCommittee: '124', training: 'T1', province: 'LIMBURG', municipality: '71016', system: 'DUAL', level: 'SECONDARY' }),
    ).toEqual({
      validInSchoolYear: '2024-2025',
      reportingPartnerships: ['BOUW'],
      jointCommittees: ['124'],
      trainings: ['T1'],
      provinces: ['LIMBURG'],
      municipalities: ['71016'],
      systems: ['DUAL'],
      levels: ['SECONDARY'],
    });
    expect(recognitionFilter({ schoolYear: '2024-2025' })).toEqual({ validInSchoolYear: '2024-2025' });
  });
});

describe('the validity column', () => {
  it('shows the last valid day: a revocation or stop ends it the day before', () => {
    expect(validity(node())).toBe('2021-09-01 – 2026-08-31');
    expect(validity(node({ endedOn: '2023-03-01' }))).toBe('2021-09-01 – 2023-02-28');
    expect(validity(node({ validFrom: null }))).toBe('');
  });
});

describe('sorting by the API', () => {
  it('cycles descending → ascending → default and writes the URL value', () => {
    const first = nextSort(null, 'status');
    expect(first).toEqual({ column: 'status', dir: 'desc' });
    const second = nextSort(first, 'status');
    expect(second).toEqual({ column: 'status', dir: 'asc' });
    expect(nextSort(second, 'status')).toBeNull();
    expect(nextSort(second, 'applicationId')).toEqual({ column: 'applicationId', dir: 'desc' });
    expect(formatSort(second)).toBe('status-asc');
    expect(parseSort('status-asc')).toEqual(second);
    expect(parseSort('municipality-asc')).toEqual({ column: 'municipality', dir: 'asc' });
    expect(parseSort('counts-asc')).toBeNull();
    expect(parseSort(null)).toBeNull();
    expect(orderBy({ column: 'submittedOn', dir: 'asc' })).toEqual({ field: 'SUBMITTED_ON', direction: 'ASC' });
    expect(orderBy({ column: 'establishment', dir: 'desc' })).toEqual({ field: 'ESTABLISHMENT_NAME', direction: 'DESC' });
    expect(orderBy({ column: 'validity', dir: 'asc' })).toEqual({ field: 'VALID_FROM', direction: 'ASC' });
    expect(orderBy(null)).toBeUndefined();
  });
});

const calendar = {
  derived: 'volgens de kalender',
  derivedTitle: 'Afgeleid uit de datums, zoals ze vandaag staan; de export vermeldt nog “{exported}”.',
  daysLeftOne: 'nog 1 dag',
  daysLeft: 'nog {days} dagen',
  dueToday: 'vandaag',
  daysLateOne: '1 dag te laat',
  daysLate: '{days} dagen te laat',
  autoApprovalOn: 'automatisch goedgekeurd op {date}',
  cancellationOn: 'geannuleerd op {date}',
};

describe('the table and its export', () => {
  it('one row per recognition with the columns of the list', () => {
    const labels = {
      title: 'Erkenningen',
      applicationId: 'Aanvraagnummer',
      submittedOn: 'Ingediend op',
      establishment: 'Vestiging',
      municipality: 'Gemeente',
      training: 'Opleiding',
      status: 'Status',
      validity: 'Geldig van – tot',
      alsoValidFor: '{training} (ook geldig voor {adultTraining})',
      calendar,
    };
    const model = recognitionTable(
      [
        node(),
        node({ id: 'r2', status: 'EXPIRED', effectiveStatus: 'EXPIRED', validFrom: '2018-09-01', validTo: '2023-08-31', adultTraining: { code: 'V1', nameNl: 'Metselaar (vwo)' } }),
      ],
      labels,
      'nl-BE',
    );
    expect(model.columns.map((c) => c.label)).toEqual(Object.values(labels).slice(1, 8));
    expect(model.rows[0]!.cells).toEqual({
      applicationId: 'APP-1',
      submittedOn: '2021-05-01',
      establishment: 'Peeters werf (2.123.456.789)',
      municipality: 'Antwerpen',
      training: 'Metselaar',
      status: 'Goedgekeurd',
      validity: '2021-09-01 – 2026-08-31',
    });
    expect(model.rows[1]!.cells.status).toBe('Afgelopen');
    // Listed under the adult training through the secondary recognition declared valid for it.
    expect(model.rows[1]!.cells.training).toBe('Metselaar (ook geldig voor Metselaar (vwo))');
  });
});

describe('statuses that follow the calendar', () => {
  it('names the day of automatic approval of an undecided application, in the Dutch date format', () => {
    // Submitted 16 Nov 2026, still undecided: the API gives autoApprovalOn = 16 + 14 = 30 Nov.
    const r = node({ status: 'SUBMITTED', effectiveStatus: 'SUBMITTED', autoApprovalOn: '2026-11-30', validFrom: null, validTo: null });
    expect(statusText(r, calendar, 'nl-BE')).toBe('Ingediend · automatisch goedgekeurd op 30-11-2026');
    // In English the status reads English too (issue 11: no Dutch statuses in the English mode).
    expect(statusText(r, { ...calendar, autoApprovalOn: 'approved automatically on {date}' }, 'en-GB')).toBe('Submitted · approved automatically on 30 Nov 2026');
  });
  it('names the day of cancellation of an incomplete dossier', () => {
    const r = node({ status: 'INCOMPLETE', effectiveStatus: 'INCOMPLETE', cancellationOn: '2026-12-19', validFrom: null, validTo: null });
    expect(statusText(r, calendar, 'nl-BE')).toBe('Dossier onvolledig · geannuleerd op 19-12-2026');
  });
  it('marks a derived status "volgens de kalender", naming the exported one, also in the export', () => {
    const labels = { title: 'E', applicationId: 'A', submittedOn: 'S', establishment: 'V', municipality: 'G', training: 'O', status: 'Status', validity: 'G', alsoValidFor: '{training}', calendar };
    const model = recognitionTable(
      [
        node({ id: 'old', status: 'APPROVED', effectiveStatus: 'EXPIRED', statusSource: 'CALENDAR' }),
        node({ id: 'auto', status: 'IN_REVIEW', effectiveStatus: 'APPROVED', statusSource: 'CALENDAR', autoApprovalOn: '2026-11-24' }),
        node({ id: 'ok' }),
      ],
      labels,
      'nl-BE',
    );
    expect(model.rows.map((r) => [r.cells.status, r.notes?.status?.text ?? null])).toEqual([
      ['Afgelopen', 'volgens de kalender'],
      ['Goedgekeurd · automatisch goedgekeurd op 24-11-2026', 'volgens de kalender'],
      ['Goedgekeurd', null],
    ]);
    expect(model.rows[0]!.notes?.status?.title).toBe('Afgeleid uit de datums, zoals ze vandaag staan; de export vermeldt nog “Goedgekeurd”.');
    expect(exportRows(model).map((row) => row[5])).toEqual(['Status', 'Afgelopen (volgens de kalender)', 'Goedgekeurd · automatisch goedgekeurd op 24-11-2026 (volgens de kalender)', 'Goedgekeurd']);
  });
});
