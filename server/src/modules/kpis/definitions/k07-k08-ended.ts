import { count, ROWS_MAY_EXCEED_TOTAL } from '../engine/define.js';
import type { KpiDefinition } from '../engine/types.js';
import { recognitionSource, transitionSource } from '../sources.js';

// K7 — transitions to REVOKED in the school year, with the unique enterprises and establishments.
const revocations = transitionSource(['REVOKED'], '');

export const K7: KpiDefinition<'K7'> = {
  id: 'K7',
  nameNl: 'Opgeheven erkenningen',
  nameEn: 'Revoked recognitions',
  unit: 'COUNT',
  definitionNl: 'Erkenningen met een statusovergang naar opgeheven in het schooljaar, en de unieke ondernemingen en vestigingen ervan.',
  definitionEn: 'Recognitions with a transition to revoked in the school year, and their unique enterprises and establishments.',
  footnotes: [ROWS_MAY_EXCEED_TOTAL],
  measures: [
    count({ id: 'revocations', nameNl: 'Opheffingen', nameEn: 'Revocations' }, revocations, 'r.id'),
    count({ id: 'enterprises', nameNl: 'Unieke ondernemingen', nameEn: 'Unique enterprises' }, revocations, 'est.enterprise_id', { joins: ['est'] }),
    count({ id: 'establishments', nameNl: 'Unieke vestigingen', nameEn: 'Unique establishments' }, revocations, 'r.establishment_id'),
  ],
  defaultMeasure: 'revocations',
  publishedFigure: { nl: '3.107 opheffingen / 1.110 ondernemingen / 1.287 vestigingen', en: '3,107 revocations / 1,110 enterprises / 1,287 establishments' },
};

// K8 — stopped (transition to STOPPED in Y), expired (the day after the validity end falls in Y, for
// approved recognitions not revoked or stopped on or before their last valid day, and only once that
// day has come: validity end < today, the rule of the effective status EXPIRED in calendar-status.ts)
// and renewed (renewal applications approved in Y).
const stopped = transitionSource(['STOPPED'], '');
const expired = recognitionSource(
  `r.approved_on IS NOT NULL AND r.valid_to BETWEEN date(@start, '-1 day') AND date(@end, '-1 day')
    AND (r.ended_on IS NULL OR r.ended_on > r.valid_to) AND r.valid_to < @asOf`,
);
const renewed = transitionSource(['APPROVED'], "r.kind = 'RENEWAL'");

export const K8: KpiDefinition<'K8'> = {
  id: 'K8',
  nameNl: 'Stopgezette, afgelopen en hernieuwde erkenningen',
  nameEn: 'Stopped, expired and renewed recognitions',
  unit: 'COUNT',
  definitionNl:
    'Stopgezet: statusovergang naar stopgezet in het schooljaar. Afgelopen: de dag na het einde van de geldigheid valt in het schooljaar (alleen erkenningen die niet eerder opgeheven of stopgezet werden). Hernieuwd: hernieuwingsaanvragen goedgekeurd in het schooljaar.',
  definitionEn:
    'Stopped: transition to stopped in the school year. Expired: the day after the validity end falls in the school year (only recognitions not revoked or stopped before). Renewed: renewal applications approved in the school year.',
  footnotes: [{ nl: 'De afgelopen erkenningen worden afgeleid uit de geldigheidsperiode, niet uit een geregistreerde statusovergang; een erkenning die later in het schooljaar afloopt, telt pas vanaf de dag na het einde van haar geldigheid.', en: 'Expired recognitions are derived from the validity period, not from a recorded status change; a recognition that expires later in the school year only counts from the day after its validity ends.' }],
  measures: [
    count({ id: 'stopped', nameNl: 'Stopgezet', nameEn: 'Stopped' }, stopped, 'r.id'),
    count({ id: 'expired', nameNl: 'Afgelopen', nameEn: 'Expired' }, expired, 'r.id'),
    count({ id: 'renewed', nameNl: 'Hernieuwd', nameEn: 'Renewed' }, renewed, 'r.id'),
  ],
  defaultMeasure: 'stopped',
  publishedFigure: { nl: '723 stopgezet, 7.242 afgelopen', en: '723 stopped, 7,242 expired' },
};
