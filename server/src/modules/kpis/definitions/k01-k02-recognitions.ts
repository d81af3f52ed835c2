import { count, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { recognitionSource, validInPeriod } from '../sources.js';

// K1 — recognitions approved and valid on at least one day of the school year, duplicates included.
export const validRecognitions = recognitionSource(validInPeriod());

export const recognitionsMeasure = count(
  { id: 'recognitions', nameNl: 'Goedgekeurde en geldige erkenningen', nameEn: 'Approved and valid recognitions' },
  validRecognitions,
  'r.id',
);

export const K1: KpiDefinition = {
  id: 'K1',
  nameNl: 'Goedgekeurde en geldige erkenningen',
  nameEn: 'Approved and valid recognitions',
  unit: 'COUNT',
  definitionNl:
    'Erkenningen die minstens één dag van het schooljaar goedgekeurd en geldig waren (geldig van de begindatum tot vijf jaar min één dag later; niet meer geldig vanaf de dag van opheffing of stopzetting), duplicaten inbegrepen.',
  definitionEn:
    'Recognitions approved and valid on at least one day of the school year (valid from the validity start to five years minus one day later; no longer valid from the day of revocation or stop), duplicates included.',
  footnotes: [
    'Partnerschap = het partnerschap dat op de laatste dag van het schooljaar bevoegd is voor het PC-nummer van de erkenning (zonder PC-nummer: het behandelende partnerschap).',
    'Elke erkenning telt bij haar eigen opleiding; een secundaire erkenning die ook geldig verklaard is voor een opleiding volwassenenonderwijs telt niet nog eens bij die opleiding.',
  ],
  measures: [recognitionsMeasure],
  defaultMeasure: 'recognitions',
  publishedFigure: 'secundair 44.545 (duaal 23.368 / Leren en Werken 21.177); volwassenenonderwijs 8.691',
};

// K2 — unique establishments and enterprises over the recognitions of K1.
export const K2: KpiDefinition = {
  id: 'K2',
  nameNl: 'Unieke vestigingen en ondernemingen met een erkenning',
  nameEn: 'Unique establishments and enterprises with a recognition',
  unit: 'COUNT',
  definitionNl: 'Unieke vestigingen (resp. ondernemingen) met minstens één erkenning van K1 in het schooljaar.',
  definitionEn: 'Unique establishments (resp. enterprises) holding at least one recognition of K1 in the school year.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL],
  measures: [
    count({ id: 'establishments', nameNl: 'Unieke vestigingen', nameEn: 'Unique establishments' }, validRecognitions, 'r.establishment_id'),
    count({ id: 'enterprises', nameNl: 'Unieke ondernemingen', nameEn: 'Unique enterprises' }, validRecognitions, 'est.enterprise_id', {
      joins: ['est'],
    }),
  ],
  defaultMeasure: 'establishments',
  publishedFigure: 'secundair 14.058 vestigingen / 11.738 ondernemingen',
};
