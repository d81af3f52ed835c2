import { KPI_DIMENSIONS, KPI_NOTE_CODES, kpiNoteTextNl, type KpiNote } from '@duaal/shared';
import { describe, expect, it } from 'vitest';
import { keyLabel } from '../i18n/enum-labels';
import { en, nl } from '../i18n/messages';
import { kpiNoteText } from './kpi-notes';

// Issue 13 item 5: the API gives a KPI note as a code + parameters; the web words it in Dutch and
// English from its message catalogue, and the English mode holds no Dutch.

/** Dutch words that must not appear in an English note (whole words, case-insensitive). */
const DUTCH_WORDS = ['niet', 'onderdrukt', 'schooljaar', 'erkenning', 'noemer', 'geen', 'gegevens', 'minder', 'dan', 'personen', 'eenheden', 'per', 'opleiding', 'provincie', 'gemeente', 'reden', 'stelsel', 'berekend', 'kan', 'worden'];
const dutchIn = (text: string) => DUTCH_WORDS.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text));

// One note of every code, with every parameter its message uses.
const EXAMPLES: Record<(typeof KPI_NOTE_CODES)[number], KpiNote> = {
  ZERO_DENOMINATOR: { code: 'ZERO_DENOMINATOR', params: {} },
  NO_DATA: { code: 'NO_DATA', params: {} },
  SUPPRESSED_COUNT: { code: 'SUPPRESSED_COUNT', params: { threshold: 5 } },
  SUPPRESSED_RATIO: { code: 'SUPPRESSED_RATIO', params: { threshold: 5 } },
  DIMENSION_NOT_APPLICABLE: { code: 'DIMENSION_NOT_APPLICABLE', params: { kpi: 'K1', measure: 'recognitions', dimensions: ['PROVIDER', 'SCHOOL_YEAR'] } },
};

describe('KPI note messages', () => {
  it('has a Dutch and an English message for every note code, with no Dutch word in the English', () => {
    for (const code of KPI_NOTE_CODES) {
      expect(nl.kpiNotes[code], code).toMatch(/\S/);
      expect(en.kpiNotes[code], code).toMatch(/\S/);
      expect(dutchIn(en.kpiNotes[code]), code).toEqual([]);
      expect(dutchIn(kpiNoteText(EXAMPLES[code], en)), code).toEqual([]);
    }
    for (const d of KPI_DIMENSIONS) expect(dutchIn(en.kpiNotes.dimensionNames[d]), d).toEqual([]);
  });

  it('the word list catches Dutch (the check above could fail)', () => {
    expect(dutchIn(nl.kpiNotes.SUPPRESSED_COUNT)).toEqual(['onderdrukt', 'minder', 'dan', 'personen']);
    expect(dutchIn(nl.kpiNotes.dimensionNames.SCHOOL_YEAR)).toEqual(['schooljaar']);
  });

  it('writes the Dutch exactly as the API’s deprecated note text, for every code', () => {
    for (const code of KPI_NOTE_CODES) expect(kpiNoteText(EXAMPLES[code], nl), code).toBe(kpiNoteTextNl(EXAMPLES[code]));
  });

  it('fills in the parameters in both languages', () => {
    // Threshold 5 from the note's params; the dimensions named in the UI's language, in order.
    expect(kpiNoteText(EXAMPLES.SUPPRESSED_COUNT, nl)).toBe('Onderdrukt: minder dan 5 personen');
    expect(kpiNoteText(EXAMPLES.SUPPRESSED_COUNT, en)).toBe('Suppressed: fewer than 5 persons');
    expect(kpiNoteText({ code: 'SUPPRESSED_RATIO', params: { threshold: 10 } }, en)).toBe('Suppressed: computed on fewer than 10 units');
    expect(kpiNoteText(EXAMPLES.DIMENSION_NOT_APPLICABLE, nl)).toBe(
      'K1 (recognitions) kan niet gefilterd of opgesplitst worden per opleidingsverstrekker, schooljaar',
    );
    expect(kpiNoteText(EXAMPLES.DIMENSION_NOT_APPLICABLE, en)).toBe('K1 (recognitions) cannot be filtered or broken down by training provider, school year');
    expect(kpiNoteText(EXAMPLES.ZERO_DENOMINATOR, en)).toBe('Denominator is 0: no percentage');
  });
});

describe('the NONE group of a KPI breakdown', () => {
  it('is labelled in English per dimension, and keeps the API’s Dutch label in Dutch', () => {
    const key = (dimension: string, label: string) => ({ dimension, id: 'NONE', label });
    expect(keyLabel(key('JOINT_COMMITTEE', 'Zonder PC-nummer'), 'en')).toBe('Without joint committee');
    expect(keyLabel(key('PARTNERSHIP', 'Onbekend (geen erkenning)'), 'en')).toBe('Unknown (no recognition)');
    expect(keyLabel(key('MUNICIPALITY', 'Onbekend'), 'en')).toBe('Unknown');
    expect(keyLabel(key('PARTNERSHIP', 'Onbekend (geen erkenning)'), 'nl')).toBe('Onbekend (geen erkenning)');
    // MANDATE_TYPE has a value NONE of its own: its list's label wins.
    expect(keyLabel(key('MANDATE_TYPE', 'Geen machtiging'), 'en')).toBe('No mandate');
  });
});
