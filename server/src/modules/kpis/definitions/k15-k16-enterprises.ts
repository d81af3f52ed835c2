import { count, percent, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { enterprisesWithValidRecognitions, validRecognitions } from './k01-k02-recognitions.js';
import { runningAgreements } from './k12-k14-agreements.js';

// K15 — unique enterprises with a K1 recognition (recognised) resp. with an agreement running in
// the school year (active). An enterprise counts in each province of the establishments concerned
// and in each sector (PC number / partnership) of its recognitions; once in the total.
const recognised = count(
  { id: 'recognisedEnterprises', nameNl: 'Erkende ondernemingen', nameEn: 'Recognised enterprises' },
  validRecognitions,
  'est.enterprise_id',
  { joins: ['est'], total: enterprisesWithValidRecognitions },
);
const active = count(
  { id: 'activeEnterprises', nameNl: 'Actieve ondernemingen', nameEn: 'Active enterprises' },
  runningAgreements,
  'est.enterprise_id',
  { joins: ['est'] },
);

export const K15: KpiDefinition = {
  id: 'K15',
  nameNl: 'Erkende en actieve ondernemingen per provincie en sector',
  nameEn: 'Recognised and active enterprises by province and sector',
  unit: 'COUNT',
  definitionNl:
    'Unieke ondernemingen met een erkenning van K1 (erkend), resp. met een overeenkomst die in het schooljaar liep (actief). Een onderneming met vestigingen in meerdere provincies telt in elk ervan, een onderneming in meerdere sectoren in elke sector.',
  definitionEn:
    'Unique enterprises with a recognition of K1 (recognised), resp. with an agreement running in the school year (active). An enterprise with establishments in several provinces counts in each, one in several sectors in each sector.',
  footnotes: [
    ROWS_MAY_EXCEED_TOTAL,
    'Provincie = provincie van de erkende vestiging (resp. van de vestiging van de overeenkomst); sector = PC-nummer en partnerschap van de erkenning.',
  ],
  measures: [recognised, active],
  defaultMeasure: 'recognisedEnterprises',
  publishedFigure: 'zie reference/pq759_*.csv (Leren en Werken)',
};

// K16 — activation rate: K15 active / K15 recognised, per group.
export const K16: KpiDefinition = {
  id: 'K16',
  nameNl: 'Activeringsgraad',
  nameEn: 'Activation rate',
  unit: 'PERCENT',
  definitionNl: 'Actieve ondernemingen (K15) als percentage van de erkende ondernemingen (K15).',
  definitionEn: 'Active enterprises (K15) as a percentage of recognised enterprises (K15).',
  footnotes: ['Een actieve onderneming zonder erkenning in het schooljaar kan de graad boven 100 % brengen.'],
  measures: [percent({ id: 'activationRate', nameNl: 'Activeringsgraad', nameEn: 'Activation rate' }, active, recognised)],
  defaultMeasure: 'activationRate',
  publishedFigure: null,
};
