import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { nl } from '../i18n/messages';
import { buildExportHeader, filtersInWords } from './export-header';
import { formatFigure } from './format';
import { exportTable, roundAsShown, toCsvDocument, type TableModel } from './table';
import { xlsxBlob } from './xlsx';

// Issue 11, "exports a user can hand on": the CSV opens in a Dutch spreadsheet (";" separates
// cells, "," is the decimal mark) with the numbers on screen; the XLSX holds real numbers and
// dates; both say what they hold.

const model: TableModel = {
  title: 'Naleving mentoropleiding per partnerschap',
  columns: [
    { key: 'label', label: 'Partnerschap' },
    { key: 'due', label: 'Te volgen', unit: 'COUNT' },
    { key: 'rate', label: 'Naleving', unit: 'PERCENT' },
    { key: 'since', label: 'Sinds', date: true },
  ],
  rows: [
    { id: 'BOUW', cells: { label: 'Bouw', due: { value: 1234, status: 'OK' }, rate: { value: 32.98647242455775, status: 'OK' }, since: '2021-09-01' } },
    { id: 'HORECA', cells: { label: 'Horeca', due: { value: 3, status: 'SUPPRESSED' }, rate: { value: null, status: 'SUPPRESSED' }, since: '2023-02-15' } },
    { id: 'ZORG', cells: { label: 'Zorg', due: { value: 0, status: 'OK' }, rate: { value: null, status: 'NOT_APPLICABLE' }, since: '2024-09-01' } },
  ],
  total: { id: 'total', cells: { label: 'Totaal (uniek)', due: { value: 1240, status: 'OK' }, rate: { value: 33.04, status: 'OK' } } },
};

const header = buildExportHeader(
  model,
  {
    filters: filtersInWords({ schoolYear: '2025-2026', province: 'LIMBURG', partnership: 'BOUW' }, { partnership: { BOUW: 'Bouw' } }, nl.filters),
    today: '2026-11-29',
    dataUntil: '2026-11-27',
    loadedAt: '2026-11-28T06:05:00.000Z',
    definition: 'K10 · aandeel mentoren dat tijdig gevolgd is',
  },
  nl,
  'nl-BE',
);

/** Reads a CSV line as a Dutch spreadsheet does: ";" between cells, double quotes around a cell. */
function splitDutch(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) cells.push(cell), (cell = '');
    else cell += c;
  }
  return [...cells, cell];
}
/** A number in Dutch settings: "," decimal mark, "." groups thousands. Text that is not a number stays text. */
const dutchNumber = (cell: string): number | string => (/^-?[\d.]*\d(,\d+)?$/.test(cell) ? Number(cell.replace(/\./g, '').replace(',', '.')) : cell);

describe('CSV in Dutch settings', () => {
  const lines = toCsvDocument(model, header).split('\r\n');
  const blank = lines.indexOf('');
  const head = lines.slice(0, blank).map(splitDutch);
  const [columns, ...rows] = lines.slice(blank + 1).map(splitDutch);

  it('starts with what it holds: title, filters in words, dates, definition, symbols', () => {
    expect(head).toEqual([
      ['Titel', 'Naleving mentoropleiding per partnerschap'],
      ['Filters', 'Schooljaar 2025-2026 · Provincie Limburg · Partnerschap Bouw'],
      ['Gedownload op', '29-11-2026'],
      ['Cijfers tot en met', '27-11-2026'],
      // 06:05 UTC on 28 November is 07:05 in Brussels.
      ['Gegevens geladen op', '28-11-2026 07:05'],
      ['Definitie', 'K10 · aandeel mentoren dat tijdig gevolgd is'],
      ['Tekens', `• = ${nl.suppression.legend}; – = ${nl.suppression.notApplicable}`],
      ['Getallen', nl.exportHeader.numbersNote],
    ]);
  });

  it('parses into the numbers on screen, with the symbols beside them and real days', () => {
    expect(columns).toEqual(['Partnerschap', 'Te volgen', 'Te volgen (teken)', 'Naleving', 'Naleving (teken)', 'Sinds']);
    const parsed = rows.map((r) => r.map(dutchNumber));
    expect(parsed).toEqual([
      // 32.98647… is "33,0 %" on screen: the file holds 33.
      ['Bouw', 1234, '', 33, '', '01-09-2021'],
      ['Horeca', '', '•', '', '•', '15-02-2023'],
      // A real zero is 0; a rate of nobody does not apply ("–" beside an empty cell).
      ['Zorg', 0, '', '', '–', '01-09-2024'],
      ['Totaal (uniek)', 1240, '', 33, '', ''],
    ]);
    // The same numbers as the screen writes them (nl-BE), for the rows that have one.
    const screen = model.rows.map((r) => formatFigure(r.cells.rate as never, 'PERCENT', 'nl-BE'));
    expect(screen).toEqual(['33,0 %', '•', '–']);
    expect(parsed[0]![3]).toBe(Number(screen[0]!.replace(' %', '').replace(',', '.')));
    // No symbol left in a number column.
    for (const r of rows) for (const i of [1, 3]) expect(r[i]).toMatch(/^[\d,]*$/);
  });

  it('rounds as the screen does', () => {
    expect(roundAsShown(32.98647242455775, 'PERCENT')).toBe(33);
    expect(roundAsShown(64.45, 'PERCENT')).toBe(64.5);
    expect(roundAsShown(12.345, 'DAYS')).toBe(12.3);
    expect(roundAsShown(1234, 'COUNT')).toBe(1234);
  });
});

describe('XLSX with real numbers and dates, and an Info sheet', () => {
  it('reads back numbers as numbers, days as dates, and the header lines on "Info"', async () => {
    const blob = await xlsxBlob(exportTable(model, undefined, header.symbolColumn), model.title, header.lines);
    const buffer = Buffer.from(await blob.arrayBuffer());
    const table = await readSheet(buffer, 1);
    expect(table[0]).toEqual(['Partnerschap', 'Te volgen', 'Te volgen (teken)', 'Naleving', 'Naleving (teken)', 'Sinds']);
    expect(table[1]).toEqual(['Bouw', 1234, null, 33, null, new Date('2021-09-01T00:00:00.000Z')]);
    expect(table[3]).toEqual(['Zorg', 0, null, null, '–', new Date('2024-09-01T00:00:00.000Z')]);
    const info = await readSheet(buffer, 'Info');
    expect(info.map((r) => r[0])).toEqual(header.lines.map(([label]) => label));
    expect(info[3]).toEqual(['Cijfers tot en met', '27-11-2026']);
  });
});
