import { REJECTION_REASON_LABELS } from '@duaal/shared';
import { count, percent, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { transitionSource } from '../sources.js';

// K5 — applications (no duplicates) whose transition to APPROVED / REJECTED falls in the school year.
const notDuplicate = "r.kind <> 'DUPLICATE'";
export const approvals = transitionSource(['APPROVED'], notDuplicate);
export const rejections = transitionSource(['REJECTED'], notDuplicate);
export const decisions = transitionSource(['APPROVED', 'REJECTED'], notDuplicate);

const approved = count({ id: 'approved', nameNl: 'Goedgekeurd', nameEn: 'Approved' }, approvals, 'r.id');
const rejected = count({ id: 'rejected', nameNl: 'Afgekeurd', nameEn: 'Rejected' }, rejections, 'r.id');
export const decisionsMeasure = count({ id: 'decisions', nameNl: 'Beslissingen', nameEn: 'Decisions' }, decisions, 'r.id');

export const K5: KpiDefinition<'K5'> = {
  id: 'K5',
  nameNl: 'Beslissingen over erkenningsaanvragen',
  nameEn: 'Decisions on applications',
  unit: 'COUNT',
  definitionNl:
    'Aanvragen (zonder duplicaten) waarvan de statusovergang naar goedgekeurd of afgekeurd in het schooljaar valt; goedgekeurd na onderzoek of automatisch (na 14 dagen). Goedkeuringsgraad = goedgekeurd / (goedgekeurd + afgekeurd), in procent.',
  definitionEn:
    'Applications (duplicates excluded) whose transition to approved or rejected falls in the school year; approved after investigation or automatically (after 14 days). Approval rate = approved / (approved + rejected), in percent.',
  footnotes: [{ nl: 'Duplicaten tellen mee in K1 maar niet in de beslissingen.', en: 'Duplicates count in K1 but not in the decisions.' }],
  measures: [
    approved,
    count({ id: 'approvedInvestigated', nameNl: 'Goedgekeurd na onderzoek', nameEn: 'Approved after investigation' }, approvals, 'r.id', {
      where: 'r.automatic_approval = 0',
    }),
    count({ id: 'approvedAutomatic', nameNl: 'Automatisch goedgekeurd', nameEn: 'Approved automatically' }, approvals, 'r.id', {
      where: 'r.automatic_approval = 1',
    }),
    rejected,
    percent({ id: 'approvalRate', nameNl: 'Goedkeuringsgraad', nameEn: 'Approval rate' }, approved, decisionsMeasure),
    decisionsMeasure,
  ],
  defaultMeasure: 'approved',
  publishedFigure: { nl: '10.461 goedgekeurd (10.133 + 328 automatisch), 975 afgekeurd, 92 %', en: '10,461 approved (10,133 + 328 automatic), 975 rejected, 92 %' },
};

// K6 — rejection reasons on the rejections of the school year (several per rejection).
const reasonSource = transitionSource(['REJECTED'], notDuplicate, {
  joins: [{ name: 'rr', sql: 'JOIN recognition_rejection_reasons rr ON rr.recognition_id = r.id' }],
  dims: { REASON: { expr: 'rr.reason', joins: ['rr'], labels: REJECTION_REASON_LABELS } },
});

export const K6: KpiDefinition<'K6'> = {
  id: 'K6',
  nameNl: 'Redenen van afkeuring',
  nameEn: 'Rejection reasons',
  unit: 'COUNT',
  definitionNl: 'Afgekeurde aanvragen van het schooljaar (K5) per opgegeven reden; een afkeuring kan meerdere redenen hebben.',
  definitionEn: 'Rejected applications of the school year (K5) by stated reason; a rejection can have several reasons.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL, { nl: 'Het totaal telt de afkeuringen met minstens één reden, elk één keer.', en: 'The total counts the rejections with at least one reason, each once.' }],
  measures: [count({ id: 'reasons', nameNl: 'Afkeuringen per reden', nameEn: 'Rejections by reason' }, reasonSource, 'r.id', { joins: ['rr'] })],
  defaultMeasure: 'reasons',
  publishedFigure: { nl: '688 wegens onvoldoende bedrijfsuitrusting', en: '688 for insufficient company equipment' },
};
