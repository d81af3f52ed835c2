import { describe, expect, it } from 'vitest';
import { en, nl } from '../../i18n/messages';
import { prospectFilter, prospectTable, reasonText, type ProspectReasonNode } from './prospect-mapper';
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
  it('writes each prospect with its score, its reasons in words and its KBO number', () => {
    const reason = (kind: string, points: number, more: Partial<ProspectReasonNode> = {}): ProspectReasonNode => ({
      kind, points, count: null, schoolYear: null, trainingNames: [], place: null, sizeClass: null, jointCommitteeCodes: [], partnershipName: null, ...more,
    });
    const words = { title: 'P', score: 'S', enterprise: 'O', kbo: 'KBO', jointCommittees: 'PC', municipality: 'G', reasons: 'R', reasonWords: nl.radar.reasons, locale: 'nl-BE' };
    const table = prospectTable(
      [
        {
          enterpriseId: 'e1',
          name: 'Bakkerij Janssens',
          kboNumber: '0123456749',
          jointCommitteeCodes: ['118', '119'],
          municipalities: ['Gent', 'Melle'],
          score: 57,
          reasons: [
            reason('SAME_TRAINING_EARLIER', 40, { schoolYear: '2021-2022' }),
            reason('AGREEMENTS', 12, { count: 2, schoolYear: '2023-2024' }),
            reason('PROVIDER_PROVINCE', 5, { count: 1234, place: 'OOST_VLAANDEREN' }),
            reason('JOINT_COMMITTEE', 0, { jointCommitteeCodes: ['118'], partnershipName: 'Voeding' }),
          ],
        },
      ],
      words,
    );
    // The score stays a number for the export; the reasons read as on screen, joined by " · ";
    // the province code becomes its name, 1234 is written the Dutch way.
    expect(table.rows[0]!.cells).toEqual({
      name: 'Bakkerij Janssens',
      score: { value: 57, status: 'OK' },
      reasons:
        'Eerder erkend voor deze opleiding (tot 2021-2022) · 2 overeenkomsten, laatste in 2023-2024 · Opleidingsverstrekkers met 1.234 lerenden in deze opleiding in Oost-Vlaanderen · PC 118 valt onder Voeding, dat deze opleiding ook erkent',
      municipality: 'Gent, Melle',
      pc: '118, 119',
      kbo: '0123.456.749',
    });
    expect(reasonText(reason('AGREEMENTS', 11, { count: 1, schoolYear: '2020-2021' }), en.radar.reasons, 'en-GB')).toBe('1 agreement, in 2020-2021');
    expect(reasonText(reason('PROVIDER_PROVINCE', 5, { count: 1, place: 'WEST_VLAANDEREN' }), nl.radar.reasons, 'nl-BE')).toBe('Opleidingsverstrekker met 1 lerende in deze opleiding in West-Vlaanderen');
    expect(reasonText(reason('JOINT_COMMITTEE', 0), en.radar.reasons, 'en-GB')).toBe('PC number of a partnership that recognises this training');
  });
  it('sends every filter of the bar, and the partnership only for roles that choose it', () => {
    const filters = { schoolYear: '2024-2025', province: 'WEST_VLAANDEREN', partnership: 'BOUW', jointCommittee: '124', system: 'DUAL', level: 'SECONDARY', training: 'T1' } as const;
    expect(prospectFilter(filters, 'ADMIN')).toEqual({
      trainingCode: 'T1', schoolYear: '2024-2025', provinces: ['WEST_VLAANDEREN'], partnership: 'BOUW', jointCommittees: ['124'], systems: ['DUAL'], levels: ['SECONDARY'],
    });
    expect(prospectFilter(filters, 'SECTOR_STAFF')?.partnership).toBeUndefined();
    expect(prospectFilter({ schoolYear: '2024-2025' }, 'ADMIN')).toBeNull();
  });
});
