import type { KpiDimension, KpiId } from './kpi-vocabulary.js';

// Why a KPI value has no number, as a code and its parameters. The engine returns these; the web
// writes them in the UI's language from its message catalogue. The Dutch sentence below is only
// for the API's deprecated `note` text field (one release), and the web's Dutch messages equal it.

export const KPI_NOTE_CODES = [
  /** A percentage whose denominator is 0. */
  'ZERO_DENOMINATOR',
  /** No data to compute a value (an average of nothing). */
  'NO_DATA',
  /** A policymaker's person count below the threshold. */
  'SUPPRESSED_COUNT',
  /** A policymaker's percentage computed on a count below the threshold. */
  'SUPPRESSED_RATIO',
  /** The measure cannot be filtered or grouped by the given dimensions. */
  'DIMENSION_NOT_APPLICABLE',
] as const;
export type KpiNoteCode = (typeof KPI_NOTE_CODES)[number];

export interface KpiNoteParams {
  /** SUPPRESSED_COUNT, SUPPRESSED_RATIO: the suppression threshold. */
  threshold?: number | null;
  /** DIMENSION_NOT_APPLICABLE: the KPI, its measure and the dimensions it lacks. */
  kpi?: KpiId | null;
  measure?: string | null;
  dimensions?: readonly KpiDimension[] | null;
}

export interface KpiNote {
  code: KpiNoteCode;
  params: KpiNoteParams;
}

/** Dimension names inside a Dutch note (lower case, as in a sentence). */
export const KPI_DIMENSION_NAMES_NL: Record<KpiDimension, string> = {
  PROVINCE: 'provincie',
  MUNICIPALITY: 'gemeente',
  PARTNERSHIP: 'partnerschap',
  HANDLING_PARTNERSHIP: 'behandelend partnerschap',
  JOINT_COMMITTEE: 'PC-nummer',
  SYSTEM: 'stelsel',
  LEVEL: 'onderwijsniveau',
  TRAINING: 'opleiding',
  PROVIDER: 'opleidingsverstrekker',
  STATUS: 'status',
  REASON: 'reden',
  AGREEMENT_TYPE: 'type overeenkomst',
  MANDATE_TYPE: 'gemachtigde',
  APPLICATION_KIND: 'soort aanvraag',
  SCHOOL_YEAR: 'schooljaar',
};

/** The Dutch sentence of a note (the API's deprecated `note` text). */
export function kpiNoteTextNl(note: KpiNote): string {
  const p = note.params;
  switch (note.code) {
    case 'ZERO_DENOMINATOR':
      return 'Noemer is 0: geen percentage';
    case 'NO_DATA':
      return 'Geen gegevens om een waarde te berekenen';
    case 'SUPPRESSED_COUNT':
      return `Onderdrukt: minder dan ${p.threshold} personen`;
    case 'SUPPRESSED_RATIO':
      return `Onderdrukt: berekend op minder dan ${p.threshold} eenheden`;
    case 'DIMENSION_NOT_APPLICABLE': {
      const names = (p.dimensions ?? []).map((d) => KPI_DIMENSION_NAMES_NL[d]).join(', ');
      return `${p.kpi} (${p.measure}) kan niet gefilterd of opgesplitst worden per ${names}`;
    }
  }
}

/** A text of the KPI catalogue (a footnote, a published figure) in both languages of the UI. */
export interface Bilingual {
  nl: string;
  en: string;
}
