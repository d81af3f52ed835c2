import { count, percent, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { inPeriod, recognitionSource } from '../sources.js';

// K3 — applications submitted in the school year (duplicates are created, not submitted).
export const applications = recognitionSource(`r.kind <> 'DUPLICATE' AND ${inPeriod('r.submitted_on')}`);

const applicationsMeasure = count(
  { id: 'applications', nameNl: 'Ingediende erkenningsaanvragen', nameEn: 'Applications submitted' },
  applications,
  'r.id',
);

export const K3: KpiDefinition<'K3'> = {
  id: 'K3',
  nameNl: 'Ingediende erkenningsaanvragen',
  nameEn: 'Recognition applications submitted',
  unit: 'COUNT',
  definitionNl: 'Erkenningsaanvragen met een indieningsdatum in het schooljaar, nieuwe aanvragen en hernieuwingen (soort aanvraag); zonder duplicaten.',
  definitionEn: 'Recognition applications with a submission date in the school year, new and renewals (application kind); duplicates excluded.',
  footnotes: [{ nl: 'Per behandelend partnerschap en per sector (PC-nummer) zoals in het jaarrapport.', en: 'By handling partnership and by sector (joint committee), as in the annual report.' }],
  measures: [applicationsMeasure],
  defaultMeasure: 'applications',
  publishedFigure: { nl: '12.412 (10.812 nieuw + 1.600 hernieuwing)', en: '12,412 (10,812 new + 1,600 renewal)' },
};

// K4 — share of the applications of K3 submitted under a mandate (any mandate type but NONE).
const mandated = count(
  { id: 'mandated', nameNl: 'Aanvragen via een gemachtigde', nameEn: 'Applications under mandate' },
  applications,
  'r.id',
  { where: "r.mandate_type <> 'NONE'" },
);

export const K4: KpiDefinition<'K4'> = {
  id: 'K4',
  nameNl: 'Aandeel aanvragen via een gemachtigde',
  nameEn: 'Share of applications submitted under mandate',
  unit: 'PERCENT',
  definitionNl:
    'Ingediende aanvragen (K3) waarvoor een gemachtigde (opleidingsverstrekker, sectorfonds, werkplekbegeleider of onbekende gemachtigde) optrad, als percentage (0–100) van alle ingediende aanvragen. Per type gemachtigde: het aandeel van dat type in alle aanvragen.',
  definitionEn:
    'Applications (K3) submitted by a mandated party (training provider, sector fund, workplace counsellor or unknown), as a percentage (0–100) of all applications. By mandate type: that type’s share of all applications.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL],
  measures: [
    percent({ id: 'mandatedShare', nameNl: 'Aandeel via gemachtigde', nameEn: 'Share under mandate' }, mandated, applicationsMeasure, ['MANDATE_TYPE']),
    mandated,
  ],
  defaultMeasure: 'mandatedShare',
  publishedFigure: { nl: '46 % (56 % in 2021-2022)', en: '46 % (56 % in 2021-2022)' },
};
