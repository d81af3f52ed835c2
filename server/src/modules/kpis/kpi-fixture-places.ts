import type { Factories } from '../../testing/factories.js';

/*
 * The places of the KPI fixture (kpi-fixture.ts has the records on them).
 *
 * Partnerships: BOUW (PC 124), HORECA (PC 302), VLAAMS_PARTNERSCHAP (PC 200 until 2023-07-02),
 * BEDIENDEN (PC 200 from 2023-07-03), LOKALE_BESTUREN (no PC: local governments).
 * So PC 200 reports under VLAAMS_PARTNERSCHAP in P (reporting day 2022-08-31) and under BEDIENDEN
 * for all of Y (reporting day 2023-08-31), while VLAAMS_PARTNERSCHAP stays its handling partnership.
 *
 * Enterprises / establishments (province):
 *   E1 (PCs 124 + 302: two partnerships)  ES1a Antwerpen, ES1b Limburg (two provinces)
 *   E2 (PC 200)                           ES2 Oost-Vlaanderen (Gent)
 *   E3 (local government, no PC)          ES3 Limburg
 *   E4 (PC 302)                           ES4 Antwerpen
 *   E5 (PC 124)                           ES5 Oost-Vlaanderen (Gent)
 * Trainings: DUAL_SO (dual, secondary), LW_SO (Leren en Werken), KOK (dual, secondary),
 *            ZORG (dual, adult). Providers: PV1 school in Antwerpen, PV2 Syntra in Limburg.
 */

export function buildKpiFixturePlaces(f: Factories) {
  const p = {
    BOUW: f.partnership({ code: 'BOUW', nameNl: 'Bouw', jointCommittees: ['124'] }),
    HORECA: f.partnership({ code: 'HORECA', nameNl: 'Horeca', jointCommittees: ['302'] }),
    VP: f.partnership({
      code: 'VLAAMS_PARTNERSCHAP',
      nameNl: 'Vlaams Partnerschap',
      kind: 'FLEMISH',
      jointCommittees: [{ code: '200', validFrom: '2000-01-01', validTo: '2023-07-02' }],
    }),
    BEDIENDEN: f.partnership({
      code: 'BEDIENDEN',
      nameNl: 'Bedienden',
      activeFrom: '2023-07-03',
      jointCommittees: [{ code: '200', validFrom: '2023-07-03' }],
    }),
    LOKALE: f.partnership({ code: 'LOKALE_BESTUREN', nameNl: 'Lokale besturen' }),
  };

  const gent = f.municipality({ province: 'OOST_VLAANDEREN', nisCode: '44021', nameNl: 'Gent' });
  const e = {
    E1: f.enterprise({ name: 'Bouw en Horeca NV', jointCommittees: ['124', '302'] }),
    E2: f.enterprise({ name: 'Kantoor BV', jointCommittees: ['200'] }),
    E3: f.enterprise({ name: 'Gemeente', legalForm: 'LOCAL_GOVERNMENT_FLANDERS' }),
    E4: f.enterprise({ name: 'Restaurant BV', jointCommittees: ['302'] }),
    E5: f.enterprise({ name: 'Aannemer BV', jointCommittees: ['124'] }),
  };
  const es = {
    ES1a: f.establishment({ enterpriseId: e.E1, province: 'ANTWERPEN' }),
    ES1b: f.establishment({ enterpriseId: e.E1, province: 'LIMBURG' }),
    ES2: f.establishment({ enterpriseId: e.E2, municipalityNisCode: gent }),
    ES3: f.establishment({ enterpriseId: e.E3, province: 'LIMBURG' }),
    ES4: f.establishment({ enterpriseId: e.E4, province: 'ANTWERPEN' }),
    ES5: f.establishment({ enterpriseId: e.E5, municipalityNisCode: gent }),
  };
  const t = {
    DUAL_SO: f.training({ code: 'DUAL_SO', nameNl: 'Metselaar duaal', system: 'DUAL', level: 'SECONDARY' }),
    LW_SO: f.training({ code: 'LW_SO', nameNl: 'Metselaar (Leren en Werken)', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' }),
    KOK: f.training({ code: 'KOK', nameNl: 'Kok duaal', system: 'DUAL', level: 'SECONDARY' }),
    ZORG: f.training({ code: 'ZORG', nameNl: 'Zorgkundige', system: 'DUAL', level: 'ADULT' }),
  };
  const pv = {
    PV1: f.provider({ code: 'PV1', name: 'School Antwerpen', province: 'ANTWERPEN' }),
    PV2: f.provider({ code: 'PV2', name: 'Syntra Limburg', type: 'SYNTRA', province: 'LIMBURG' }),
  };

  return { p, e, es, t, pv };
}
