import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedReportCells, publishedReportModule } from './published-report.js';

describe('published report cells', () => {
  it('shared/src/annual-report-published.ts is the module generated from seeds/data/published', () => {
    const checkedIn = readFileSync(new URL('../../../shared/src/annual-report-published.ts', import.meta.url), 'utf8');
    expect(checkedIn).toBe(publishedReportModule());
  });

  it('places the printed figures on their cells', () => {
    const c = publishedReportCells();
    // S000 §5.5.1.1: 12,412 applications, 10,812 new and 1,600 renewals.
    expect([c['applicationsByPartnership|*|total|2022-2023'], c['applicationsByPartnership|*|new|2022-2023'], c['applicationsByPartnership|*|renewal|2022-2023']]).toEqual([12412, 10812, 1600]);
    // Tabel 18 prints 14,836 as the total of unique mentors (its rows add up to 15,012).
    expect(c['mentorsByPartnership|*|mentors|2022-2023']).toBe(14836);
    // Tabel 15 prints the sum of its rows: 11,937 enterprises.
    expect(c['recognisedUnits|*|enterprises|2022-2023']).toBe(11937);
    // S003 1a: 9,812 recognised Leren en Werken enterprises in Flanders in 2019-2020.
    expect(c['pqRecognisedByProvince|*|year|2019-2020']).toBe(9812);
  });
});
