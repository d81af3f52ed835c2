import { count, percent, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { FactSource, KpiDefinition } from '../engine/types.js';
import { validRecognitions } from './k01-k02-recognitions.js';
import { runningAgreements } from './k12-k14-agreements.js';

// K15 — unique enterprises with a K1 recognition (recognised) resp. with an agreement running in
// the school year (active). An enterprise counts in each province of the establishments concerned
// and in each sector of its PC numbers (DOMAIN.md §4): the partnerships responsible for the
// enterprise's PC numbers on the reporting day, plus the reporting partnership of the fact itself
// (an enterprise without PC numbers has only that one); once in the total.

/** The source with PARTNERSHIP = every sector of the fact's enterprise (several rows per fact). */
function withEnterpriseSectors(source: FactSource): FactSource {
  return {
    ...source,
    joins: [
      ...source.joins,
      { name: 'ejc', sql: 'LEFT JOIN enterprise_joint_committees ejc ON ejc.enterprise_id = est.enterprise_id', needs: ['est'] },
      {
        name: 'ejca',
        sql: `LEFT JOIN joint_committee_assignments ejca ON ejca.joint_committee_code = ejc.joint_committee_code
          AND ejca.valid_from <= @reportingDate AND (ejca.valid_to IS NULL OR ejca.valid_to >= @reportingDate)`,
        needs: ['ejc'],
      },
      { name: 'sector', sql: 'LEFT JOIN partnerships sector ON sector.id IN (ejca.partnership_id, rp.id)', needs: ['ejca', 'rp'] },
    ],
    dims: { ...source.dims, PARTNERSHIP: { expr: 'sector.code', joins: ['sector'] } },
  };
}

const recognised = count(
  { id: 'recognisedEnterprises', nameNl: 'Erkende ondernemingen', nameEn: 'Recognised enterprises' },
  withEnterpriseSectors(validRecognitions),
  'est.enterprise_id',
  { joins: ['est'] },
);
const active = count(
  { id: 'activeEnterprises', nameNl: 'Actieve ondernemingen', nameEn: 'Active enterprises' },
  withEnterpriseSectors(runningAgreements),
  'est.enterprise_id',
  { joins: ['est'] },
);

export const K15: KpiDefinition<'K15'> = {
  id: 'K15',
  nameNl: 'Erkende en actieve ondernemingen per provincie en sector',
  nameEn: 'Recognised and active enterprises by province and sector',
  unit: 'COUNT',
  definitionNl:
    'Unieke ondernemingen met een erkenning van K1 (erkend), resp. met een overeenkomst die in het schooljaar liep (actief). Een onderneming met vestigingen in meerdere provincies telt in elk ervan, een onderneming met meerdere PC-nummers in de sector van elk ervan.',
  definitionEn:
    'Unique enterprises with a recognition of K1 (recognised), resp. with an agreement running in the school year (active). An enterprise with establishments in several provinces counts in each, one with several PC numbers in the sector of each.',
  footnotes: [
    ROWS_MAY_EXCEED_TOTAL,
    { nl: 'Provincie = provincie van de erkende vestiging (resp. van de vestiging van de overeenkomst); sector = partnerschap van elk PC-nummer van de onderneming en van de erkenning.', en: 'Province = province of the recognised establishment (or of the agreement’s establishment); sector = partnership of each joint committee of the enterprise and of the recognition.' },
  ],
  measures: [recognised, active],
  defaultMeasure: 'recognisedEnterprises',
  publishedFigure: { nl: 'zie reference/pq759_*.csv (Leren en Werken)', en: 'see reference/pq759_*.csv (Learning and Working)' },
};

// K16 — activation rate: K15 active / K15 recognised, per group.
export const K16: KpiDefinition<'K16'> = {
  id: 'K16',
  nameNl: 'Activeringsgraad',
  nameEn: 'Activation rate',
  unit: 'PERCENT',
  definitionNl: 'Actieve ondernemingen (K15) als percentage van de erkende ondernemingen (K15).',
  definitionEn: 'Active enterprises (K15) as a percentage of recognised enterprises (K15).',
  footnotes: [{ nl: 'Een actieve onderneming zonder erkenning in het schooljaar kan de graad boven 100 % brengen.', en: 'An active enterprise without a recognition in the school year can bring the rate above 100 %.' }],
  measures: [percent({ id: 'activationRate', nameNl: 'Activeringsgraad', nameEn: 'Activation rate' }, active, recognised)],
  defaultMeasure: 'activationRate',
  publishedFigure: null,
};
