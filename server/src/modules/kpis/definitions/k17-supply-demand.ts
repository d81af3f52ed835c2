import { count, ROWS_MAY_EXCEED_TOTAL, sum } from '../engine/define.js';
import type { FactSource, KpiDefinition } from '../engine/types.js';
import { runsInPeriod, validInPeriod } from '../sources.js';
import { validRecognitions } from './k01-k02-recognitions.js';
import { runningAgreements } from './k12-k14-agreements.js';

// K17 — supply vs demand per training × region: recognised establishments (K1), running agreements
// (K13), enrolments on 1 February (demand), recognised sites without a running agreement for that
// training (unused capacity), and enrolments in a province without any recognised site for that
// training in the same province (shortage; "nearby" = same province).
const enrolments: FactSource = {
  from: 'enrolments e',
  where: 'e.school_year IN (SELECT value FROM json_each(@years))',
  joins: [
    { name: 'pv', sql: 'JOIN training_providers pv ON pv.id = e.provider_id' },
    { name: 'mun', sql: 'LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code', needs: ['pv'] },
    { name: 'tr', sql: 'JOIN trainings tr ON tr.id = e.training_id' },
  ],
  dims: {
    PROVINCE: { expr: 'mun.province_code', joins: ['mun'] },
    MUNICIPALITY: { expr: 'pv.municipality_nis_code', joins: ['pv'] },
    SYSTEM: { expr: 'tr.system', joins: ['tr'] },
    LEVEL: { expr: 'tr.level', joins: ['tr'] },
    TRAINING: { expr: 'tr.code', joins: ['tr'] },
    PROVIDER: { expr: 'pv.code', joins: ['pv'] },
  },
};

// tr = the training the recognised site counts under: its own, or the adult training it is also valid for.
// The (establishment, training) pairs with a running agreement are collected once per statement (an
// uncorrelated IN subquery is one indexed set) instead of a search per recognised site. "IS NOT TRUE"
// equals NOT EXISTS even with NULLs (NOT IN would not, and makes SQLite scan the set per row).
const UNUSED = `((r.establishment_id, tr.id) IN (
  SELECT a2.establishment_id, a2.training_id FROM agreements a2 WHERE ${runsInPeriod('a2')})) IS NOT TRUE`;

// An adult training is also matched by secondary recognitions declared valid for it (few adult
// enrolment rows: the unindexed adult_training_id is only searched for those).
const SHORTAGE = `mun.province_code IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM recognitions r2
  JOIN establishments e2 ON e2.id = r2.establishment_id
  JOIN municipalities m2 ON m2.nis_code = e2.municipality_nis_code
  WHERE r2.training_id = e.training_id AND m2.province_code = mun.province_code AND ${validInPeriod('r2')})
  AND (tr.level <> 'ADULT' OR NOT EXISTS (
  SELECT 1 FROM recognitions r3
  JOIN establishments e3 ON e3.id = r3.establishment_id
  JOIN municipalities m3 ON m3.nis_code = e3.municipality_nis_code
  WHERE r3.adult_training_id = e.training_id AND m3.province_code = mun.province_code AND ${validInPeriod('r3')}))`;

export const K17: KpiDefinition<'K17'> = {
  id: 'K17',
  nameNl: 'Aanbod en vraag (radar)',
  nameEn: 'Supply and demand (radar)',
  unit: 'COUNT',
  definitionNl:
    'Per opleiding en regio: erkende vestigingen (K1), lopende overeenkomsten (K13), inschrijvingen op 1 februari, erkende vestigingen zonder lopende overeenkomst voor die opleiding (onbenutte capaciteit) en inschrijvingen in een provincie zonder erkende vestiging voor die opleiding in dezelfde provincie (tekort).',
  definitionEn:
    'Per training and region: recognised establishments (K1), running agreements (K13), enrolments on 1 February, recognised establishments without a running agreement for that training (unused capacity), and enrolments in a province without a recognised establishment for that training in the same province (shortage).',
  footnotes: [
    ROWS_MAY_EXCEED_TOTAL,
    { nl: 'Inschrijvingen en tekort tellen lerenden en volgen de gemeente van de opleidingsverstrekker; ze kunnen niet per partnerschap of PC-nummer.', en: 'Enrolments and shortage count learners and follow the training provider’s municipality; they cannot be split by partnership or joint committee.' },
  ],
  measures: [
    count({ id: 'recognisedEstablishments', nameNl: 'Erkende vestigingen', nameEn: 'Recognised establishments' }, validRecognitions, 'r.establishment_id'),
    count({ id: 'runningAgreements', nameNl: 'Lopende overeenkomsten', nameEn: 'Running agreements', personCount: true }, runningAgreements, 'a.id'),
    sum({ id: 'enrolments', nameNl: 'Inschrijvingen', nameEn: 'Enrolments', personCount: true }, enrolments, 'e.id', 'e.learners'),
    count({ id: 'unusedCapacity', nameNl: 'Onbenutte capaciteit', nameEn: 'Unused capacity' }, validRecognitions, 'r.establishment_id', { where: UNUSED, joins: ['tr'] }),
    sum({ id: 'shortage', nameNl: 'Tekort', nameEn: 'Shortage', personCount: true }, enrolments, 'e.id', 'e.learners', { where: SHORTAGE, joins: ['mun', 'tr'] }),
  ],
  defaultMeasure: 'recognisedEstablishments',
  publishedFigure: null,
};
