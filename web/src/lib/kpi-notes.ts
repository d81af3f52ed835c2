import type { KpiDimension, KpiNoteCode } from '@duaal/shared';
import type { Messages } from '../i18n/messages';
import { template } from '../i18n/template';

// The API says why a KPI value has no number as a code with parameters (KpiRow.explanation);
// this writes it in the UI's language from the message catalogue (kpiNotes).

export interface KpiNoteLike {
  code: KpiNoteCode;
  params: {
    threshold?: number | null;
    kpi?: string | null;
    measure?: string | null;
    dimensions?: readonly KpiDimension[] | null;
  };
}

/** The sentence of a note, e.g. "Onderdrukt: minder dan 5 personen" / "Suppressed: fewer than 5 persons". */
export function kpiNoteText(note: KpiNoteLike, messages: Pick<Messages, 'kpiNotes'>): string {
  const m = messages.kpiNotes;
  const p = note.params;
  return template(m[note.code], {
    threshold: p.threshold ?? '',
    kpi: p.kpi ?? '',
    measure: p.measure ?? '',
    dimensions: (p.dimensions ?? []).map((d) => m.dimensionNames[d]).join(', '),
  });
}
