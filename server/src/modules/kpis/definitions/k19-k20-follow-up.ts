import { APPEAL_OUTCOME_LABELS, APPEAL_STATUS_LABELS, FOLLOW_UP_ACTION_TYPE_LABELS } from '@duaal/shared';
import { count, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { factSource, inPeriod } from '../sources.js';

// K19 — follow-up actions performed in the school year, by type (STATUS) and partnership. An action
// on a recognition reports under that recognition's partnership, otherwise under the partnership
// that performed it (also the handling partnership).
const actions = factSource({
  from: 'follow_up_actions fa',
  where: inPeriod('fa.performed_on'),
  recognitionId: 'fa.recognition_id',
  establishmentId: 'fa.establishment_id',
  trainingId: 'r.training_id',
  partnershipFallback: 'fa.partnership_id',
  handlingPartnershipId: 'fa.partnership_id',
  dims: { STATUS: { expr: 'fa.type', joins: [], labels: FOLLOW_UP_ACTION_TYPE_LABELS } },
});

export const K19: KpiDefinition<'K19'> = {
  id: 'K19',
  nameNl: 'Begeleidings- en opvolgingsacties',
  nameEn: 'Follow-up actions',
  unit: 'COUNT',
  definitionNl:
    'Acties (administratief onderzoek, telefonisch contact, plaatsbezoek, virtueel contact) uitgevoerd in het schooljaar, per type en partnerschap; ook het aantal unieke vestigingen met zo’n actie.',
  definitionEn:
    'Actions (administrative check, phone contact, site visit, virtual contact) performed in the school year, by type and partnership; also the unique establishments with such an action.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL, { nl: 'Het jaarrapport telt unieke vestigingen per type actie (maat "establishments").', en: 'The annual report counts distinct establishments per action type (measure "establishments").' }],
  measures: [
    count({ id: 'actions', nameNl: 'Acties', nameEn: 'Actions' }, actions, 'fa.id'),
    count({ id: 'establishments', nameNl: 'Unieke vestigingen met een actie', nameEn: 'Unique establishments with an action' }, actions, 'fa.establishment_id'),
  ],
  defaultMeasure: 'actions',
  publishedFigure: { nl: '1.505 plaatsbezoeken (unieke vestigingen)', en: '1,505 site visits (distinct establishments)' },
};

// K20 — appeals filed in the school year, per handling partnership, by status and outcome (REASON).
const appeals = factSource({
  from: 'appeals ap LEFT JOIN agreements ag ON ag.id = ap.agreement_id',
  where: inPeriod('ap.filed_on'),
  recognitionId: 'COALESCE(ap.recognition_id, ag.recognition_id)',
  establishmentId: 'COALESCE(ag.establishment_id, r.establishment_id)',
  trainingId: 'COALESCE(ag.training_id, r.training_id)',
  partnershipFallback: 'ap.handling_partnership_id',
  handlingPartnershipId: 'ap.handling_partnership_id',
  dims: {
    STATUS: { expr: 'ap.status', joins: [], labels: APPEAL_STATUS_LABELS },
    REASON: { expr: 'ap.outcome', joins: [], labels: APPEAL_OUTCOME_LABELS },
  },
});

export const K20: KpiDefinition<'K20'> = {
  id: 'K20',
  nameNl: 'Beroepen',
  nameEn: 'Appeals',
  unit: 'COUNT',
  definitionNl: 'Beroepen ingediend in het schooljaar, per behandelend partnerschap, status en uitkomst (reden).',
  definitionEn: 'Appeals filed in the school year, per handling partnership, by status and outcome (reason).',
  footnotes: [],
  measures: [count({ id: 'appeals', nameNl: 'Beroepen', nameEn: 'Appeals' }, appeals, 'ap.id')],
  defaultMeasure: 'appeals',
  publishedFigure: { nl: '11', en: '11' },
};
