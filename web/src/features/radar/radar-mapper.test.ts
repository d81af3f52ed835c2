import { describe, expect, it } from 'vitest';
import { prospectTable } from './prospect-mapper';
import { radarColumns, topRowsBy } from './radar-mapper';

describe('radar', () => {
  it('keeps the trainings with most supply and demand for the chart', () => {
    const rows = [
      { id: 'a', label: 'A', enrolments: 5, recognisedEstablishments: 1 },
      { id: 'b', label: 'B', enrolments: 50, recognisedEstablishments: 0 },
      { id: 'c', label: 'C', enrolments: null, recognisedEstablishments: 7 },
    ];
    expect(topRowsBy(rows, ['enrolments', 'recognisedEstablishments'], 2).map((r) => r.id)).toEqual(['b', 'c']);
  });
  it('has a column per K17 measure', () => {
    const labels = { recognisedEstablishments: 'E', runningAgreements: 'R', enrolments: 'I', unusedCapacity: 'O', shortage: 'T' };
    expect(radarColumns(labels).map((c) => c.key)).toEqual(['recognisedEstablishments', 'runningAgreements', 'enrolments', 'unusedCapacity', 'shortage']);
  });
  it('formats prospects with their KBO number and municipalities', () => {
    const table = prospectTable(
      [
        {
          id: 'e1',
          name: 'Bakkerij Janssens',
          kboNumber: '0123456749',
          jointCommitteeCodes: ['118', '119'],
          establishments: {
            edges: [
              { node: { establishmentNumber: '2123456789', municipality: { nameNl: 'Gent' } } },
              { node: { establishmentNumber: '2123456790', municipality: { nameNl: 'Gent' } } },
            ],
          },
        },
      ],
      { title: 'P', enterprise: 'O', kbo: 'KBO', jointCommittees: 'PC', establishment: 'V', municipality: 'G' },
    );
    expect(table.rows[0]!.cells).toEqual({
      name: 'Bakkerij Janssens',
      kbo: '0123.456.749',
      pc: '118, 119',
      establishment: '2123456789, 2123456790',
      municipality: 'Gent',
    });
  });
});
