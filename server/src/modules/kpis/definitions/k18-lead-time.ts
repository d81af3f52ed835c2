import { count, medianDays, percent } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { approvals, decisions, decisionsMeasure } from './k05-k06-decisions.js';

// K18 — lead time of the decisions of K5: calendar days from submission to the transition to
// approved / rejected. "Decided within 14 days" means decided by the partnership: an automatic
// approval is the absence of a decision in time and does not count as such.
const DAYS = 'CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER)';

export const K18: KpiDefinition<'K18'> = {
  id: 'K18',
  nameNl: 'Doorlooptijd van aanvragen',
  nameEn: 'Lead time of applications',
  unit: 'DAYS',
  definitionNl:
    'Voor de beslissingen van het schooljaar (K5): mediaan aantal kalenderdagen van indiening tot beslissing, aandeel door het partnerschap beslist binnen 14 dagen (automatische goedkeuringen niet meegerekend als tijdig beslist), en het aantal automatische goedkeuringen.',
  definitionEn:
    'For the decisions of the school year (K5): median calendar days from submission to decision, share decided by the partnership within 14 days (automatic approvals do not count as decided in time), and the number of automatic approvals.',
  footnotes: [],
  measures: [
    medianDays({ id: 'medianDays', nameNl: 'Mediane doorlooptijd (dagen)', nameEn: 'Median lead time (days)' }, decisions, 'r.id', DAYS),
    percent(
      { id: 'decidedWithin14DaysShare', nameNl: 'Aandeel beslist binnen 14 dagen', nameEn: 'Share decided within 14 days' },
      count({ id: 'decidedWithin14Days', nameNl: 'Beslist binnen 14 dagen', nameEn: 'Decided within 14 days' }, decisions, 'r.id', {
        where: `${DAYS} <= 14 AND NOT (ev.status = 'APPROVED' AND r.automatic_approval = 1)`,
      }),
      decisionsMeasure,
    ),
    count({ id: 'automaticApprovals', nameNl: 'Automatische goedkeuringen', nameEn: 'Automatic approvals' }, approvals, 'r.id', {
      where: 'r.automatic_approval = 1',
    }),
  ],
  defaultMeasure: 'medianDays',
  publishedFigure: null,
};
