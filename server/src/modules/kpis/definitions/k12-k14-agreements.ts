import { AGREEMENT_STATUS_LABELS, TERMINATION_REASON_LABELS, type Bilingual } from '@duaal/shared';
import { count } from '../engine/define.js';
import type { DimensionExpr, FactDimension, KpiDefinition } from '../engine/types.js';
import { agreementStatusSql } from '../calendar-status.js';
import { factSource, inPeriod, runsInPeriod } from '../sources.js';

/** Agreements (alias a) report through the recognition they run on (agreements.recognition_id). */
export function agreementSource(where: string, dims: Partial<Record<FactDimension, DimensionExpr>> = {}) {
  return factSource({
    from: 'agreements a',
    rowKey: 'a.id',
    where,
    recognitionId: 'a.recognition_id',
    establishmentId: 'a.establishment_id',
    trainingId: 'a.training_id',
    joins: [{ name: 'pv', sql: 'LEFT JOIN training_providers pv ON pv.id = a.provider_id', toOne: true }],
    dims: {
      PROVIDER: { expr: 'pv.code', joins: ['pv'] },
      AGREEMENT_TYPE: { expr: 'a.type', joins: [] },
      // The effective status as of today (calendar-status.ts), as the agreement list filters it.
      STATUS: { expr: agreementStatusSql('a'), joins: [], labels: AGREEMENT_STATUS_LABELS },
      ...dims,
    },
  });
}

const NO_RECOGNITION_NOTE: Bilingual = {
  nl: 'Een overeenkomst telt bij het partnerschap van de erkenning waarop ze loopt; zonder gekoppelde erkenning staat ze onder "Onbekend".',
  en: 'An agreement counts for the partnership of the recognition it runs on; without a linked recognition it is listed under "Unknown".',
};

// K12 — agreements with a start date in the school year (cancelled agreements never started).
const started = agreementSource(`a.status <> 'CANCELLED' AND ${inPeriod('a.start_on')}`);

export const K12: KpiDefinition<'K12'> = {
  id: 'K12',
  nameNl: 'Gestarte overeenkomsten',
  nameEn: 'Agreements started',
  unit: 'COUNT',
  definitionNl: 'Overeenkomsten (niet geannuleerd) met een startdatum in het schooljaar, per stelsel en onderwijsniveau.',
  definitionEn: 'Agreements (not cancelled) with a start date in the school year, by system and level.',
  footnotes: [NO_RECOGNITION_NOTE],
  measures: [count({ id: 'agreements', nameNl: 'Gestarte overeenkomsten', nameEn: 'Agreements started', personCount: true }, started, 'a.id')],
  defaultMeasure: 'agreements',
  publishedFigure: { nl: 'duaal SO 3.801; Leren en Werken 2.908; volwassenenonderwijs 64', en: 'dual secondary 3,801; Learning and Working 2,908; adult education 64' },
};

// K13 — agreements running on at least one day of the school year.
export const runningAgreements = agreementSource(runsInPeriod());

export const K13: KpiDefinition<'K13'> = {
  id: 'K13',
  nameNl: 'Lopende overeenkomsten',
  nameEn: 'Agreements running',
  unit: 'COUNT',
  definitionNl:
    'Overeenkomsten die minstens één dag van het schooljaar liepen: niet geannuleerd, gestart op of voor die dag en die dag niet na de werkelijke einddatum (of de geplande, zolang er geen werkelijke is).',
  definitionEn:
    'Agreements running on at least one day of the school year: not cancelled, started on or before that day, and that day not after the actual end (or the planned end while there is none).',
  footnotes: [NO_RECOGNITION_NOTE],
  measures: [
    count({ id: 'agreements', nameNl: 'Lopende overeenkomsten', nameEn: 'Agreements running', personCount: true }, runningAgreements, 'a.id'),
  ],
  defaultMeasure: 'agreements',
  publishedFigure: { nl: '7.720', en: '7,720' },
};

// K14 — early terminations: end date in the school year with status TERMINATED_EARLY.
const terminations = agreementSource(`a.status = 'TERMINATED_EARLY' AND ${inPeriod('a.actual_end_on')}`, {
  REASON: { expr: 'a.termination_reason', joins: [], labels: TERMINATION_REASON_LABELS },
});

export const K14: KpiDefinition<'K14'> = {
  id: 'K14',
  nameNl: 'Vroegtijdige beëindigingen',
  nameEn: 'Early terminations',
  unit: 'COUNT',
  definitionNl: 'Overeenkomsten met status vroegtijdig beëindigd en een einddatum in het schooljaar, per reden en stelsel.',
  definitionEn: 'Agreements with status terminated early and an end date in the school year, by reason and system.',
  footnotes: [NO_RECOGNITION_NOTE],
  measures: [
    count({ id: 'terminations', nameNl: 'Vroegtijdige beëindigingen', nameEn: 'Early terminations', personCount: true }, terminations, 'a.id'),
  ],
  defaultMeasure: 'terminations',
  publishedFigure: { nl: '2.357 (duaal 1.088 / Leren en Werken 1.269)', en: '2,357 (dual 1,088 / Learning and Working 1,269)' },
};
