import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/table';
import { auditTable, formatInstant, pageRange, summariseDetail } from './audit-mapper';

describe('summariseDetail', () => {
  it('reads an import row: lists shortened, counts per file summed per kind', () => {
    const detail = JSON.stringify({
      source: 'UPLOAD',
      files: ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'],
      durationMs: 1200,
      // 2 + 1 inserted, 0 + 4 updated.
      counts: { a: { inserted: 2, updated: 0 }, b: { inserted: 1, updated: 4 } },
      errorCount: null,
    });
    // errorCount null is left out; 5 files show 3 and "+2".
    expect(summariseDetail(detail)).toBe('source: UPLOAD · files: a.csv, b.csv, c.csv (+2) · durationMs: 1200 · counts: inserted 3, updated 4');
  });

  it('keeps free text and empty details as they are, and caps a long one', () => {
    expect(summariseDetail('MENTOR_REMINDERS 12 rows')).toBe('MENTOR_REMINDERS 12 rows');
    expect(summariseDetail(null)).toBe('');
    const long = summariseDetail('x'.repeat(500));
    expect([long.length, long.endsWith('…')]).toEqual([240, true]);
  });
});

describe('audit CSV', () => {
  it('writes every row with the stored detail and a neutralised formula', () => {
    const model = auditTable(
      [
        { id: '2', at: '2026-11-29T13:32:00.000Z', userEmail: 'a@x.test', action: 'login', entity: 'users', detail: '{"email":"a@x.test"}' },
        { id: '1', at: '2026-11-28T08:00:00.000Z', userEmail: null, action: 'login_failed', entity: 'users', detail: '=cmd' },
      ],
      { title: 'Auditlogboek', when: 'Wanneer', who: 'Wie', action: 'Handeling', entity: 'Gegevens', detail: 'Details' },
    );
    const lines = toCsv(model).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("'=cmd");
    expect(lines[1]).toContain('2026-11-29T13:32:00.000Z');
  });
});

describe('formatInstant and pageRange', () => {
  it('shows the Brussels day as dd-mm-yyyy and the time', () => {
    // 23:30 UTC on 28 Nov is 00:30 on 29 Nov in Brussels (CET, UTC+1).
    expect(formatInstant('2026-11-28T23:30:00.000Z', 'nl-BE')).toBe('29-11-2026 00:30');
  });
  it('counts 1–50, 51–75 and an empty page', () => {
    expect([pageRange(0, 50), pageRange(50, 25), pageRange(0, 0)]).toEqual([{ from: 1, to: 50 }, { from: 51, to: 75 }, { from: 0, to: 0 }]);
  });
});
