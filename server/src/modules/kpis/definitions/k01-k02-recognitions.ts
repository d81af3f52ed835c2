import { count, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { recognitionSource, validInPeriod } from '../sources.js';

// K1 — recognitions approved and valid on at least one day of the school year, duplicates included.
// A secondary recognition also declared valid for the adult training on the same qualification
// (§3, recognitions.adult_training_id) counts under both trainings and levels: the published adult
// figure (8,691) is exactly that count. Totals count it once.
export const validRecognitions = recognitionSource(validInPeriod(), { alsoTrainingId: 'r.adult_training_id' });

export const recognitionsMeasure = count(
  { id: 'recognitions', nameNl: 'Goedgekeurde en geldige erkenningen', nameEn: 'Approved and valid recognitions' },
  validRecognitions,
  'r.id',
);

export const K1: KpiDefinition<'K1'> = {
  id: 'K1',
  nameNl: 'Goedgekeurde en geldige erkenningen',
  nameEn: 'Approved and valid recognitions',
  unit: 'COUNT',
  definitionNl:
    'Erkenningen die minstens één dag van het schooljaar goedgekeurd en geldig waren (geldig van de begindatum tot vijf jaar min één dag later; niet meer geldig vanaf de dag van opheffing of stopzetting), duplicaten inbegrepen. Een secundaire erkenning die ook geldig verklaard is voor een opleiding volwassenenonderwijs telt ook bij die opleiding.',
  definitionEn:
    'Recognitions approved and valid on at least one day of the school year (valid from the validity start to five years minus one day later; no longer valid from the day of revocation or stop), duplicates included. A secondary recognition also declared valid for an adult-education training counts under that training too.',
  footnotes: [
    { nl: 'Partnerschap = het partnerschap dat op de laatste dag van het schooljaar bevoegd is voor het PC-nummer van de erkenning (zonder PC-nummer: het behandelende partnerschap).', en: 'Partnership = the partnership competent for the recognition’s joint committee on the last day of the school year (without a joint committee: the handling partnership).' },
    { nl: 'Een secundaire erkenning die ook geldig verklaard is voor de opleiding volwassenenonderwijs op dezelfde beroepskwalificatie, telt bij beide opleidingen en onderwijsniveaus, in het totaal één keer.', en: 'A secondary recognition also declared valid for the adult-education training on the same occupational qualification counts for both trainings and education levels, and once in the total.' },
    ROWS_MAY_EXCEED_TOTAL,
  ],
  measures: [recognitionsMeasure],
  defaultMeasure: 'recognitions',
  publishedFigure: { nl: 'secundair 44.545 (duaal 23.368 / Leren en Werken 21.177); volwassenenonderwijs 8.691', en: 'secondary 44,545 (dual 23,368 / Learning and Working 21,177); adult education 8,691' },
};

// K2 — unique establishments and enterprises over the recognitions of K1.
export const K2: KpiDefinition<'K2'> = {
  id: 'K2',
  nameNl: 'Unieke vestigingen en ondernemingen met een erkenning',
  nameEn: 'Unique establishments and enterprises with a recognition',
  unit: 'COUNT',
  definitionNl: 'Unieke vestigingen (resp. ondernemingen) met minstens één erkenning van K1 in het schooljaar.',
  definitionEn: 'Unique establishments (resp. enterprises) holding at least one recognition of K1 in the school year.',
  footnotes: [
    ROWS_MAY_EXCEED_TOTAL,
    { nl: 'Een erkenning die ook geldig verklaard is voor een opleiding volwassenenonderwijs telt ook bij die opleiding en dat niveau.', en: 'A recognition also declared valid for an adult-education training also counts for that training and that level.' },
  ],
  measures: [
    count({ id: 'establishments', nameNl: 'Unieke vestigingen', nameEn: 'Unique establishments' }, validRecognitions, 'r.establishment_id'),
    count({ id: 'enterprises', nameNl: 'Unieke ondernemingen', nameEn: 'Unique enterprises' }, validRecognitions, 'est.enterprise_id', {
      joins: ['est'],
    }),
  ],
  defaultMeasure: 'establishments',
  publishedFigure: { nl: 'secundair 14.058 vestigingen / 11.738 ondernemingen', en: 'secondary 14,058 establishments / 11,738 enterprises' },
};
