import type { PartnershipKind } from './enums.js';

// The 23 reporting units of the 2022-2023 report (Tabel 15/18), with a stable code. Names as in
// the report's per-partnership tables; `aliases` are other printed spellings (PC table, 2017).

export interface PartnershipDefinition {
  code: string;
  nameNl: string;
  kind: PartnershipKind;
  sectorGroup?: string;
  aliases?: string[];
  /** First day it handled applications. */
  activeFrom?: string;
}

export const FLEMISH_PARTNERSHIP_CODE = 'VLAAMS_PARTNERSCHAP';
export const LOCAL_GOVERNMENTS_CODE = 'LOKALE_BESTUREN';

export const PARTNERSHIP_DEFINITIONS: readonly PartnershipDefinition[] = [
  { code: 'AUTO', nameNl: 'Autosector en aanverwante sectoren', kind: 'SECTOR' },
  { code: 'BEDIENDEN', nameNl: 'Bedienden', kind: 'SECTOR', activeFrom: '2023-07-03' },
  { code: 'BINNENVAART', nameNl: 'Binnenvaart', kind: 'SECTOR' },
  { code: 'BOUW', nameNl: 'Bouw', kind: 'SECTOR' },
  { code: 'CHEMIE', nameNl: 'Chemie, kunststoffen en life sciences', kind: 'SECTOR' },
  { code: 'ELEKTRICIENS', nameNl: 'Elektriciens: installatie en distributie', kind: 'SECTOR' },
  { code: 'GRAFISCHE', nameNl: 'Grafische sector en Papier- en kartonbewerkende sector', kind: 'SECTOR' },
  { code: 'GROENE_SECTOREN', nameNl: 'Groene sectoren', kind: 'SECTOR' },
  {
    code: 'HAARTOOI',
    nameNl: 'Haartooi - fitness - schoonheidszorgen',
    kind: 'SECTOR',
    aliases: ['Haartooi-fitness-schoonheidszorgen'],
  },
  { code: 'HANDEL_DETAILHANDEL', nameNl: 'Handel - Detailhandel', kind: 'HANDEL_SUBSECTOR', sectorGroup: 'Handel' },
  { code: 'HANDEL_VOEDINGSHANDEL', nameNl: 'Handel - Voedingshandel', kind: 'HANDEL_SUBSECTOR', sectorGroup: 'Handel' },
  {
    code: 'HANDEL_ZELFSTANDIGE_KLEINHANDEL',
    nameNl: 'Handel - Zelfstandige kleinhandel',
    kind: 'HANDEL_SUBSECTOR',
    sectorGroup: 'Handel',
  },
  { code: 'HORECA', nameNl: 'Horeca', kind: 'SECTOR' },
  { code: 'HOUTSECTOREN', nameNl: 'Houtsectoren', kind: 'SECTOR' },
  { code: 'KLEDING', nameNl: 'Kleding en Confectie', kind: 'SECTOR' },
  { code: LOCAL_GOVERNMENTS_CODE, nameNl: 'Lokale besturen', kind: 'SECTOR' },
  { code: 'SOCIAL_PROFIT', nameNl: 'Social profit', kind: 'SECTOR', aliases: ['Social Profit'] },
  { code: 'TECHNOLOGISCHE_INDUSTRIE', nameNl: 'Technologische industrie', kind: 'SECTOR' },
  { code: 'TEXTIEL', nameNl: 'Textiel', kind: 'SECTOR' },
  { code: 'TEXTIELVERZORGING', nameNl: 'Textielverzorging', kind: 'SECTOR' },
  { code: 'TRANSPORT', nameNl: 'Transport, logistiek en grondafhandeling op luchthavens', kind: 'SECTOR' },
  { code: 'VOEDINGSINDUSTRIE', nameNl: 'Voedingsindustrie', kind: 'SECTOR' },
  {
    code: FLEMISH_PARTNERSHIP_CODE,
    nameNl: 'Vlaams Partnerschap',
    kind: 'FLEMISH',
    aliases: ['Departement Werk en Sociale Economie (in delegatie van het Vlaams Partnerschap Duaal Leren)'],
  },
];

/**
 * PC numbers outside the published table: handled by the Flemish Partnership (catch-all row of
 * the table). The sectors the report names under the Flemish Partnership (Tabel 12).
 */
export const FLEMISH_PARTNERSHIP_EXTRA_JOINT_COMMITTEES: readonly { code: string; nameNl: string }[] = [
  { code: '121', nameNl: 'Schoonmaak' },
  { code: '140.05', nameNl: 'Verhuis' },
  { code: '152.01', nameNl: 'Gesubsidieerde inrichtingen van het vrij onderwijs' },
  { code: '218', nameNl: 'Aanvullend nationaal paritair comité voor de bedienden' },
  { code: '225', nameNl: 'Bedienden van de gesubsidieerde inrichtingen van het vrij onderwijs' },
  { code: '304', nameNl: 'Vermakelijkheidsbedrijf' },
  { code: '317', nameNl: 'Bewakings- en/of toezichtsdiensten' },
  { code: '322', nameNl: 'Uitzendarbeid' },
  { code: '323', nameNl: 'Beheer van gebouwen, vastgoedmakelaars en dienstboden' },
  { code: '335', nameNl: 'Dienstverlening en ondersteuning van bedrijven en zelfstandigen' },
  { code: '336', nameNl: 'Vrije beroepen' },
];
