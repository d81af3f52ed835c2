import { describe, expect, it } from 'vitest';
import { reportSheets, sectionSentences, type ReportDoc, type ReportDocCell } from './report-document.js';

const cell = (value: number | null, previousValue: number | null, status: ReportDocCell['status'] = 'OK', published: number | null = null): ReportDocCell => ({
  value,
  status,
  previousValue,
  previousStatus: previousValue === null ? null : 'OK',
  published,
});

// One table (Tabel 12) with a total row: 12,412 = 10,812 new + 1,600 renewals in Y, 11,900 in P.
const doc: ReportDoc = {
  schoolYear: '2022-2023',
  previousYear: '2021-2022',
  dataDate: '2026-11-29',
  tables: [
    {
      number: '12',
      key: 'applicationsByPartnership',
      section: 'applications',
      sectionTitleNl: 'Erkenningsaanvragen',
      sectionTitleEn: 'Applications',
      titleNl: 'Erkenningsaanvragen',
      titleEn: 'Applications',
      footnotesNl: ['Eerste voetnoot.'],
      footnotesEn: ['First footnote.'],
      definitionsNl: ['K3 Ingediende aanvragen: …'],
      definitionsEn: ['K3 Applications: …'],
      yearsAsColumns: false,
      columns: [
        { key: 'new', labelNl: 'Nieuw', labelEn: 'New', schoolYear: '2022-2023' },
        { key: 'renewal', labelNl: 'Hernieuwing', labelEn: 'Renewal', schoolYear: '2022-2023' },
        { key: 'total', labelNl: 'Totaal', labelEn: 'Total', schoolYear: '2022-2023' },
      ],
      rows: [
        { id: 'BOUW', label: 'Bouw', labelEn: null, isTotal: false, cells: [cell(3, null, 'SUPPRESSED'), cell(0, 0), cell(3, 1)] },
        { id: null, label: 'Totaal (uniek)', labelEn: 'Total (unique)', isTotal: true, cells: [cell(10812, 10000, 'OK', 10812), cell(1600, 1900), cell(12412, 11900, 'OK', 12412)] },
      ],
    },
  ],
};

describe('report document', () => {
  it('writes the sentence with figures and the change against the previous year', () => {
    // (12,412 − 11,900) / 11,900 = +4.30 % → "+4,3 %".
    expect(sectionSentences(doc, 'applications', 'nl')[0]).toBe(
      'In 2022-2023 werden 12.412 aanvragen ingediend, 10.812 nieuwe en 1.600 hernieuwingen (+4,3 % tegenover 2021-2022).',
    );
    expect(sectionSentences(doc, 'applications', 'en')[0]).toBe(
      'In 2022-2023, 12,412 applications were submitted, 10,812 new ones and 1,600 renewals (+4.3 % against 2021-2022).',
    );
  });

  it('lays out a sheet: caption, years, header, rows (suppressed as •), footnotes', () => {
    const [sheet] = reportSheets(doc, 'nl', { withPublished: false });
    expect(sheet!.name).toBe('T12 Erkenningsaanvragen');
    expect(sheet!.rows[0]).toEqual(['Tabel 12: Erkenningsaanvragen']);
    expect(sheet!.rows[3]).toEqual(['', 'Nieuw 2022-2023', 'Nieuw 2021-2022', 'Hernieuwing 2022-2023', 'Hernieuwing 2021-2022', 'Totaal 2022-2023', 'Totaal 2021-2022']);
    expect(sheet!.rows[4]).toEqual(['Bouw', '•', '–', 0, 0, 3, 1]);
    expect(sheet!.rows[7]).toEqual(['1. Eerste voetnoot.']);
    // With the published figures: published and difference after each column (10,812 − 10,812 = 0).
    const [withPublished] = reportSheets(doc, 'nl');
    expect(withPublished!.rows[5]!.slice(0, 5)).toEqual(['Totaal (uniek)', 10812, 10000, 10812, 0]);
  });
});
