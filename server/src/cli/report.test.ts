import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { ANNUAL_REPORT_TABLES } from '@duaal/shared';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../testing/test-db.js';
import { buildKpiFixture } from '../testing/index.js';
import { writeReportWorkbook } from './report.js';

// `npm run report` on the hand-made KPI world: one sheet per table, in the report's order, with the
// figures derived by hand in modules/report/report.test.ts.

describe('npm run report', () => {
  it('writes one sheet per table with its rows, footnotes and the published figures beside ours', async () => {
    const db = createTestDb();
    buildKpiFixture(db);
    const file = db.sqlite.name;
    db.sqlite.close();
    const out = join(mkdtempSync(join(tmpdir(), 'duaal-report-')), 'report.xlsx');
    const tables = await writeReportWorkbook({ file, schoolYear: '2022-2023', out, lang: 'nl', policymaker: false, today: '2024-01-15', threshold: 5 });
    expect(tables).toBe(ANNUAL_REPORT_TABLES.length);

    const sheets = await readXlsxFile(readFileSync(out));
    expect(sheets.map((s) => s.sheet)).toHaveLength(ANNUAL_REPORT_TABLES.length);
    expect(sheets.map((s) => String(s.sheet).split(' ')[0])).toEqual(ANNUAL_REPORT_TABLES.map((t) => `T${t.number}`));
    const t12 = sheets[1]!.data;
    expect(t12[0]![0]).toMatch(/^Tabel 12: Erkenningsaanvragen/);
    // Header: label, then per column this year, last year, published, difference.
    expect(t12[3]).toEqual([null, 'Nieuw 2022-2023', 'Nieuw 2021-2022', 'Nieuw gepubliceerd', 'Nieuw verschil', 'Hernieuwing 2022-2023', 'Hernieuwing 2021-2022', 'Hernieuwing gepubliceerd', 'Hernieuwing verschil', 'Totaal 2022-2023', 'Totaal 2021-2022', 'Totaal gepubliceerd', 'Totaal verschil']);
    // LOKALE_BESTUREN: R8, R9, R10 new in Y, none in P.
    const lokale = t12.find((r) => r[0] === 'Lokale besturen')!;
    expect(lokale.slice(1, 3)).toEqual([3, 0]);
    // Total: 5 new in Y (2 in P) beside the printed 10,812; difference 5 − 10,812.
    const total = t12.find((r) => r[0] === 'Totaal (uniek)')!;
    expect(total.slice(1, 5)).toEqual([5, 2, 10812, 5 - 10812]);
    // Footnotes under the table, numbered.
    expect(t12.some((r) => typeof r[0] === 'string' && r[0].startsWith('1. Aanvragen met indieningsdatum'))).toBe(true);
  });

  it('keeps small person counts suppressed with --policymaker', async () => {
    const db = createTestDb();
    buildKpiFixture(db);
    const file = db.sqlite.name;
    db.sqlite.close();
    const out = join(mkdtempSync(join(tmpdir(), 'duaal-report-')), 'report.xlsx');
    await writeReportWorkbook({ file, schoolYear: '2022-2023', out, lang: 'nl', policymaker: true, today: '2024-01-15', threshold: 5 });
    const sheets = await readXlsxFile(readFileSync(out));
    const t18 = sheets.find((s) => String(s.sheet).startsWith('T18 '))!.data;
    // HORECA: 4 mentors in Y, 3 in P — both below 5: the suppression symbol; total 9 → 10.
    expect(t18.find((r) => r[0] === 'Horeca')!.slice(1, 3)).toEqual(['•', '•']);
    expect(t18.find((r) => r[0] === 'Totaal aantal unieke mentoren')![1]).toBe(10);
  });
});
