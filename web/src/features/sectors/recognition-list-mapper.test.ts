import { describe, expect, it } from 'vitest';
import {
  countsInYear,
  detailFilters,
  formatDetail,
  formatSort,
  nextSort,
  orderBy,
  parseDetail,
  parseSort,
  recognitionFilter,
  recognitionTable,
  validity,
  type RecognitionNode,
} from './recognition-list-mapper';

const node = (over: Partial<RecognitionNode> = {}): RecognitionNode => ({
  id: 'r1',
  applicationId: 'APP-1',
  status: 'APPROVED',
  submittedOn: '2021-05-01',
  approvedOn: '2021-06-01',
  validFrom: '2021-09-01',
  validTo: '2026-08-31',
  endedOn: null,
  establishment: { establishmentNumber: '2.123.456.789', name: 'Peeters werf', municipality: { nameNl: 'Antwerpen' } },
  training: { code: 'T1', nameNl: 'Metselaar' },
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
  it('asks for recognitions ever approved, submitted by the end of the year, with every filter the API knows', () => {
    expect(
      recognitionFilter({ schoolYear: '2024-2025', partnership: 'BOUW', jointCommittee: '124', training: 'T1', province: 'LIMBURG', municipality: '71016', system: 'DUAL', level: 'SECONDARY' }),
    ).toEqual({
      statuses: ['APPROVED', 'EXPIRED', 'REVOKED', 'STOPPED'],
      submittedTo: '2025-08-31',
      handlingPartnerships: ['BOUW'],
      jointCommittees: ['124'],
      trainings: ['T1'],
      provinces: ['LIMBURG'],
      municipalities: ['71016'],
      systems: ['DUAL'],
      levels: ['SECONDARY'],
    });
    expect(recognitionFilter({ schoolYear: '2024-2025' })).toEqual({ statuses: ['APPROVED', 'EXPIRED', 'REVOKED', 'STOPPED'], submittedTo: '2025-08-31' });
  });
});

describe("K1's rule per record", () => {
  const y = '2024-2025';
  it('counts a recognition approved and valid on at least one day of the year', () => {
    expect(countsInYear(node(), y)).toBe(true);
    expect(countsInYear(node({ validFrom: '2025-08-31', validTo: '2030-08-30' }), y)).toBe(true);
    expect(countsInYear(node({ validFrom: '2019-09-02', validTo: '2024-09-01' }), y)).toBe(true);
  });
  it('not one that ended before the year, starts after it, or was never approved', () => {
    expect(countsInYear(node({ validFrom: '2019-09-01', validTo: '2024-08-31' }), y)).toBe(false);
    expect(countsInYear(node({ validFrom: '2025-09-01', validTo: '2030-08-31' }), y)).toBe(false);
    expect(countsInYear(node({ approvedOn: null }), y)).toBe(false);
    expect(countsInYear(node({ validFrom: null }), y)).toBe(false);
  });
  it('a revocation ends validity the day before: revoked on the first day means not valid in the year', () => {
    expect(countsInYear(node({ status: 'REVOKED', endedOn: '2024-09-01' }), y)).toBe(false);
    expect(countsInYear(node({ status: 'REVOKED', endedOn: '2024-09-02' }), y)).toBe(true);
  });
  it('shows the last valid day', () => {
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
    expect(parseSort('municipality-asc')).toBeNull();
    expect(parseSort(null)).toBeNull();
    expect(orderBy({ column: 'submittedOn', dir: 'asc' })).toEqual({ field: 'SUBMITTED_ON', direction: 'ASC' });
    expect(orderBy(null)).toBeUndefined();
  });
});

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
      counts: 'Telt mee in 2024-2025',
      yes: 'Ja',
      no: 'Nee',
    };
    const model = recognitionTable([node(), node({ id: 'r2', status: 'EXPIRED', validFrom: '2018-09-01', validTo: '2023-08-31' })], '2024-2025', labels);
    expect(model.columns.map((c) => c.label)).toEqual(Object.values(labels).slice(1, 9));
    expect(model.rows[0]!.cells).toEqual({
      applicationId: 'APP-1',
      submittedOn: '2021-05-01',
      establishment: 'Peeters werf (2.123.456.789)',
      municipality: 'Antwerpen',
      training: 'Metselaar',
      status: 'Goedgekeurd',
      validity: '2021-09-01 – 2026-08-31',
      counts: 'Ja',
    });
    expect(model.rows[1]!.cells.status).toBe('Afgelopen');
    expect(model.rows[1]!.cells.counts).toBe('Nee');
  });
});
