import { MENTOR_REMOVAL_REASON_LABELS } from '@duaal/shared';
import { count, percent, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition, KpiMeasureId } from '../engine/types.js';
import { factSource, firstValidDay, inPeriod, lastValidDay, validInPeriod } from '../sources.js';

// K9 — unique mentors named on a recognition approved and valid on at least one day of the school
// year, on a day it was valid (added on or before that day, removed after it). A mentor counts under
// the partnership of each recognition naming him, once in the total.
// The join order and the total's index are K9's plan (kpis/plans.ts). The two conditions on rm alone follow from the rest; they let a mentor's links be skipped before
// their recognition is looked up.
const mentorsOnValidRecognitions = factSource({
  from: 'recognitions r JOIN recognition_mentors rm ON rm.recognition_id = r.id',
  where: `${validInPeriod()} AND rm.added_on <= @end AND (rm.removed_on IS NULL OR rm.removed_on > @start)
    AND rm.added_on <= ${lastValidDay()} AND (rm.removed_on IS NULL OR rm.removed_on > ${firstValidDay()})`,
  establishmentId: 'r.establishment_id',
  trainingId: 'r.training_id',
});

export const K9: KpiDefinition<'K9'> = {
  id: 'K9',
  nameNl: 'Unieke mentoren',
  nameEn: 'Unique mentors',
  unit: 'COUNT',
  definitionNl: 'Unieke mentoren op een erkenning die minstens één dag van het schooljaar goedgekeurd en geldig was, per partnerschap van die erkenning.',
  definitionEn: 'Unique mentors named on a recognition approved and valid on at least one day of the school year, by that recognition’s partnership.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL, { nl: 'Een mentor op erkenningen van meerdere partnerschappen telt bij elk ervan.', en: 'A mentor on recognitions of several partnerships counts for each of them.' }],
  measures: [
    count({ id: 'mentors', nameNl: 'Unieke mentoren', nameEn: 'Unique mentors', personCount: true }, mentorsOnValidRecognitions, 'rm.mentor_id'),
  ],
  defaultMeasure: 'mentors',
  publishedFigure: { nl: '14.836', en: '14,836' },
};

// K10 — mentors whose training deadline falls in the school year, classified by their status at the
// deadline: completed or exempt on or before it, follow-up stopped on or before it, otherwise not
// completed in time — or still pending while the deadline has not passed (@asOf = today). A status
// without its date (completed, exempt, stopped) is taken as it stands.
const STATUS_AT_DEADLINE = `CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END`;

export const STATUS_AT_DEADLINE_LABELS = {
  COMPLETED: 'Gevolgd',
  EXEMPT: 'Vrijgesteld',
  NOT_COMPLETED: 'Niet tijdig gevolgd',
  FOLLOW_UP_STOPPED: 'Opvolging stopgezet',
  PENDING: 'Op te volgen (termijn nog niet verstreken)',
} as const;

// A mentor reports through the recognition whose approval set the deadline; the follow-up
// partnership is the handling partnership (and the partnership when no recognition is recorded).
const mentorsDue = factSource({
  from: 'mentor_trainings mt',
  where: `mt.status <> 'NOT_APPLICABLE' AND ${inPeriod('mt.deadline')}`,
  recognitionId: 'mt.recognition_id',
  establishmentId: 'r.establishment_id',
  trainingId: 'r.training_id',
  partnershipFallback: 'mt.partnership_id',
  handlingPartnershipId: 'mt.partnership_id',
  dims: { STATUS: { expr: STATUS_AT_DEADLINE, joins: [], labels: STATUS_AT_DEADLINE_LABELS } },
});

const mentorsWith = <I extends KpiMeasureId<'K10'>>(id: I, nameNl: string, nameEn: string, classes: (keyof typeof STATUS_AT_DEADLINE_LABELS)[], not = false) =>
  count({ id, nameNl, nameEn, personCount: true }, mentorsDue, 'mt.mentor_id', {
    where: `${STATUS_AT_DEADLINE} ${not ? 'NOT IN' : 'IN'} (${classes.map((c) => `'${c}'`).join(', ')})`,
  });

