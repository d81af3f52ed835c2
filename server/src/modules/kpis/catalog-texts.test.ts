import { describe, expect, it } from 'vitest';
import { KPI_CATALOG } from './catalog.js';

// Issue 13 item 5: every text of the KPI catalogue that the dashboard shows (name, definition,
// footnotes, the published figure) exists in Dutch and in English, so the English UI is English.

/** Dutch words that give away an untranslated text (whole words, case-insensitive). */
const DUTCH_WORDS = ['niet', 'onderdrukt', 'schooljaar', 'erkenning', 'erkenningen', 'het', 'een', 'tellen', 'telt', 'wordt', 'partnerschap', 'vestigingen', 'ondernemingen', 'opleiding', 'totaal', 'afgekeurd', 'goedgekeurd', 'secundair'];
const dutchIn = (text: string) => DUTCH_WORDS.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text));

describe('KPI catalogue texts in both languages', () => {
  it('the word list catches Dutch (so the checks below could fail)', () => {
    expect(dutchIn(KPI_CATALOG[0]!.footnotes[0]!.nl)).toContain('het');
  });

  it('gives every KPI its name, definition, footnotes and published figure in Dutch and English', () => {
    for (const kpi of KPI_CATALOG) {
      const texts = [
        { nl: kpi.nameNl, en: kpi.nameEn },
        { nl: kpi.definitionNl, en: kpi.definitionEn },
        ...kpi.footnotes,
        ...(kpi.publishedFigure ? [kpi.publishedFigure] : []),
      ];
      for (const [i, text] of texts.entries()) {
        const where = `${kpi.id} text ${i}`;
        expect(text.nl.trim(), where).not.toBe('');
        expect(text.en.trim(), where).not.toBe('');
        expect(dutchIn(text.en), `${where}: ${text.en}`).toEqual([]);
      }
      // A footnote's English is a translation, not the Dutch copied.
      for (const f of kpi.footnotes) expect(f.en, kpi.id).not.toBe(f.nl);
    }
  });

  it('writes the published figures with the number notation of each language', () => {
    // K1's report figure: 44.545 in Dutch is 44,545 in English.
    const k1 = KPI_CATALOG.find((k) => k.id === 'K1')!;
    expect(k1.publishedFigure?.nl).toContain('44.545');
    expect(k1.publishedFigure?.en).toContain('44,545');
  });
});
