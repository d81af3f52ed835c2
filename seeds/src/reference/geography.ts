import { readFileSync } from 'node:fs';
import { PROVINCE_LABELS, type Province } from '@duaal/shared';
import { tables, type Db } from '@duaal/server';
import { dataFile, readDataCsv } from './data-files.js';

const { provinces, arrondissements, municipalities } = tables;

/** NIS codes of the provinces; the two regions outside Flanders are one "province" each. */
export const PROVINCE_NIS_CODES: Record<Province, string> = {
  ANTWERPEN: '10000',
  VLAAMS_BRABANT: '20001',
  WEST_VLAANDEREN: '30000',
  OOST_VLAANDEREN: '40000',
  LIMBURG: '70000',
  BRUSSEL: '04000',
  WALLONIE: '03000',
};

/** The province of a municipality or arrondissement NIS code (rule of seeds/data/geo/README.md). */
export function provinceOfNisCode(nis: string): Province {
  if (nis.startsWith('21')) return 'BRUSSEL';
  if (nis.startsWith('23') || nis.startsWith('24')) return 'VLAAMS_BRABANT';
  switch (nis[0]) {
    case '1':
      return 'ANTWERPEN';
    case '3':
      return 'WEST_VLAANDEREN';
    case '4':
      return 'OOST_VLAANDEREN';
    case '7':
      return 'LIMBURG';
    default:
      // 25xxx (Walloon Brabant) and 5xxxx, 6xxxx, 8xxxx, 9xxxx.
      return 'WALLONIE';
  }
}

interface MunicipalityProperties {
  nis: string;
  name_nl: string;
  arr_nis: string;
  population: number;
}

export function readMunicipalities(): MunicipalityProperties[] {
  const topology = JSON.parse(readFileSync(dataFile('geo', 'belgium-municipalities.topo.json'), 'utf8')) as {
    objects: { municipalities: { geometries: { properties: MunicipalityProperties }[] } };
  };
  return topology.objects.municipalities.geometries.map((g) => g.properties);
}

/** Dutch arrondissement names by NIS code, without the word "Arrondissement". */
export function readArrondissementNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of readDataCsv('geo/refnis-2019.csv', ';')) {
    const name = row['Administratieve eenheden'] ?? '';
    if (name.startsWith('Arrondissement ')) names.set(row['Code NIS'] as string, name.slice('Arrondissement '.length));
  }
  return names;
}

/** Upserts provinces, the arrondissements that hold a municipality, and the 581 municipalities. */
export function loadGeography(db: Db): { provinces: number; arrondissements: number; municipalities: number } {
  for (const [code, nisCode] of Object.entries(PROVINCE_NIS_CODES) as [Province, string][]) {
    const values = { nisCode, nameNl: PROVINCE_LABELS[code] };
    db.insert(provinces).values({ code, ...values }).onConflictDoUpdate({ target: provinces.code, set: values }).run();
  }

  const rows = readMunicipalities();
  const arrondissementNames = readArrondissementNames();
  const arrondissementCodes = [...new Set(rows.map((m) => m.arr_nis))].sort();
  for (const nisCode of arrondissementCodes) {
    const nameNl = arrondissementNames.get(nisCode);
    if (!nameNl) throw new Error(`refnis-2019.csv has no arrondissement ${nisCode}`);
    const values = { nameNl, provinceCode: provinceOfNisCode(nisCode) };
    db.insert(arrondissements).values({ nisCode, ...values }).onConflictDoUpdate({ target: arrondissements.nisCode, set: values }).run();
  }

  for (const m of rows) {
    const values = {
      nameNl: m.name_nl,
      arrondissementNisCode: m.arr_nis,
      provinceCode: provinceOfNisCode(m.nis),
      population: m.population,
    };
    db.insert(municipalities).values({ nisCode: m.nis, ...values }).onConflictDoUpdate({ target: municipalities.nisCode, set: values }).run();
  }
  return { provinces: Object.keys(PROVINCE_NIS_CODES).length, arrondissements: arrondissementCodes.length, municipalities: rows.length };
}