const due = count({ id: 'due', nameNl: 'Mentoren met termijn in het schooljaar', nameEn: 'Mentors due', personCount: true }, mentorsDue, 'mt.mentor_id');
const compliant = mentorsWith('compliant', 'Gevolgd of vrijgesteld', 'Completed or exempt', ['COMPLETED', 'EXEMPT']);
const assessed = mentorsWith('assessed', 'Termijn verstreken', 'Deadline passed or settled', ['PENDING'], true);

export const K10: KpiDefinition<'K10'> = {
  id: 'K10',
  nameNl: 'Mentoropleiding: naleving',
  nameEn: 'Mentor-training compliance',
  unit: 'PERCENT',
  definitionNl:
    'Mentoren van wie de termijn voor de mentoropleiding in het schooljaar valt, naar hun status op de termijn: gevolgd, vrijgesteld, niet tijdig gevolgd, opvolging stopgezet. Naleving = (gevolgd + vrijgesteld) / alle mentoren met een verstreken termijn, in procent.',
  definitionEn:
    'Mentors whose training deadline falls in the school year, by status at the deadline: completed, exempt, not completed in time, follow-up stopped. Compliance = (completed + exempt) / all mentors whose deadline has passed, in percent.',
  footnotes: [
    { nl: 'Mentoren van wie de termijn nog niet verstreken is, staan als "op te volgen" en tellen niet mee in de nalevingsgraad.', en: 'Mentors whose deadline has not passed yet are listed as "pending" and do not count in the compliance rate.' },
    { nl: 'Termijn: uiterlijk één jaar na de goedkeuring van de erkenning, 18 maanden voor goedkeuringen tussen 1 september 2019 en 31 maart 2020.', en: 'Deadline: at the latest one year after the recognition’s approval, 18 months for approvals between 1 September 2019 and 31 March 2020.' },
    ROWS_MAY_EXCEED_TOTAL,
  ],
  measures: [
    due,
    compliant,
    percent({ id: 'complianceRate', nameNl: 'Nalevingsgraad', nameEn: 'Compliance rate' }, compliant, assessed),
    mentorsWith('completed', 'Gevolgd', 'Completed', ['COMPLETED']),
    mentorsWith('exempt', 'Vrijgesteld', 'Exempt', ['EXEMPT']),
    mentorsWith('notCompleted', 'Niet tijdig gevolgd', 'Not completed in time', ['NOT_COMPLETED']),
    mentorsWith('followUpStopped', 'Opvolging stopgezet', 'Follow-up stopped', ['FOLLOW_UP_STOPPED']),
    mentorsWith('pending', 'Op te volgen', 'Pending (deadline not passed)', ['PENDING']),
    assessed,
  ],
  defaultMeasure: 'due',
  publishedFigure: { nl: '4.396 mentoren, 64,5 % in orde', en: '4,396 mentors, 64.5 % compliant' },
};

// K11 — unique mentors removed from a recognition in the school year, by reason.
const removals = factSource({
  from: 'recognition_mentors rm JOIN recognitions r ON r.id = rm.recognition_id',
  where: inPeriod('rm.removed_on'),
  establishmentId: 'r.establishment_id',
  trainingId: 'r.training_id',
  dims: { REASON: { expr: 'rm.removal_reason', joins: [], labels: MENTOR_REMOVAL_REASON_LABELS } },
});

export const K11: KpiDefinition<'K11'> = {
  id: 'K11',
  nameNl: 'Geschrapte mentoren',
  nameEn: 'Mentors removed',
  unit: 'COUNT',
  definitionNl: 'Unieke mentoren die in het schooljaar van een erkenning geschrapt werden, per reden.',
  definitionEn: 'Unique mentors removed from a recognition in the school year, by reason.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL],
  measures: [count({ id: 'mentors', nameNl: 'Geschrapte mentoren', nameEn: 'Mentors removed', personCount: true }, removals, 'rm.mentor_id')],
  defaultMeasure: 'mentors',
  publishedFigure: { nl: '1.497', en: '1,497' },
};
